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
	for _, f := range rep.Findings {
		t.Errorf("finding %s at %s: %q: %s", f.Kind, f.Section, f.Text, f.Message)
	}
	for _, s := range rep.Steps {
		for _, it := range s.Items {
			if it.Status != "present" {
				t.Errorf("item %s is %s (missing %v)", it.ID, it.Status, it.Missing)
			}
		}
	}
	for _, p := range rep.Protections {
		if p.Status != "present" {
			t.Errorf("protection %s is %s (missing %v)", p.ID, p.Status, p.Missing)
		}
	}
	if rep.Score != 100 || rep.Verdict != "ready" {
		t.Errorf("score %d, verdict %s; want 100, ready", rep.Score, rep.Verdict)
	}
}
