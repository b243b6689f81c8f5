package review

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden JSON reports in testdata/")

// TestGolden compares the full JSON report of each document in testdata/
// with its golden file. Run `go test ./internal/review -run TestGolden
// -update` after an intended change and review the diff.
func TestGolden(t *testing.T) {
	e := newTestEngine(t)
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := e.Review(context.Background(), Input{Name: filepath.Base(f), Text: string(text)})
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(rep, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("report differs from %s; run with -update and review the diff", golden)
			}
		})
	}
}

// TestDocsExample keeps the example in docs/review-json.md equal to the
// engine's real output for testdata/he-short.txt.
func TestDocsExample(t *testing.T) {
	doc, err := os.ReadFile("../../docs/review-json.md")
	if err != nil {
		t.Skip("docs/review-json.md not present")
	}
	golden, err := os.ReadFile("testdata/he-short.golden.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(doc, golden) {
		t.Error("the JSON example in docs/review-json.md is not the current report for testdata/he-short.txt; regenerate it")
	}
}
