// Package docgen writes agreements as documents — DOCX, PDF, HTML and
// Markdown — from one neutral model: a titled document of numbered
// sections, clauses and sub-clauses, in Hebrew (right-to-left) or English,
// with a parties block and a signature table. It knows nothing of what an
// agreement means; internal/draft fills the model from agreement data and
// the clause library.
//
// Every writer walks the same paragraphs in the same order, so the formats
// agree on text and numbering, and WriteText is the reference the others
// are read back against (the tests read each format back with the review
// engine's extractor). Numbers follow position — 1. / 1.1 / (א) or (a) /
// (1) or (i) — and a Number set in the model must agree with it.
//
// Two documents of the same structure, one Hebrew and one English, make a
// bilingual document: side by side, English on the left and Hebrew on the
// right (a DOCX table, two PDF columns, an HTML grid, a Markdown table).
// Writers refuse a pair whose sections, clauses, parties or signatures
// differ, naming the first difference.
//
// The DOCX is hand-written Office Open XML (styles, one multi-level
// numbering definition, header and footer with PAGE and NUMPAGES fields,
// right-to-left properties); the PDF is drawn with github.com/go-pdf/fpdf
// in a system TrueType font, with the Unicode Bidirectional Algorithm
// applied per line by this package. See WriteDOCX and WritePDF.
package docgen

import "time"

// Document is an agreement ready to be written in one language.
type Document struct {
	Lang     string // "he" or "en"; Hebrew documents are right-to-left throughout
	Title    string
	Subtitle string // e.g. "נחתם ב-תל אביב ביום 1.3.2026" / "Made on 1 March 2026"
	// Parties are the contracting parties, shown before the recitals.
	Parties []Party
	// Preamble paragraphs ("הואיל ו…" / "Whereas…"), unnumbered.
	Preamble []string
	Sections []Section
	// Signatures is the signature table at the end, one column per party.
	Signatures []Signature
	// Footer text on every page beside the page number (e.g. the title and
	// version hash).
	Footer string
	// Labels for generated text in the document's language; empty fields
	// take DefaultLabels(Lang).
	Labels Labels
	// Date is when the document was made. It goes into file metadata (DOCX
	// core properties, PDF creation date) instead of the clock, so the same
	// document always gives the same bytes; zero writes no DOCX date and a
	// fixed PDF date (1 January 2000).
	Date time.Time
}

// Labels are the few words the writers generate themselves.
type Labels struct {
	Page      string // "עמוד" / "Page"
	Of        string // "מתוך" / "of"
	Signature string // "חתימה" / "Signature"
	Name      string // "שם" / "Name"
	Role      string // "תפקיד" / "Title"
	Date      string // "תאריך" / "Date"
	Between   string // "בין" / "Between"
	And       string // "לבין" / "and"
	Hereafter string // "להלן:" / "hereinafter": introduces a party's defined term
}

// Party is one contracting party as it appears at the head of the document.
type Party struct {
	Name     string // legal name
	IDLabel  string // "ח.פ." / "Company no."
	IDNumber string
	Address  string
	Role     string // the defined term: "הספק" / "the Supplier"
}

// Section is a numbered top-level section with a heading ("1. הגדרות").
type Section struct {
	Number  string // "1"
	Heading string
	Clauses []Clause
}

// Clause is a numbered paragraph ("1.1") with optional sub-clauses
// ("(א)", "(a)").
type Clause struct {
	Number string
	Text   string
	Sub    []Clause
}

// Signature is one party's signature column.
type Signature struct {
	Party string
	Name  string
	Role  string
}
