package extract_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/heskem/heskem/internal/review/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/extract/golden")

// fixtureDir is the repository's testdata/extract.
const fixtureDir = "../../../testdata/extract"

// goodFixtures are the sample agreements in every format, with the format
// detection must report.
var goodFixtures = []struct{ file, format string }{
	{"agreement-en.txt", "txt"},
	{"agreement-he.txt", "txt"},
	{"agreement-he.cp1255.txt", "txt"},
	{"agreement-he.utf16.txt", "txt"},
	{"agreement-en.wrapped.txt", "txt"},
	{"agreement-en.md", "md"},
	{"agreement-he.md", "md"},
	{"agreement-en.html", "html"},
	{"agreement-he.html", "html"},
	{"agreement-en.docx", "docx"},
	{"agreement-he.docx", "docx"},
	{"agreement-en.pdf", "pdf"},
	{"agreement-he.pdf", "pdf"},
}

// needPoppler skips PDF tests on machines without poppler-utils.
func needPoppler(t testing.TB, format string) {
	t.Helper()
	if format != "pdf" {
		return
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed (apt-get install poppler-utils)")
	}
}

func extractFixture(t testing.TB, file string) *extract.Document {
	t.Helper()
	doc, err := extract.File(context.Background(), filepath.Join(fixtureDir, file), extract.Limits{})
	if err != nil {
		t.Fatalf("extract %s: %v", file, err)
	}
	return doc
}

// dump renders a document for golden comparison: a header line, then one
// line per paragraph: kind (p or h1..h9), the list number or "-", the text.
func dump(d *extract.Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# format=%s pages=%d paragraphs=%d\n", d.Format, d.Pages, len(d.Paragraphs))
	for _, p := range d.Paragraphs {
		kind := "p"
		if p.Heading > 0 {
			kind = fmt.Sprintf("h%d", p.Heading)
		}
		num := p.Number
		if num == "" {
			num = "-"
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\n", kind, num, d.ParagraphText(p))
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	for _, fx := range goodFixtures {
		t.Run(fx.file, func(t *testing.T) {
			needPoppler(t, fx.format)
			doc := extractFixture(t, fx.file)
			if doc.Format != fx.format {
				t.Errorf("format = %q, want %q", doc.Format, fx.format)
			}
			got := dump(doc)
			golden := filepath.Join(fixtureDir, "golden", fx.file+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("extracted text differs from %s (go test -run TestGolden -update to accept)\n%s", golden, diff(string(want), got))
			}
		})
	}
}

// diff lists the first differing lines.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 8; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n  want %q\n  got  %q\n", i+1, wl, gl)
			shown++
		}
	}
	return b.String()
}

// TestDocumentInvariants checks the promises of the package doc on every
// fixture: paragraphs tile Text exactly with "\n" between them, offsets are
// in runes, nothing is empty or multi-line, the text is NFC, numbers start
// their paragraphs.
func TestDocumentInvariants(t *testing.T) {
	for _, fx := range goodFixtures {
		t.Run(fx.file, func(t *testing.T) {
			needPoppler(t, fx.format)
			doc := extractFixture(t, fx.file)
			checkInvariants(t, doc)
		})
	}
}

func checkInvariants(t *testing.T, doc *extract.Document) {
	t.Helper()
	if len(doc.Paragraphs) == 0 || doc.Text == "" {
		t.Fatal("empty document returned without error")
	}
	if !norm.NFC.IsNormalString(doc.Text) {
		t.Error("Text is not NFC")
	}
	if !utf8.ValidString(doc.Text) {
		t.Error("Text is not valid UTF-8")
	}
	runes := []rune(doc.Text)
	var parts []string
	prevEnd := -1
	for i, p := range doc.Paragraphs {
		text := doc.ParagraphText(p)
		if text == "" || strings.ContainsAny(text, "\n\r") {
			t.Errorf("paragraph %d is empty or has a line break: %q", i, text)
		}
		if text != strings.TrimSpace(text) {
			t.Errorf("paragraph %d has surrounding space: %q", i, text)
		}
		if p.Start < 0 || p.End > len(runes) || string(runes[p.Start:p.End]) != text {
			t.Errorf("paragraph %d rune offsets [%d,%d) do not select %q", i, p.Start, p.End, text)
		}
		if i > 0 && p.Start != prevEnd+1 {
			t.Errorf("paragraph %d starts at %d, want %d", i, p.Start, prevEnd+1)
		}
		if p.Number != "" && !strings.HasPrefix(text, p.Number) {
			t.Errorf("paragraph %d number %q is not at the start of %q", i, p.Number, text)
		}
		prevEnd = p.End
		parts = append(parts, text)
	}
	if strings.Join(parts, "\n") != doc.Text {
		t.Error("paragraphs joined with \\n do not give Text")
	}
}
