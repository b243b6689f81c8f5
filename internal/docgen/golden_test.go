package docgen

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/docgen")

// goldenDir holds the expected outputs, at the repository root.
var goldenDir = filepath.Join("..", "..", "testdata", "docgen")

// checkGolden compares got with the named golden file, or rewrites it with
// -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join(goldenDir, name)
	if *update {
		if err := os.MkdirAll(goldenDir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run Golden -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -run Golden -update rewrites it):\n%s", name, firstDiff(got, want))
	}
}

// firstDiff shows the first differing line.
func firstDiff(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl []byte
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if !bytes.Equal(gl, wl) {
			return "line " + strconv.Itoa(i+1) + ":\n got  " + string(gl) + "\n want " + string(wl)
		}
	}
	return "(no line differs)"
}

func TestGolden(t *testing.T) {
	he, en := sampleHebrew(), sampleEnglish()
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"he.txt", func(b *bytes.Buffer) error { return WriteText(b, he) }},
		{"en.txt", func(b *bytes.Buffer) error { return WriteText(b, en) }},
		{"he.md", func(b *bytes.Buffer) error { return WriteMarkdown(b, he) }},
		{"en.md", func(b *bytes.Buffer) error { return WriteMarkdown(b, en) }},
		{"pair.md", func(b *bytes.Buffer) error { return WriteMarkdown(b, he, en) }},
		{"he.html", func(b *bytes.Buffer) error { return WriteHTML(b, he) }},
		{"en.html", func(b *bytes.Buffer) error { return WriteHTML(b, en) }},
		{"pair.html", func(b *bytes.Buffer) error { return WriteHTML(b, he, en) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.write(&b); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tc.name, b.Bytes())
		})
	}
}
