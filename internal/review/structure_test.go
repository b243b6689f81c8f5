package review

import (
	"testing"

	"github.com/heskem/heskem/internal/hebrew"
)

func TestParseLabel(t *testing.T) {
	lw := newLabelWords()
	tests := []struct {
		line  string
		kind  labelKind
		depth int
		label string
	}{
		{"7. התמורה", labelDotted, 1, "7."},
		{"7.3 הלקוח ישלם", labelDotted, 2, "7.3"},
		{"7.3.1. text", labelDotted, 3, "7.3.1."},
		{"7) text", labelDotted, 1, "7)"},
		{"(a) the fee", labelParen, 0, "(a)"},
		{"(iv) the fee", labelParen, 0, "(iv)"},
		{"(א) התמורה", labelParen, 0, "(א)"},
		{"א. התמורה", labelLetter, 0, "א."},
		{"b) the fee", labelLetter, 0, "b)"},
		{"סעיף 5 התמורה", labelWord, 1, "סעיפ 5"},
		{"Section 5.2 Fees", labelWord, 2, "section 5.2"},
		{"נספח א' – תיאור השירותים", labelAnnex, 0, "נספח א'"},
		{"Exhibit A: Fees", labelAnnex, 0, "exhibit a"},
		{"Schedule 1 (Post Orders)", labelAnnex, 0, "schedul 1"},
		{"1.3.2026 ייחתם ההסכם", labelNone, 0, ""},
		{"30 ימים מראש", labelNone, 0, ""},
		{"נספח זה מהווה חלק מההסכם", labelNone, 0, ""},
		{"Schedule: the work starts", labelNone, 0, ""},
		{"  • 3. bullet then number", labelDotted, 1, "3."},
		{"1.הגדרות", labelDotted, 1, "1."},
		{"1.5 מיליון", labelDotted, 2, "1.5"},
	}
	for _, tt := range tests {
		line := hebrew.Normalize(tt.line).Runes
		l := lw.parseLabel(line)
		if l.kind != tt.kind || (tt.kind == labelDotted || tt.kind == labelWord) && l.depth != tt.depth {
			t.Errorf("%q: kind %d depth %d, want %d %d", tt.line, l.kind, l.depth, tt.kind, tt.depth)
			continue
		}
		if got := string(line[l.start:l.end]); tt.kind != labelNone && got != tt.label {
			t.Errorf("%q: label %q, want %q", tt.line, got, tt.label)
		}
	}
}

func TestStructure(t *testing.T) {
	e := newTestEngine(t)
	doc := debugDoc(t, e, "הסכם למתן שירותים\n"+
		"בין: אלפא בע\"מ (להלן: \"הספק\")\n"+
		"הואיל והספק עומד בלוחות זמנים;\n"+
		"1. הגדרות\n"+
		"1.1 \"השירותים\" – שירותי פיתוח.\n"+
		"7. תמורה\n"+
		"7.1 הלקוח ישלם 5,000 ₪.\n"+
		"(א) תשלום ראשון.\n"+
		"המשך הסעיף בשורה נפרדת.\n"+
		"8. Payment Terms. The Client shall pay within 30 days.\n"+
		"נספח א' – תיאור השירותים\n"+
		"1. פיתוח אתר.\n"+
		"ולראיה באו הצדדים על החתום\n")
	type want struct {
		section string
		kind    sectionKind
		heading bool
		title   bool
	}
	wants := []want{
		{"", kindTitle, false, false},
		{"", kindPreamble, false, false},
		{"", kindRecital, false, false},
		{"1", kindDefinitions, true, true},
		{"1.1", kindDefinitions, false, false},
		{"7", kindBody, true, true},
		{"7.1", kindBody, false, false},
		{"7.1(א)", kindBody, false, false},
		{"7.1(א)", kindBody, false, false},
		{"8", kindBody, false, true},
		{"נספח א'", kindBody, true, true},
		{"נספח א' 1", kindBody, false, false},
		{"", kindSignature, false, false},
	}
	if len(doc.clauses) != len(wants) {
		t.Fatalf("%d clauses, want %d", len(doc.clauses), len(wants))
	}
	for i, w := range wants {
		c := &doc.clauses[i]
		if i == len(wants)-1 {
			// The signature block is recognized by its kind only.
			w.section, w.heading, w.title = c.section, c.heading, c.titled()
		}
		if c.section != w.section || c.kind != w.kind || c.heading != w.heading || c.titled() != w.title {
			text, _, _ := doc.quote(c.start, c.end)
			t.Errorf("line %d %q: section %q kind %d heading %v titled %v; want %q %d %v %v",
				i, text, c.section, c.kind, c.heading, c.titled(), w.section, w.kind, w.heading, w.title)
		}
	}
	// 7.1 inherits the heading "תמורה"; (א) and the continuation inherit 7.1.
	if p := doc.clauses[6].parents; len(p) != 1 || p[0] != 5 {
		t.Errorf("7.1 parents = %v, want [5]", p)
	}
	if p := doc.clauses[8].parents; len(p) != 3 || p[2] != 7 {
		t.Errorf("continuation parents = %v, want [5 6 7]", p)
	}
	if !doc.defined[termKey(hebrew.Fold("השירותים"))] {
		t.Errorf("defined terms = %v, want שירותים", doc.defined)
	}
}

func TestPrefixMatching(t *testing.T) {
	e := newTestEngine(t)
	g := e.lex.id(itemGroup("payment", "strong"))
	tests := []struct {
		text string
		want bool
	}{
		{"התמורה", true},
		{"והתמורה", true},
		{"שבתמורה", true},
		{"כשהתמורה", true},
		{"ומהתמורה", true},
		{"אתמורה", false},   // א is not a prefix letter
		{"התמורהז", false},  // the word goes on
		{"הוהתמורה", false}, // the article is last in a chain
	}
	for _, tt := range tests {
		doc := debugDoc(t, e, tt.text)
		got := false
		for _, h := range doc.hits {
			if p := e.lex.patterns[h.pat].text; int(h.group) == g && (p == "התמורה" || p == "תמורה" && e.lex.patterns[h.pat].absorbed) {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q matches התמורה: %v, want %v", tt.text, got, tt.want)
		}
	}
	// A two-letter word takes only the short chains: "ולא" negates, "מלא" is "full".
	neg := e.lex.id(gNegation)
	for text, want := range map[string]bool{"ולא": true, "שלא": true, "מלא": false, "הלא": false} {
		doc := debugDoc(t, e, text)
		got := false
		for _, h := range doc.hits {
			if int(h.group) == neg {
				got = true
			}
		}
		if got != want {
			t.Errorf("%q is a negation: %v, want %v", text, got, want)
		}
	}
}

func TestNegationScope(t *testing.T) {
	e := newTestEngine(t)
	strong := e.lex.id(itemGroup("sanctions", "strong"))
	tests := []struct {
		text    string
		negated bool
	}{
		{"לא יחולו פיצויים מוסכמים.", true},
		{"No liquidated damages shall apply.", true},
		{"הספק ישלם פיצויים מוסכמים ללא צורך בהוכחת נזק.", false},
		{"לא יאוחר מ-30 יום ישלם הספק פיצויים מוסכמים.", false},
		{"No penalty applies unless the delay exceeds 30 days.", false},
		{"פיצויים מוסכמים. לא ניתן לשנות הסכם זה.", false},
		// A negated condition ends at its comma, however far back its
		// "אם" stands.
		{"אם בסוף החודש הספק לא סיים, ישלם הספק פיצויים מוסכמים.", false},
		{"If at the end of the month the Supplier has not finished, liquidated damages apply.", false},
		{"אם הלקוח יבקש, לא יחולו פיצויים מוסכמים.", true},
		// A comma that opens a new phrase ends the negation; a list
		// after a comma stays inside it.
		{"The Company may end this immediately, without notice, in case of liquidated damages claims.", false},
		{"No interest, fees or liquidated damages shall apply.", true},
		{"הלקוח רשאי לסיים ללא הודעה מוקדמת, במקרה של פיצויים מוסכמים שלא שולמו.", false},
		// A Hebrew condition opened by its negated verb ends at the dash
		// before its consequence.
		{"לא עמד הספק במועד – ישלם הספק פיצויים מוסכמים בסך 500 ש\"ח.", false},
		{"לא יחולו פיצויים מוסכמים – הצדדים מסכימים על כך.", true},
	}
	for _, tt := range tests {
		doc := debugDoc(t, e, tt.text)
		found, neg := false, false
		for _, h := range doc.hits {
			if int(h.group) == strong {
				found = true
				neg = neg || h.neg
			}
		}
		if !found {
			t.Errorf("%q: no sanctions cue found", tt.text)
			continue
		}
		if neg != tt.negated {
			t.Errorf("%q: negated %v, want %v", tt.text, neg, tt.negated)
		}
	}
}
