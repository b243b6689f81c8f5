package review

import (
	"fmt"
	"os"
	"testing"
)

// TestDump prints the decisions for one file (development aid):
// HESKEM_DUMP=path go test -run TestDump ./internal/review/
func TestDump(t *testing.T) {
	path := os.Getenv("HESKEM_DUMP")
	if path == "" {
		t.Skip("HESKEM_DUMP not set")
	}
	e := newTestEngine(t)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rep := review(t, e, string(b))
	fmt.Println("score", rep.Score, rep.Verdict, rep.Document.Language)
	for _, s := range append(rep.Steps, Step{ID: "protections", Items: rep.Protections}) {
		for _, it := range s.Items {
			sec := ""
			for _, ev := range it.Evidence {
				sec += ev.Section + fmt.Sprint(ev.Cues) + " "
			}
			fmt.Printf("%-22s %-8s %v %s\n", it.ID, it.Status, it.Missing, sec)
		}
	}
	for _, f := range rep.Findings {
		fmt.Println("F", f.Kind, f.Text, f.Section)
	}
	if os.Getenv("HESKEM_DUMP_CLAUSES") != "" {
		doc := e.debugDoc(string(b))
		for i, c := range doc.clauses {
			s, _, _ := doc.quote(c.start, c.end)
			if len([]rune(s)) > 60 {
				s = string([]rune(s)[:60])
			}
			fmt.Printf("%3d k%d h%v d%d sec=%q par=%v %s\n", i, c.kind, c.heading, c.depth, c.section, c.parents, s)
		}
	}
}
