package review

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestProbe prints what the engine sees in HESKEM_PROBE (text or @file).
func TestProbe(t *testing.T) {
	src := os.Getenv("HESKEM_PROBE")
	if src == "" {
		t.Skip()
	}
	if f, ok := strings.CutPrefix(src, "@"); ok {
		src = readFile(t, f)
	}
	only := os.Getenv("HESKEM_ITEM")
	e := newTestEngine(t)
	doc := debugDoc(t, e, src)
	for i, c := range doc.clauses {
		q, _, _ := doc.quote(c.start, c.end)
		var hs []string
		for _, h := range c.hits {
			gi := e.ginfo[h.group]
			name := e.lex.groups[h.group]
			if gi.item < 0 && !strings.HasPrefix(name, "signal") {
				continue
			}
			if only != "" && !strings.Contains(name, only) {
				continue
			}
			neg := ""
			if h.neg {
				neg = "!"
			}
			hs = append(hs, fmt.Sprintf("%s%s=%q", neg, strings.TrimPrefix(name, "item/"), string(doc.norm.Runes[h.start:h.end])))
		}
		fmt.Printf("[%d] sec=%q kind=%d head=%v title=%d words=%d feat=%b par=%v\n   %s\n   %s\n", i, c.section, c.kind, c.heading, c.titleEnd, c.words, c.feat, c.parents, q, strings.Join(hs, " "))
	}
	rep := buildRep(e, doc)
	for _, s := range rep.Steps {
		for _, it := range s.Items {
			if only == "" || it.ID == only {
				fmt.Printf("%s: %s %v\n", it.ID, it.Status, it.Missing)
			}
		}
	}
	for _, it := range rep.Protections {
		if only == "" || it.ID == only {
			fmt.Printf("%s: %s %v\n", it.ID, it.Status, it.Missing)
		}
	}
}

func buildRep(e *Engine, doc *document) *Report { return e.buildReport(doc) }
