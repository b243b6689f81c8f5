package review

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// probesDir holds one-clause probes written from knowledge of how
// agreements are worded, by writers who saw neither the lexicons nor the
// corpora (testdata/probes/README.md).
const probesDir = "../../testdata/probes"

type probe struct {
	Item   string `json:"item"`
	Expect string `json:"expect"` // "dealt" or "missing"
	Text   string `json:"text"`
	Why    string `json:"why"`
}

// TestProbes reviews every probe as a document of its own (a title line
// and the clause) and checks how many the engine reads as the writer did:
// clauses that deal with an item, and look-alikes that do not. The floors
// are the scores at the end of round 17 less about two points, so that a
// change that loses a class of expression fails here, while the per-item
// lines (go test -v) show where the engine still misses. en-smallbiz,
// he-smallbiz, en-mixed and he-mixed are held out: scored, never read.
func TestProbes(t *testing.T) {
	e := newTestEngine(t)
	for _, set := range []struct {
		name, lang              string
		floorDealt, floorLookal float64
	}{
		{"en", "en", 0.91, 0.93},
		{"he", "he", 0.89, 0.90},
		{"en-smallbiz", "en", 0.81, 0.88},
		{"he-consumer", "he", 0.88, 0.81},
		{"en-more", "en", 0.86, 0.89},
		{"he-more", "he", 0.83, 0.92},
		{"he-smallbiz", "he", 0.72, 0.84},
		{"en-smallbiz-read", "en", 0.90, 0.88},
		{"he-smallbiz-read", "he", 0.86, 0.84},
		{"en-formal", "en", 0.90, 0.93},
		{"he-formal", "he", 0.91, 0.89},
		{"en-mixed", "en", 0.73, 0.86},
		{"he-mixed", "he", 0.77, 0.78},
	} {
		probes := readProbes(t, filepath.Join(probesDir, set.name+".jsonl"))
		title := "Agreement"
		if set.lang == "he" {
			title = "הסכם"
		}
		type tally struct{ dealt, dealtOK, missing, missingOK int }
		per := map[string]*tally{}
		var all tally
		for _, p := range probes {
			rep := review(t, e, title+"\n\n"+p.Text+"\n")
			got := itemOf(rep, p.Item).Status != Missing
			c := per[p.Item]
			if c == nil {
				c = &tally{}
				per[p.Item] = c
			}
			for _, x := range []*tally{c, &all} {
				if p.Expect == "dealt" {
					x.dealt++
					if got {
						x.dealtOK++
					}
				} else {
					x.missing++
					if !got {
						x.missingOK++
					}
				}
			}
		}
		items := make([]string, 0, len(per))
		for it := range per {
			items = append(items, it)
		}
		sort.Strings(items)
		for _, it := range items {
			c := per[it]
			t.Logf("%s %-22s dealt %2d/%2d  look-alikes %2d/%2d", set.name, it, c.dealtOK, c.dealt, c.missingOK, c.missing)
		}
		dealt := float64(all.dealtOK) / float64(all.dealt)
		missing := float64(all.missingOK) / float64(all.missing)
		t.Logf("%s: dealt %d/%d (%.1f%%), look-alikes %d/%d (%.1f%%)", set.name, all.dealtOK, all.dealt, 100*dealt, all.missingOK, all.missing, 100*missing)
		if dealt < set.floorDealt || missing < set.floorLookal {
			t.Errorf("%s probes: dealt %.1f%% (floor %.0f%%), look-alikes %.1f%% (floor %.0f%%)", set.name, 100*dealt, 100*set.floorDealt, 100*missing, 100*set.floorLookal)
		}
	}
}

func readProbes(t *testing.T, path string) []probe {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []probe
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var p probe
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		if p.Expect != "dealt" && p.Expect != "missing" {
			t.Fatalf("%s:%d: expect %q, want dealt or missing", path, n, p.Expect)
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatalf("%s: no probes", path)
	}
	return out
}
