package docgen

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestNumberLabel(t *testing.T) {
	for _, tc := range []struct {
		lang string
		path []int
		want string
	}{
		{LangHebrew, []int{1}, "1."},
		{LangEnglish, []int{12}, "12."},
		{LangHebrew, []int{3, 2}, "3.2"},
		{LangHebrew, []int{3, 2, 1}, "(א)"},
		{LangHebrew, []int{3, 2, 10}, "(י)"},
		{LangHebrew, []int{3, 2, 15}, "(טו)"},
		{LangEnglish, []int{3, 2, 2}, "(b)"},
		{LangEnglish, []int{3, 2, 27}, "(aa)"},
		{LangHebrew, []int{1, 1, 1, 4}, "(4)"},
		{LangEnglish, []int{1, 1, 1, 4}, "(iv)"},
	} {
		if got := numberLabel(tc.lang, tc.path); got != tc.want {
			t.Errorf("numberLabel(%s, %v) = %q, want %q", tc.lang, tc.path, got, tc.want)
		}
	}
	if got := where(LangEnglish, []int{3, 2, 2, 1}); got != "3.2(b)(i)" {
		t.Errorf("where = %q", got)
	}
}

func TestFlattenNumbersAndErrors(t *testing.T) {
	ok := func(d *Document) *Document { return d }
	for _, tc := range []struct {
		name string
		doc  *Document
		err  string // substring of the error; "" for none
	}{
		{"given numbers agree", ok(&Document{Lang: LangHebrew, Sections: []Section{{Number: "1.", Heading: "א", Clauses: []Clause{{Number: "1.1", Text: "ב", Sub: []Clause{{Number: "א", Text: "ג"}}}}}}}), ""},
		{"section out of order", &Document{Lang: LangHebrew, Sections: []Section{{Number: "2", Heading: "א"}}}, `section 1: number "2" does not match its position ("1.")`},
		{"clause out of order", &Document{Lang: LangEnglish, Sections: []Section{{Heading: "A", Clauses: []Clause{{Number: "1.2", Text: "x"}}}}}, `clause 1.1: number "1.2"`},
		{"too deep", &Document{Lang: LangEnglish, Sections: []Section{{Heading: "A", Clauses: []Clause{{Text: "x", Sub: []Clause{{Text: "y", Sub: []Clause{{Text: "z", Sub: []Clause{{Text: "w"}}}}}}}}}}}, "clause 1.1(a)(i): nested 5 levels deep"},
		{"unknown language", &Document{Lang: "fr"}, `language "fr"`},
		{"nil", nil, "nil document"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := flatten(tc.doc)
			switch {
			case tc.err == "" && err != nil:
				t.Fatalf("unexpected error %v", err)
			case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
				t.Fatalf("error = %v, want one containing %q", err, tc.err)
			}
		})
	}
	if _, err := flatten(nil); !errors.Is(err, errNilDocument) {
		t.Errorf("nil document error = %v", err)
	}
}

func TestClean(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"  שלום \n\t עולם  ", "שלום עולם"},
		{"a\x00b\x07c", "abc"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"₪\u00a012,500", "₪\u00a012,500"},       // no-break space kept
		{"\u200fסימן\u202b", "\u200fסימן\u202b"}, // the author's bidi marks kept
		{"x\uFFFEy", "xy"},
	} {
		if got := clean(tc.in); got != tc.want {
			t.Errorf("clean(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPartyText(t *testing.T) {
	he := Party{Name: "דפנה בע\"מ", IDLabel: "ח.פ.", IDNumber: "514567890", Address: "רחוב הברזל 3", Role: "הספק"}
	if got, want := partyText(he, DefaultLabels(LangHebrew)), `דפנה בע"מ, ח.פ. 514567890, רחוב הברזל 3 (להלן: "הספק")`; got != want {
		t.Errorf("partyText = %q, want %q", got, want)
	}
	if got, want := partyText(Party{Name: "Solo"}, DefaultLabels(LangEnglish)), "Solo"; got != want {
		t.Errorf("partyText = %q, want %q", got, want)
	}
}

func TestLabelsDefaultsAndOverrides(t *testing.T) {
	d := &Document{Lang: LangHebrew, Labels: Labels{Page: "דף"}}
	l := d.labels()
	if l.Page != "דף" || l.Of != "מתוך" || l.Hereafter != "להלן:" {
		t.Errorf("labels = %+v", l)
	}
	if got := l.pageLabel("2", "7"); got != "דף 2 מתוך 7" {
		t.Errorf("pageLabel = %q", got)
	}
}

// TestBilingualStructure checks that a pair whose structures differ is
// refused by every writer, with the place named.
func TestBilingualStructure(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(en *Document)
		want   string
	}{
		{"section missing", func(en *Document) { en.Sections = en.Sections[:2] }, "sections: 3 in he, 2 in en"},
		{"clause missing", func(en *Document) { en.Sections[1].Clauses = en.Sections[1].Clauses[:2] }, "section 2 has 3 clauses in he and 2 in en"},
		{"sub-clause extra", func(en *Document) {
			en.Sections[1].Clauses[1].Sub = append(en.Sections[1].Clauses[1].Sub, Clause{Text: "(c)"})
		}, "clause 2.2 / 2.2 has 2 sub-clauses in he and 3 in en"},
		{"no subtitle", func(en *Document) { en.Subtitle = "" }, "paragraph 2 is the subtitle in he but the party 1 in en"},
		{"signatures", func(en *Document) { en.Signatures = en.Signatures[:1] }, "signature columns: 2 in he, 1 in en"},
		{"same language", func(en *Document) { en.Lang = LangHebrew }, `both documents are in "he"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			he, en := sampleHebrew(), sampleEnglish()
			tc.change(en)
			for name, write := range map[string]func() error{
				"docx": func() error { return WriteDOCX(&bytes.Buffer{}, he, en) },
				"html": func() error { return WriteHTML(&bytes.Buffer{}, he, en) },
				"md":   func() error { return WriteMarkdown(&bytes.Buffer{}, he, en) },
				"pdf":  func() error { return WritePDF(&bytes.Buffer{}, PDFOptions{}, he, en) },
			} {
				err := write()
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("%s: error = %v, want one containing %q", name, err, tc.want)
				}
			}
		})
	}
	if err := WriteHTML(&bytes.Buffer{}); err == nil {
		t.Error("no documents: no error")
	}
	if err := WriteHTML(&bytes.Buffer{}, sampleHebrew(), sampleEnglish(), sampleEnglish()); err == nil {
		t.Error("three documents: no error")
	}
}

func TestDirectionSegments(t *testing.T) {
	for _, tc := range []struct {
		in   string
		rtl  bool
		want []segment
	}{
		{"שלום עולם", true, []segment{{"שלום עולם", true}}},
		{"מערכת CRM מבוססת Salesforce.", true, []segment{{"מערכת ", true}, {"CRM", false}, {" מבוססת ", true}, {"Salesforce", false}, {".", true}}},
		{"בסך ₪120,000 בתוספת", true, []segment{{"בסך ₪120,000 בתוספת", true}}},
		{"Version 2.0 release", true, []segment{{"Version 2.0 release", false}}},
		{"milestone (אבן דרך 2).", false, []segment{{"milestone (", false}, {"אבן דרך", true}, {" 2).", false}}},
		{"", false, nil},
	} {
		got := directionSegments(tc.in, tc.rtl)
		if len(got) != len(tc.want) {
			t.Errorf("directionSegments(%q) = %+v, want %+v", tc.in, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("directionSegments(%q)[%d] = %+v, want %+v", tc.in, i, got[i], tc.want[i])
			}
		}
	}
}

// TestWriteTextNumbering checks the plain text the round-trip tests
// compare with: numbers as text, one paragraph per line, signature lines.
func TestWriteTextNumbering(t *testing.T) {
	var b bytes.Buffer
	if err := WriteText(&b, sampleEnglish()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	for _, want := range []string{
		"1. Definitions",
		"2.2 Payments are due net 30 from receipt of a lawful tax invoice, as follows:",
		"(b) 60% (sixty percent) on acceptance of the second milestone (אבן דרך 2).",
		"Signature: ______________",
		"Name: Moshe Levi",
	} {
		if !containsLine(lines, want) {
			t.Errorf("text lacks the line %q", want)
		}
	}
	if lines[0] != "Software Development Services Agreement" || lines[len(lines)-1] != "Date: ______________" {
		t.Errorf("first/last line = %q / %q", lines[0], lines[len(lines)-1])
	}
}

func containsLine(lines []string, want string) bool {
	for _, l := range lines {
		if l == want {
			return true
		}
	}
	return false
}
