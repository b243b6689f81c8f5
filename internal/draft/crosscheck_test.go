package draft

import (
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/docgen"
)

// buildBoth builds the Hebrew and English documents of a bilingual file.
func buildBoth(t *testing.T, path string) (*docgen.Document, *docgen.Document) {
	t.Helper()
	a, err := Load(readFile(t, path), "he", "en")
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	he, err := Build(a, "he")
	if err != nil {
		t.Fatal(err)
	}
	en, err := Build(a, "en")
	if err != nil {
		t.Fatal(err)
	}
	return he, en
}

func TestCrossCheckAgrees(t *testing.T) {
	he, en := buildBoth(t, "../../testdata/draft/time-and-materials.yaml")
	if ms := CrossCheck(he, en); len(ms) != 0 {
		t.Errorf("documents built from one agreement disagree:\n%v", ms)
	}
}

func TestCrossCheckFindsMismatches(t *testing.T) {
	tests := []struct {
		name string
		edit func(he, en *docgen.Document)
		want []Mismatch
	}{
		{"changed number", func(he, en *docgen.Document) {
			c := findClause(t, en, "Within 5 Business Days of receiving a Change Request")
			c.Text = strings.Replace(c.Text, "Within 5 Business Days", "Within 7 Business Days", 1)
		}, []Mismatch{
			{Lang: "he", Value: "5", Reason: "is missing from the English version"},
			{Lang: "en", Value: "7", Reason: "is missing from the Hebrew version"},
		}},
		{"changed date", func(he, en *docgen.Document) {
			c := findClause(t, he, "15.2.2026")
			c.Text = strings.Replace(c.Text, "15.2.2026", "16.2.2026", 1)
		}, []Mismatch{
			{Lang: "he", Value: "2026-02-16", Reason: "is missing from the English version"},
			{Lang: "en", Value: "2026-02-15", Reason: "is missing from the Hebrew version"},
		}},
		{"changed percentage", func(he, en *docgen.Document) {
			c := findClause(t, en, "80% of the Price Cap")
			c.Text = strings.Replace(c.Text, "80%", "90%", 1)
		}, []Mismatch{
			{Lang: "he", Value: "80%", Reason: "is missing from the English version"},
			{Lang: "en", Value: "90%", Reason: "is missing from the Hebrew version"},
		}},
		{"changed amount", func(he, en *docgen.Document) {
			c := findClause(t, he, "450 ש״ח")
			c.Text = strings.Replace(c.Text, "450 ש״ח", "4,500 ש״ח", 1)
		}, []Mismatch{
			{Lang: "he", Value: "4500", Reason: "is missing from the English version"},
			{Lang: "en", Value: "450", Reason: "is missing from the Hebrew version"},
		}},
		{"dropped clause", func(he, en *docgen.Document) {
			s := &en.Sections[len(en.Sections)-1]
			s.Clauses = s.Clauses[:len(s.Clauses)-1]
		}, []Mismatch{{Lang: "he", Reason: "exists only in the Hebrew version"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			he, en := buildBoth(t, "../../testdata/draft/time-and-materials.yaml")
			tt.edit(he, en)
			got := CrossCheck(he, en)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d mismatches, want %d:\n%v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Lang != w.Lang || g.Value != w.Value || g.Reason != w.Reason || g.Where == "" {
					t.Errorf("mismatch %d = %+v, want %+v at a clause", i, g, w)
				}
			}
		})
	}
}

// findClause returns the clause or sub-clause whose text contains s.
func findClause(t *testing.T, d *docgen.Document, s string) *docgen.Clause {
	t.Helper()
	for i := range d.Sections {
		for j := range d.Sections[i].Clauses {
			c := &d.Sections[i].Clauses[j]
			if strings.Contains(c.Text, s) {
				return c
			}
			for k := range c.Sub {
				if strings.Contains(c.Sub[k].Text, s) {
					return &c.Sub[k]
				}
			}
		}
	}
	t.Fatalf("no clause contains %q", s)
	return nil
}

func TestExtractValues(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"ביום 1.3.2026 ועד ליום 28.2.2027", []string{"2026-03-01", "2027-02-28"}},
		{"on 1 March 2026 and by 28 February 2027", []string{"2026-03-01", "2027-02-28"}},
		{"סך של 240,000 ש״ח (20% מהתמורה)", []string{"20%", "240000"}},
		{"ILS 240,000 (20% of the Price)", []string{"20%", "240000"}},
		{"מדד חודש ינואר 2026", []string{"2026-01"}},
		{"the index for January 2026", []string{"2026-01"}},
		{"0.5% לחודש, 350.50 ש״ח", []string{"0.5%", "350.50"}},
		{"section 18A of the Ordinance, 1948", []string{"18", "1948"}},
		{"no figures here", nil},
	}
	for _, tt := range tests {
		got := sortedKeys(extractValues(tt.text))
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("extractValues(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
