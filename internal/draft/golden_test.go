package draft

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden clause texts in testdata/draft/golden")

// goldenCases are the agreements whose full text is kept as a golden file:
// the two examples, and every test agreement in each of its languages.
func goldenCases(t *testing.T) []struct{ file, lang, golden string } {
	t.Helper()
	out := []struct{ file, lang, golden string }{
		{"examples/he.yaml", "he", "example-he.he.txt"},
		{"examples/en.yaml", "en", "example-en.en.txt"},
	}
	files, err := filepath.Glob("../../testdata/draft/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		a, err := Load(readFile(t, f))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		langs := []string{a.Language}
		if _, probs := Parse(readFile(t, f), "he", "en"); !probs.HasErrors() {
			langs = []string{"he", "en"}
		}
		for _, l := range langs {
			out = append(out, struct{ file, lang, golden string }{f, l, name + "." + l + ".txt"})
		}
	}
	return out
}

func TestGoldenClauseText(t *testing.T) {
	for _, c := range goldenCases(t) {
		t.Run(c.golden, func(t *testing.T) {
			a, err := Load(readFile(t, c.file), c.lang)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Build(a, c.lang)
			if err != nil {
				t.Fatal(err)
			}
			got := flatten(d)
			path := filepath.Join("..", "..", "testdata", "draft", "golden", c.golden)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/draft -run TestGoldenClauseText -update)", err)
			}
			if got != string(want) {
				t.Errorf("the clause text changed; review the diff and run with -update:\n%s", firstDiff(string(want), got))
			}
		})
	}
}

// firstDiff shows the first line where two texts differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range max(len(w), len(g)) {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\nwant: %s\n got: %s", i+1, a, b)
		}
	}
	return ""
}
