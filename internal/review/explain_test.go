package review

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestExplain prints, for one document and one item, every clause the
// item's cues touch: its hits by family, its score and whether it is
// eligible. It is a tool for reading a disagreement with a label, run by
// hand: HESKEM_EXPLAIN=path/to/doc.txt:item go test -run TestExplain -v.
func TestExplain(t *testing.T) {
	arg := os.Getenv("HESKEM_EXPLAIN")
	path, id, ok := strings.Cut(arg, ":")
	if !ok {
		t.Skip("set HESKEM_EXPLAIN=file.txt:item to explain one item's decision")
	}
	it := itemIndex(id)
	if it < 0 {
		t.Fatalf("unknown item %q", id)
	}
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	e := newTestEngine(t)
	doc, err := e.analyze(context.Background(), Input{Name: path, Text: string(text)})
	if err != nil {
		t.Fatal(err)
	}
	titles, soft := e.clauseTitles(doc)
	fam := []string{"none", "heading", "strong", "weak", "negative", "exclusion", "check", "pairA", "pairB", "sense", "softHeading"}
	ps := pairScratch{ordered: &e.ordered}
	for i := range doc.clauses {
		c := &doc.clauses[i]
		var cc clauseCues
		e.scoreClause(doc, i, titles, soft, &cc, &ps)
		var hs []string
		for _, h := range c.hits {
			gi := e.ginfo[h.group]
			if int(gi.item) != it {
				continue
			}
			s := fam[gi.family] + ":" + string(doc.norm.Runes[h.start:h.stop()])
			if h.neg {
				s += "(neg)"
			}
			hs = append(hs, s)
		}
		under := titles[i]&(1<<uint(it)) != 0
		for _, p := range c.parents {
			under = under || titles[p]&(1<<uint(it)) != 0
		}
		if len(hs) == 0 && cc.score[it] == 0 && !under {
			continue
		}
		line := string(doc.norm.Runes[c.start:c.end])
		if len(line) > 160 {
			line = line[:160] + "…"
		}
		var fs []string
		for k, name := range featureNames {
			if c.feat.has(1 << uint(k)) {
				fs = append(fs, name)
			}
		}
		t.Logf("[%d] %s score=%.2f eligible=%v heading=%v under=%v excluded=%v\n    %s\n    %s\n    features=%v checks=%b structure=%.2f", i, c.section, cc.score[it], eligible(c), c.heading, under, cc.excluded&(1<<uint(it)) != 0, line, strings.Join(hs, " | "), fs, cc.checks[it], e.structureBonus(it, c.feat, &cc, 1<<uint(it)))
	}
	t.Logf("decision: %s missing=%v", doc.results[it].status, doc.results[it].missing)
}

// featureNames are the clause features in bit order, for TestExplain.
var featureNames = [...]string{"amount", "percent", "date", "duration", "email", "phone", "payform", "placeholder", "vague", "dates2", "personalEmail", "address", "taxed", "hours", "serviceLine"}
