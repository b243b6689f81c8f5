package review

import (
	"strings"
	"testing"
)

// TestSignatureLines checks the signature block: its blanks are not
// placeholders, its lines are not headings or sections, a mention of
// "signature" inside a clause does not open it, and an annex after it is
// read as body again.
func TestSignatureLines(t *testing.T) {
	e := newTestEngine(t)
	text := strings.Join([]string{
		"Consulting Agreement",
		"1. Services",
		"1.1 The Consultant will review the Client's procurement process within five days of signature.",
		"1.2 The Client shall pay USD 9,000 within 30 days of invoice.",
		"2. Law",
		"2.1 This Agreement is governed by the laws of England and Wales.",
		"Signed for Harbourline Ltd: ____________________",
		"Signed for Greenleaf Ltd: ____________________",
		"HARBORVIEW LOGISTICS, INC.   By: ______________  Name: Marcus Bell  Title: COO",
		"Eran Shalev, CEO",
		"Annex A – Work Plan",
		"1. The Consultant will interview ten managers and deliver a written report with recommendations.",
	}, "\n")
	rep := review(t, e, text)
	for _, f := range rep.Findings {
		if f.Kind == KindPlaceholder {
			t.Errorf("placeholder finding in a signature line: %q (section %q)", f.Text, f.Section)
		}
	}
	doc := debugDoc(t, e, text)
	var kinds []sectionKind
	for i := range doc.clauses {
		c := &doc.clauses[i]
		kinds = append(kinds, c.kind)
		if c.kind == kindSignature && (c.heading || strings.Contains(c.section, "____") || strings.Contains(c.section, "Signed")) {
			q, _, _ := doc.quote(c.start, c.end)
			t.Errorf("signature line %q: heading %v, section %q", q, c.heading, c.section)
		}
	}
	if kinds[2] != kindBody {
		t.Errorf("clause mentioning signature is kind %d, want body", kinds[2])
	}
	for i := 6; i <= 9; i++ {
		if kinds[i] != kindSignature {
			t.Errorf("line %d kind %d, want signature", i, kinds[i])
		}
	}
	if kinds[11] != kindBody {
		t.Errorf("annex clause after the signatures is kind %d, want body", kinds[11])
	}
	// The evidence of every item quotes a section that is a clause number
	// or a heading.
	for _, s := range rep.Steps {
		for _, it := range s.Items {
			for _, ev := range it.Evidence {
				if strings.Contains(ev.Section, "_") || strings.HasPrefix(ev.Section, "Signed") {
					t.Errorf("%s evidence section %q", it.ID, ev.Section)
				}
			}
		}
	}
}

// TestSignatureBlankInPreamble checks that the place and date of signing
// in a preamble is not a placeholder, while a blank in an obligation is.
func TestSignatureBlankInPreamble(t *testing.T) {
	e := newTestEngine(t)
	text := "הסכם שירותים\nשנערך ונחתם בגבעת אלון ביום ____ בחודש ______ 2026\n1. התמורה\n1.1 הלקוח ישלם לספק ____ ש\"ח לחודש.\n2. כללי\n2.1 על ההסכם יחול הדין הישראלי.\n3. שונות\n3.1 ההסכם ייחתם בשני עותקים."
	var blanks []string
	for _, f := range review(t, e, text).Findings {
		if f.Kind == KindPlaceholder {
			blanks = append(blanks, f.Section)
		}
	}
	if strings.Join(blanks, ",") != "1.1" {
		t.Errorf("placeholder sections = %v, want [1.1]", blanks)
	}
}

// TestTermsAfterLetterSignature: a letter of engagement is signed at its
// foot and its terms of business follow; the terms are the agreement, not
// part of the signature block.
func TestTermsAfterLetterSignature(t *testing.T) {
	e := newTestEngine(t)
	rep := review(t, e, "Dear Graham\n1. Scope of our work\nWe will review your distribution network and report to your board.\n"+
		"Yours sincerely\nHelen Ashworth\nPartner, for and on behalf of Ashworth Kerr Consulting LLP\nSignature: ______________\n"+
		"TERMS OF BUSINESS\nThese Terms of Business apply to all engagements of the firm unless varied in the engagement letter.\n"+
		"5. Confidentiality\nEach party will keep confidential all information received from the other in connection with the engagement.\n"+
		"10. Termination\nEither party may terminate the engagement at any time by giving 30 days' written notice to the other.\n")
	for _, id := range []string{"confidentiality", "termination"} {
		if got := itemOf(rep, id).Status; got == Missing {
			t.Errorf("%s: missing, want dealt with by the terms after the signature", id)
		}
	}
}

// TestSignedForOpensBlock pins that "Signed for and on behalf of X" above a
// line of blanks opens the signature block: it is not content of the last
// section ("16. Termination").
func TestSignedForOpensBlock(t *testing.T) {
	e := newTestEngine(t)
	text := "STATEMENT OF WORK NO. 7\n1. Services\nKestrel will write the campaign copy listed in Annex 1.\n2. Fees\nThe fee is EUR 18,500 plus VAT.\n16. Termination\nTermination of this SOW is governed by clause 17 of the Framework.\nSigned for and on behalf of Ardmore Bank Ireland DAC\nName: ____________________ Title: Head of Brand   Date: ____________\n"
	if got := itemOf(review(t, e, text), "termination").Status; got != Missing {
		t.Errorf("termination %s, want missing: the signing line is no substance under the heading", got)
	}
}
