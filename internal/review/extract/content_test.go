package extract_test

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/heskem/heskem/internal/review/extract"
)

// paragraphs returns the text of each paragraph.
func paragraphs(d *extract.Document) []string {
	out := make([]string, len(d.Paragraphs))
	for i, p := range d.Paragraphs {
		out[i] = d.ParagraphText(p)
	}
	return out
}

// find returns the first paragraph whose text contains s, and its index.
func find(t *testing.T, d *extract.Document, s string) (extract.Paragraph, string) {
	t.Helper()
	for _, p := range d.Paragraphs {
		if text := d.ParagraphText(p); strings.Contains(text, s) {
			return p, text
		}
	}
	t.Fatalf("%s: no paragraph contains %q", d.Name, s)
	return extract.Paragraph{}, ""
}

// TestDOCXNumberingMaterialized checks that Word's automatic numbering
// comes out as text, with the list number and heading level reported.
func TestDOCXNumberingMaterialized(t *testing.T) {
	tests := []struct {
		file, contains string
		number         string
		heading        int
	}{
		{"agreement-en.docx", "Software as a Service Agreement", "", 1},
		{"agreement-en.docx", "Definitions", "1.", 1},
		{"agreement-en.docx", "means the cloud inventory", "1.1", 0},
		{"agreement-en.docx", "Late payments", "(a)", 0},
		{"agreement-en.docx", "may suspend", "(b)", 0},
		{"agreement-en.docx", "Term and Termination", "5.", 1},
		{"agreement-en.docx", "Moshe Levi", "6.2", 0},
		{"agreement-en.docx", "Annex A –", "", 2},
		{"agreement-en.docx", "Hosting in an Israeli", "1)", 0},
		{"agreement-en.docx", "Daily backups", "2)", 0},
		{"agreement-en.docx", "VAT is 18%", "[1]", 0},
		{"agreement-he.docx", "הסכם למתן שירותי תוכנה", "", 1},
		{"agreement-he.docx", "הגדרות", "1.", 1},
		{"agreement-he.docx", "ישלם לספק", "2.1", 0},
		{"agreement-he.docx", "ריבית פיגורים", "(א)", 0},
		{"agreement-he.docx", "להשעות את השירות", "(ב)", 0},
		{"agreement-he.docx", "נספח א' –", "", 2},
		{"agreement-he.docx", "גיבוי יומי", "2)", 0},
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.number+tt.contains, func(t *testing.T) {
			doc := extractFixture(t, tt.file)
			p, text := find(t, doc, tt.contains)
			if p.Number != tt.number {
				t.Errorf("Number = %q, want %q (%q)", p.Number, tt.number, text)
			}
			if tt.number != "" && !strings.HasPrefix(text, tt.number+" ") {
				t.Errorf("text %q does not start with %q", text, tt.number+" ")
			}
			if p.Heading != tt.heading {
				t.Errorf("Heading = %d, want %d (%q)", p.Heading, tt.heading, text)
			}
		})
	}
}

// TestDOCXTrackedChangesAndRuns checks deleted text is dropped, inserted
// text kept, tabs kept and w:br splitting the line.
func TestDOCXTrackedChangesAndRuns(t *testing.T) {
	for _, file := range []string{"agreement-en.docx", "agreement-he.docx"} {
		doc := extractFixture(t, file)
		_, avail := find(t, doc, "99.5%")
		if strings.Contains(avail, "99%") {
			t.Errorf("%s: deleted text kept: %q", file, avail)
		}
		_, sig := find(t, doc, "____________")
		if !strings.Contains(sig, "\t") {
			t.Errorf("%s: w:tab lost in %q", file, sig)
		}
		if strings.Contains(sig, "1.3.2026") {
			t.Errorf("%s: w:br did not end the line: %q", file, sig)
		}
	}
}

// TestHebrewPDFOrder checks that Hebrew comes out of a LibreOffice PDF in
// logical order, with numbers, amounts and Latin words where the author put
// them and no bidi embedding marks left.
func TestHebrewPDFOrder(t *testing.T) {
	needPoppler(t, "pdf")
	doc := extractFixture(t, "agreement-he.pdf")
	for _, want := range []string{
		"הסכם למתן שירותי תוכנה כשירות (SaaS)",
		"ביום 1.3.2026 בין:",
		`ח.פ. 514567890 (להלן: "הספק")`,
		"במודל SaaS, כמפורט בנספח א'.",
		`דמי מנוי חודשיים בסך ₪12,500 בתוספת מע"מ כדין.`,
		"בתנאי שוטף + 30 ממועד קבלתן.",
		"בשיעור 1% לחודש.",
		"יעל כהן, מנהלת לקוחות, yael@dafna.co.il, 03-5551234.",
		"הספק: ____________ הלקוח: ____________",
		"1) אחסון בחוות שרתים בישראל.",
	} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("PDF text lacks %q in logical order", want)
		}
	}
	for _, reversed := range []string{"םכסה", "קפסה", "תורישה"} {
		if strings.Contains(doc.Text, reversed) {
			t.Errorf("PDF text has the reversed word %q", reversed)
		}
	}
	if i := strings.IndexFunc(doc.Text, func(r rune) bool {
		return (r >= '\u202A' && r <= '\u202E') || r == '\u200E' || r == '\u200F' || (r >= '\u2066' && r <= '\u2069')
	}); i >= 0 {
		t.Errorf("bidi control left in PDF text at byte %d", i)
	}
	if doc.Pages != 2 {
		t.Errorf("Pages = %d, want 2", doc.Pages)
	}
}

// TestPDFNumberJoin checks that a clause number pdftotext put on its own
// line is joined to its text.
func TestPDFNumberJoin(t *testing.T) {
	needPoppler(t, "pdf")
	doc := extractFixture(t, "agreement-en.pdf")
	for _, want := range []string{"1. Definitions", "4. Service Levels",
		"2.1 The Client shall pay the Supplier a monthly subscription fee of ₪12,500 plus VAT at the lawful rate.",
		"(a) Late payments bear interest of 1% per month.",
		"1) Hosting in an Israeli data center."} {
		if !containsParagraph(paragraphs(doc), want) {
			t.Errorf("no paragraph starts with %q", want)
		}
	}
}

func containsParagraph(ps []string, prefix string) bool {
	for _, p := range ps {
		if strings.HasPrefix(p, prefix) {
			return true
		}
	}
	return false
}

// TestHebrewTextEncodings checks that the Windows-1255 and UTF-16 copies
// of the Hebrew text read exactly like the UTF-8 original, niqqud included.
func TestHebrewTextEncodings(t *testing.T) {
	want := extractFixture(t, "agreement-he.txt").Text
	if !strings.Contains(want, norm.NFC.String("קָלֶנְדָּרִי")) {
		t.Fatal("UTF-8 fixture lost its niqqud")
	}
	for _, file := range []string{"agreement-he.cp1255.txt", "agreement-he.utf16.txt"} {
		if got := extractFixture(t, file).Text; got != want {
			t.Errorf("%s differs from the UTF-8 text:\n%s", file, diff(want, got))
		}
	}
}

// TestSameAgreementAcrossFormats checks the key clauses read the same from
// every hand-written and generated format.
func TestSameAgreementAcrossFormats(t *testing.T) {
	clauses := map[string][]string{
		"en": {"monthly subscription fee of ₪12,500 plus VAT", "yael@dafna.co.il, 03-5551234", "Either party may terminate this Agreement with 60 days' prior written notice."},
		"he": {`דמי מנוי חודשיים בסך ₪12,500 בתוספת מע"מ`, "yael@dafna.co.il, 03-5551234", "כל צד רשאי לסיים הסכם זה בהודעה מוקדמת בכתב של 60 יום."},
	}
	for _, fx := range goodFixtures {
		if strings.Contains(fx.file, "wrapped") {
			continue
		}
		lang := "en"
		if strings.Contains(fx.file, "-he") {
			lang = "he"
		}
		t.Run(fx.file, func(t *testing.T) {
			needPoppler(t, fx.format)
			doc := extractFixture(t, fx.file)
			for _, c := range clauses[lang] {
				if !strings.Contains(doc.Text, c) {
					t.Errorf("text lacks %q", c)
				}
			}
		})
	}
}

// TestHardWrappedText checks that e-mail style wrapped lines are joined and
// numbered clauses still start paragraphs.
func TestHardWrappedText(t *testing.T) {
	doc := extractFixture(t, "agreement-en.wrapped.txt")
	ps := paragraphs(doc)
	want := []string{
		"SOFTWARE AS A SERVICE AGREEMENT",
		`This Agreement is made in Tel Aviv on 1.3.2026 between Dafna Systems Ltd., company no. 514567890 (the "Supplier"), and Gilboa Logistics Ltd., company no. 515123456 (the "Client").`,
		"2. Fees and Payment",
		"2.1 The Client shall pay the Supplier a monthly subscription fee of ₪12,500 plus VAT at the lawful rate, against a tax invoice issued at the start of each month.",
		"2.2 Invoices are payable on terms of current month + 30 days. Late payments bear interest of 1% per month.",
		"3. Term and Termination",
		"Either party may terminate this Agreement with 60 days' prior written notice to the other party.",
	}
	if strings.Join(ps, "\n") != strings.Join(want, "\n") {
		t.Errorf("paragraphs:\n%s", diff(strings.Join(want, "\n"), strings.Join(ps, "\n")))
	}
}

// TestHTMLAndMarkdownStructure checks headings, list numbers and dropped
// non-content in the hand-written HTML and Markdown.
func TestHTMLAndMarkdownStructure(t *testing.T) {
	tests := []struct {
		file, contains, number string
		heading                int
	}{
		{"agreement-en.html", "Software as a Service Agreement", "", 1},
		{"agreement-en.html", "Definitions", "1.", 2},
		{"agreement-en.html", "Late payments", "a.", 0},
		{"agreement-he.html", "ריבית פיגורים", "א.", 0},
		{"agreement-he.html", "להשעות", "ב.", 0},
		{"agreement-he.html", "אנשי קשר", "6.", 2},
		{"agreement-en.md", "Fees and Payment", "", 2},
		{"agreement-en.md", "Hosting in an Israeli", "3.", 0},
		{"agreement-he.md", "אחסון בחוות", "1)", 0},
		{"agreement-he.md", "הסכם למתן", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.contains, func(t *testing.T) {
			doc := extractFixture(t, tt.file)
			p, text := find(t, doc, tt.contains)
			if p.Number != tt.number || p.Heading != tt.heading {
				t.Errorf("%q: Number %q Heading %d, want %q %d", text, p.Number, p.Heading, tt.number, tt.heading)
			}
		})
	}
	for _, file := range []string{"agreement-en.html", "agreement-he.html", "agreement-en.md"} {
		doc := extractFixture(t, file)
		for _, absent := range []string{"should never appear", "לא חלק מההסכם", "Internal note", "טיוטה פנימית", "counter-reset", "http", "#annex-a", "**", "99% "} {
			if strings.Contains(doc.Text, absent) {
				t.Errorf("%s: text contains %q", file, absent)
			}
		}
	}
}
