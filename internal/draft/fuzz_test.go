package draft

import (
	"path/filepath"
	"testing"
)

// FuzzParse feeds the loader arbitrary bytes: it must never panic, must
// bound its report, and every file it accepts must build in its language.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../../testdata/draft/*.yaml")
	more, _ := filepath.Glob("../../testdata/draft/invalid/*.yaml")
	seeds = append(append(seeds, more...), "examples/he.yaml", "examples/en.yaml")
	for _, s := range seeds {
		f.Add(readFile(f, s))
	}
	f.Add([]byte("a: &x [*x]"))
	f.Add([]byte("format: heskem.agreement/v1\nlanguage: he\ntitle: {he: a, en: b}\n"))
	lib, err := NewLibrary()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, probs := Parse(data)
		if len(probs) > maxProblems {
			t.Fatalf("%d problems, more than the bound %d", len(probs), maxProblems)
		}
		for _, p := range probs {
			if p.Message == "" || p.Fix == "" || p.Line < 0 {
				t.Fatalf("incomplete problem %+v", p)
			}
		}
		if a == nil {
			if !probs.HasErrors() {
				t.Fatal("no agreement and no error")
			}
			return
		}
		if probs.HasErrors() {
			return
		}
		if _, err := lib.Build(a, a.Language); err != nil {
			t.Fatalf("a valid file does not build: %v", err)
		}
	})
}
