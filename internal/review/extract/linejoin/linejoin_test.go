package linejoin

import (
	"strings"
	"testing"
)

func TestParagraphs(t *testing.T) {
	wide := "The Supplier shall deliver the system described in Annex A to the Client"
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"blank line ends", "one\n\ntwo", []string{"one", "two"}},
		{"wrapped lines join", wide + "\nno later than 15.3.2026.", []string{wide + " no later than 15.3.2026."}},
		{"clause number starts", wide + "\n1.2 The Client shall pay.", []string{wide, "1.2 The Client shall pay."}},
		{"hebrew marker starts", wide + "\n(ב) הספק רשאי", []string{wide, "(ב) הספק רשאי"}},
		{"marker line joins its text", "1.1\n\nThe Client shall pay.", []string{"1.1 The Client shall pay."}},
		{"stacked markers", "4.\n4.1\n\nAvailability is 99.5%.", []string{"4.", "4.1 Availability is 99.5%."}},
		{"trailing marker kept", "text.\n\n3.", []string{"text.", "3."}},
		{"sentence end breaks", wide + ".\nNext paragraph starts here and runs on", []string{wide + ".", "Next paragraph starts here and runs on"}},
		{"short line breaks", "Schedule\n" + wide, []string{"Schedule", wide}},
		{"lower case continues", "Fees\nand payment", []string{"Fees and payment"}},
		{"date is not a marker", wide + "\n15.3.2026 is the delivery date", []string{wide + " 15.3.2026 is the delivery date"}},
		{"amount is not a marker", wide + "\n30 days after the invoice", []string{wide + " 30 days after the invoice"}},
		{"abbreviation is not a marker", wide + "\nח.פ. 514567890", []string{wide + " ח.פ. 514567890"}},
		{"form feed is a line break", wide + "\n\fcontinued on the next page", []string{wide + " continued on the next page"}},
		{"wrapped heading in capitals goes on", "ARTICLE 8 – DESIGN ADVISORY COMMITTEE AND JOINT\nACTIVITIES\n" + wide,
			[]string{"ARTICLE 8 – DESIGN ADVISORY COMMITTEE AND JOINT ACTIVITIES", wide}},
		{"short heading in capitals stands alone", "SCHEDULE A\nSERVICES\n" + wide, []string{"SCHEDULE A", "SERVICES", wide}},
		{"heading then a sentence", wide + wide + ".\nARTICLE 8 – DESIGN ADVISORY COMMITTEE AND JOINT\nThe City shall establish a committee.",
			[]string{wide + wide + ".", "ARTICLE 8 – DESIGN ADVISORY COMMITTEE AND JOINT", "The City shall establish a committee."}},
		{"figure after a number in words goes on", wide + " within ten\n(10) Business Days after delivery.", []string{wide + " within ten (10) Business Days after delivery."}},
		{"bracketed number after a sentence is a marker", wide + ".\n(10) The Client shall pay.", []string{wide + ".", "(10) The Client shall pay."}},
		{"crlf", "one\r\n\r\ntwo", []string{"one", "two"}},
		{"only blanks", " \n\t\n", nil},
	}
	j := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := j.Paragraphs(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestLineWidthOutlier: one run-together line twice as long as the others
// (pdftotext on justified text) must not make every full line look short.
func TestLineWidthOutlier(t *testing.T) {
	full := "The Supplier shall deliver the services described in the Schedule to the Client and"
	var b strings.Builder
	for range 24 {
		b.WriteString(full + "\n")
	}
	b.WriteString(full + " " + full + "\n")
	got := New().Paragraphs(b.String())
	if len(got) != 1 {
		t.Errorf("got %d paragraphs, want the one the lines make", len(got))
	}
	if w := lineWidth([]string{"Title", full, full}); w != len(full) {
		t.Errorf("lineWidth of a short text = %d, want its longest line %d", w, len(full))
	}
}

func TestMarkers(t *testing.T) {
	j := New()
	for line, want := range map[string]string{
		"1. Definitions": "1.", "1.1 text": "1.1", "2.3.1. text": "2.3.1.", "(a) text": "(a)", "(א) טקסט": "(א)",
		"א. טקסט": "א.", "iv) text": "iv)", "• item": "•", "12) item": "12)",
		"15.3.2026 date": "", "30 days": "", "ח.פ. 5": "", "e.g. this": "", "(SaaS) x": "", "(להלן: x": "",
	} {
		if got := j.MarkerPrefix(line); got != want {
			t.Errorf("MarkerPrefix(%q) = %q, want %q", line, got, want)
		}
	}
	if !j.IsMarkerLine(" 3.1 ") || j.IsMarkerLine("3.1 text") {
		t.Error("IsMarkerLine wrong")
	}
}

// FuzzParagraphs checks that joining only moves line breaks: the words of
// the input come out in the same order, each paragraph trimmed, non-empty
// and on one line.
func FuzzParagraphs(f *testing.F) {
	for _, s := range []string{"1.\n\nDefinitions\n1.1 x", "a\nb\n\nc", "(א)\nטקסט\f\n2.", "\r\n\r\n", "• a\n- b"} {
		f.Add(s)
	}
	j := New()
	f.Fuzz(func(t *testing.T, in string) {
		out := j.Paragraphs(in)
		for _, p := range out {
			if p == "" || p != strings.TrimSpace(p) || strings.ContainsAny(p, "\n\r\f") {
				t.Fatalf("bad paragraph %q", p)
			}
		}
		if strings.Join(strings.Fields(strings.Join(out, " ")), " ") != strings.Join(strings.Fields(in), " ") {
			t.Fatalf("words changed:\nin  %q\nout %q", in, out)
		}
	})
}
