package docgen

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/review/extract"
)

// TestMarkdownHTMLRoundTrip reads the Markdown and HTML back with the
// review engine's extractor. The paragraphs before the signatures come
// back exactly as WriteText's lines; the signature lines come back as a
// set, because both formats lay them out as a table that is read row by
// row across the parties; HTML adds the footer paragraph at the end.
func TestMarkdownHTMLRoundTrip(t *testing.T) {
	for _, d := range []*Document{sampleHebrew(), sampleEnglish()} {
		p, err := prepare([]*Document{d})
		if err != nil {
			t.Fatal(err)
		}
		want := textLines(p[0])
		body := len(p[0].blocks)
		for _, tc := range []struct {
			name  string
			write func(*bytes.Buffer) error
			extra []string
		}{
			{"a.md", func(b *bytes.Buffer) error { return WriteMarkdown(b, d) }, nil},
			{"a.html", func(b *bytes.Buffer) error { return WriteHTML(b, d) }, []string{p[0].footer}},
		} {
			var b bytes.Buffer
			if err := tc.write(&b); err != nil {
				t.Fatal(err)
			}
			doc, err := extract.Read(context.Background(), tc.name, &b, extract.DefaultLimits())
			if err != nil {
				t.Fatalf("%s %s: %v", d.Lang, tc.name, err)
			}
			got := strings.Split(doc.Text, "\n")
			if len(got) != len(want)+len(tc.extra) {
				t.Fatalf("%s %s: %d paragraphs, want %d", d.Lang, tc.name, len(got), len(want)+len(tc.extra))
			}
			for i := 0; i < body; i++ {
				if got[i] != want[i] {
					t.Errorf("%s %s: paragraph %d = %q, want %q", d.Lang, tc.name, i+1, got[i], want[i])
				}
			}
			gotSigs := slices.Clone(got[body:])
			wantSigs := append(slices.Clone(want[body:]), tc.extra...)
			slices.Sort(gotSigs)
			slices.Sort(wantSigs)
			if !slices.Equal(gotSigs, wantSigs) {
				t.Errorf("%s %s: signature paragraphs %q, want %q", d.Lang, tc.name, gotSigs, wantSigs)
			}
		}
	}
}
