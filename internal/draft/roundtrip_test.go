package draft

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/docgen"
	"github.com/heskem/heskem/internal/review"
	"github.com/heskem/heskem/internal/review/extract"
)

// knownMisreadings are clarity findings the review engine raises on
// correct drafting, reported to the engine's owner (see the report of
// issue 4). A finding listed here is logged, not failed; when the engine
// no longer raises it the test demands a score of 100 again on its own.
var knownMisreadings = []struct{ kind, text, why string }{
	{review.KindUndefinedTerm, "Protection",
		`"the Protection of Privacy Law, 1981" is the official English name of the statute; the engine takes "Protection" (stopping at the lower-case "of") for an undefined defined term`},
}

func knownMisreading(f review.Finding) (string, bool) {
	for _, k := range knownMisreadings {
		if f.Kind == k.kind && f.Text == k.text {
			return k.why, true
		}
	}
	return "", false
}

// writers are the formats read back by the review engine. PDF needs a
// font with Hebrew letters and Poppler's pdftotext; without them it is
// skipped, with the reason.
var writers = []struct {
	ext   string
	write func(*bytes.Buffer, *docgen.Document) error
}{
	{".txt", func(b *bytes.Buffer, d *docgen.Document) error { return docgen.WriteText(b, d) }},
	{".docx", func(b *bytes.Buffer, d *docgen.Document) error { return docgen.WriteDOCX(b, d) }},
	{".pdf", func(b *bytes.Buffer, d *docgen.Document) error { return docgen.WritePDF(b, docgen.PDFOptions{}, d) }},
	{".html", func(b *bytes.Buffer, d *docgen.Document) error { return docgen.WriteHTML(b, d) }},
	{".md", func(b *bytes.Buffer, d *docgen.Document) error { return docgen.WriteMarkdown(b, d) }},
}

// TestRoundTrip writes every example and test agreement in every format
// and language it supports, reads each file back as the review engine
// would, and requires every checklist item and every protection present,
// no clarity finding, and a score of 100.
func TestRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("round trip through every writer and the review engine")
	}
	eng, err := review.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range goldenCases(t) {
		a, err := Load(readFile(t, c.file), c.lang)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Build(a, c.lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range writers {
			name := strings.TrimSuffix(c.golden, ".txt") + w.ext
			t.Run(name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := w.write(&buf, d); err != nil {
					if errors.Is(err, docgen.ErrNoFont) {
						t.Skip(err)
					}
					t.Fatal(err)
				}
				if w.ext == ".pdf" {
					if _, err := exec.LookPath("pdftotext"); err != nil {
						t.Skip("pdftotext (poppler-utils) is not installed")
					}
				}
				ex, err := extract.Read(context.Background(), name, &buf, extract.DefaultLimits())
				if err != nil {
					t.Fatal(err)
				}
				rep, err := eng.Review(context.Background(), review.Input{Name: name, Text: ex.Text, Lang: c.lang})
				if err != nil {
					t.Fatal(err)
				}
				checkComplete(t, rep)
			})
		}
	}
}

func checkComplete(t *testing.T, rep *review.Report) {
	t.Helper()
	known := 0
	for _, f := range rep.Findings {
		if why, ok := knownMisreading(f); ok {
			t.Logf("known engine misreading at %s: %q: %s", f.Section, f.Text, why)
			known++
			continue
		}
		t.Errorf("finding %s at %s: %q: %s", f.Kind, f.Section, f.Text, f.Message)
	}
	for _, s := range rep.Steps {
		for _, it := range s.Items {
			if it.Status == "present" || (it.ID == "clarity" && known > 0 && len(rep.Findings) == known) {
				continue
			}
			t.Errorf("item %s is %s (missing %v)", it.ID, it.Status, it.Missing)
		}
	}
	for _, p := range rep.Protections {
		if p.Status != "present" {
			t.Errorf("protection %s is %s (missing %v)", p.ID, p.Status, p.Missing)
		}
	}
	if known == 0 && rep.Score != 100 {
		t.Errorf("score %d, want 100", rep.Score)
	}
	if rep.Verdict != "ready" {
		t.Errorf("verdict %s, want ready", rep.Verdict)
	}
}
