package wizard

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/docgen"
	"github.com/heskem/heskem/internal/draft"
	"github.com/heskem/heskem/internal/review"
)

func example(t *testing.T, lang string) []byte {
	t.Helper()
	b, err := draft.Example(lang)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSplitJoin checks that cutting an agreement file into the wizard's
// sections and putting them back gives the same agreement.
func TestSplitJoin(t *testing.T) {
	for _, lang := range []string{"he", "en"} {
		data := example(t, lang)
		sections, err := Split(data)
		if err != nil {
			t.Fatal(err)
		}
		for _, step := range Steps() {
			for _, key := range step.Sections {
				if strings.TrimSpace(sections[key]) == "" {
					t.Errorf("%s: section %s of step %d is empty", lang, key, step.Number)
				}
			}
		}
		if !strings.HasPrefix(sections["header"], "format: heskem.agreement/v1") || !strings.HasPrefix(sections["payment"], "payment:") {
			t.Errorf("%s: sections do not start with their keys: %q / %q", lang, sections["header"][:20], sections["payment"][:20])
		}
		orig, probs := draft.Parse(data)
		joined, probs2 := draft.Parse([]byte(Join(sections)))
		if probs.HasErrors() || probs2.HasErrors() {
			t.Fatalf("%s: %v / %v", lang, probs, probs2)
		}
		if orig.Fingerprint() != joined.Fingerprint() {
			t.Errorf("%s: the agreement changed in Split and Join", lang)
		}
		// Section line ranges cover the joined file without gaps.
		lines := SectionLines(sections)
		if r := lines["header"]; r[0] != 1 {
			t.Errorf("header starts at line %d", r[0])
		}
		total := strings.Count(Join(sections), "\n")
		if r := lines["protections"]; r[1] != total {
			t.Errorf("last section ends at line %d of %d", r[1], total)
		}
	}
	if _, err := Split([]byte("- a list\n- not a mapping\n")); err == nil {
		t.Error("a YAML list was accepted as an agreement file")
	}
	if _, err := Split([]byte("title: [unclosed")); err == nil {
		t.Error("invalid YAML accepted")
	}
}

// TestEvaluate drafts the example and reviews it; then removes the
// late-payment section, which the draft fills with its documented default
// and the wizard lists as not yet decided.
func TestEvaluate(t *testing.T) {
	e, err := review.New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	sections, _ := Split(example(t, "he"))
	full, err := Evaluate(ctx, e, []byte(Join(sections)))
	if err != nil || full.Report == nil || !strings.Contains(full.Text, "הסכם לפיתוח מערכת תוכנה") {
		t.Fatalf("evaluate example: %v %+v", err, full)
	}
	status := func(r *review.Report, id string) review.Status {
		for _, s := range r.Steps {
			for _, it := range s.Items {
				if it.ID == id {
					return it.Status
				}
			}
		}
		return ""
	}
	if st := status(full.Report, "late_payment"); st == review.Missing {
		t.Fatalf("the complete example has no late-payment clause?")
	}
	if u := Undecided(sections); len(u) != 0 {
		t.Errorf("the complete example has undecided sections %v", u)
	}
	delete(sections, "late_payment")
	less, err := Evaluate(ctx, e, []byte(Join(sections)))
	if err != nil || less.Report == nil {
		t.Fatalf("evaluate without late_payment: %v %v", err, less.Problems)
	}
	if st := status(less.Report, "late_payment"); st == review.Missing {
		t.Errorf("the default late-payment clause was not drafted")
	}
	if u := Undecided(sections); len(u) != 1 || u[0] != "late_payment" {
		t.Errorf("undecided = %v, want [late_payment]", u)
	}
	// Without a required section the file has errors and no score.
	delete(sections, "schedule")
	if none, err := Evaluate(ctx, e, []byte(Join(sections))); err != nil || none.Report != nil || !none.Problems.HasErrors() {
		t.Errorf("without a schedule: %v %+v", err, none)
	}
	// A file with errors is not reviewed; the problems say where.
	sections["payment"] = "payment:\n  price: lots\n"
	bad, err := Evaluate(ctx, e, []byte(Join(sections)))
	if err != nil || bad.Report != nil || !bad.Problems.HasErrors() || bad.Problems.Errors()[0].Line == 0 {
		t.Errorf("invalid draft: report %v problems %v", bad.Report, bad.Problems)
	}
}

func TestRender(t *testing.T) {
	data := example(t, "he")
	for format := range Formats {
		if format == "pdf" {
			if _, _, err := docgen.FindFonts(); err != nil {
				t.Logf("pdf skipped: %v", err)
				continue
			}
		}
		var b bytes.Buffer
		if err := Render(&b, data, format, "", docgen.PDFOptions{}); err != nil {
			t.Errorf("%s: %v", format, err)
			continue
		}
		if b.Len() < 1000 {
			t.Errorf("%s: only %d bytes", format, b.Len())
		}
	}
	var txt bytes.Buffer
	if err := Render(&txt, data, "txt", "he", docgen.PDFOptions{}); err != nil || !strings.Contains(txt.String(), "הסכם לפיתוח מערכת תוכנה") {
		t.Errorf("txt: %v", err)
	}
	if err := Render(&txt, data, "odt", "", docgen.PDFOptions{}); err == nil {
		t.Error("unknown format accepted")
	}
	if err := Render(&txt, []byte("format: heskem.agreement/v1\n"), "md", "", docgen.PDFOptions{}); err == nil {
		t.Error("an incomplete file was written as a document")
	}
}
