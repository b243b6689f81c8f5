package extract_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/heskem/heskem/internal/review/extract"
)

// TestPagedPDF reads the paged PDF copies of the corpus (running header,
// "Page n of m" footer, justified text; made by scripts/corpus-formats) and
// checks that the page furniture is gone and that the paragraphs of the
// source text come back whole, sentences cut by a page break included.
// squeeze drops spaces and hyphens: pdftotext removes a hyphen at a line
// end ("e-\nmail") and spaces a bracket apart in right-to-left text.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func TestPagedPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed (apt-get install poppler-utils)")
	}
	pageNo := regexp.MustCompile(`(?i)(page|עמוד) \d+ (of|מתוך) \d+`)
	for _, name := range []string{"en-lawfirm-msa", "en-saas-subscription", "he-lawfirm-software-dev"} {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "corpus", "dev", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("..", "..", "..", "testdata", "corpus", "formats", name+".paged.pdf")
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			d, err := extract.Read(context.Background(), path, f, extract.Limits{})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, p := range d.Paragraphs {
				text := d.ParagraphText(p)
				if pageNo.MatchString(text) {
					t.Errorf("page number left in %q", text)
				}
				got[squeeze(text)] = true
			}
			lines := strings.Split(strings.TrimSpace(string(src)), "\n")
			if n := strings.Count(d.Text, strings.TrimSpace(lines[0])); n != 1 {
				t.Errorf("the title appears %d times, want once (the running header repeats it)", n)
			}
			whole, long := 0, 0
			for _, l := range lines {
				if len([]rune(l)) < 200 {
					continue // long paragraphs are the ones a page break cuts
				}
				long++
				if got[squeeze(l)] {
					whole++
				}
			}
			// A sentence that ends exactly at the end of a line and a
			// line that pdftotext splits at a wide justified gap still
			// start a new paragraph: four in five is what the paragraph
			// heuristic can promise. Without the page furniture removed,
			// every paragraph cut by a page break is lost as well.
			if long == 0 || whole*5 < long*4 {
				t.Errorf("%d of %d long paragraphs of the text come back whole, want at least 80%%", whole, long)
			}
		})
	}
}
