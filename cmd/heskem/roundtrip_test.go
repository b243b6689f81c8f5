package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDraftRoundTrip is the promise of drafting: every example and test
// agreement, written as DOCX and as PDF by `heskem draft` and read back by
// `heskem review`, evaluates at 100 with every item and protection present
// and no clarity finding.
func TestDraftRoundTrip(t *testing.T) {
	if _, _, err := fontsForTest(); err != nil {
		t.Skipf("PDF fonts missing: %v", err)
	}
	dir := t.TempDir()
	var files []string
	for _, lang := range []string{"he", "en"} {
		code, out, stderr := runCLI(t, nil, "draft", "--example", lang)
		if code != 0 {
			t.Fatalf("example %s: %s", lang, stderr)
		}
		p := filepath.Join(dir, "example-"+lang+".yaml")
		os.WriteFile(p, []byte(out), 0o644)
		files = append(files, p)
	}
	more, _ := filepath.Glob(fixture("draft", "*.yaml"))
	files = append(files, more...)
	for _, src := range files {
		name := strings.TrimSuffix(filepath.Base(src), ".yaml")
		for _, ext := range []string{".docx", ".pdf"} {
			t.Run(name+ext, func(t *testing.T) {
				if ext == ".pdf" && !haveTool(t, "pdftotext", "poppler-utils") {
					return
				}
				doc := filepath.Join(dir, name+ext)
				if code, _, stderr := runCLI(t, nil, "draft", src, "-o", doc); code != 0 {
					t.Fatalf("draft: exit %d: %s", code, stderr)
				}
				code, out, stderr := runCLI(t, nil, "review", "--format", "json", doc)
				if code != 0 {
					t.Fatalf("review: exit %d: %s", code, stderr)
				}
				var rep struct {
					Score int
					Steps []struct {
						Items []struct{ ID, Status string }
					}
					Protections []struct{ ID, Status string }
					Findings    []struct{ Kind, Text, Message string }
				}
				if err := json.Unmarshal([]byte(out), &rep); err != nil {
					t.Fatal(err)
				}
				if rep.Score != 100 {
					t.Errorf("score = %d, want 100", rep.Score)
				}
				for _, s := range rep.Steps {
					for _, it := range s.Items {
						if it.Status != "present" {
							t.Errorf("%s is %s", it.ID, it.Status)
						}
					}
				}
				for _, p := range rep.Protections {
					if p.Status != "present" {
						t.Errorf("protection %s is %s", p.ID, p.Status)
					}
				}
				for _, f := range rep.Findings {
					t.Errorf("finding %s %q: %s", f.Kind, f.Text, f.Message)
				}
			})
		}
	}
}
