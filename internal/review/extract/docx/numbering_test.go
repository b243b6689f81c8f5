package docx

import (
	"testing"

	"github.com/heskem/heskem/internal/review/extract/listnum"
)

func testDefs(levels ...level) *numberingDefs {
	a := &abstractDef{}
	for i := range a.levels {
		a.levels[i] = defaultLevel(i)
	}
	copy(a.levels[:], levels)
	return &numberingDefs{
		abstracts: map[string]*abstractDef{"0": a},
		nums: map[string]*numDef{
			"1": {abstractID: "0", starts: map[int]int{}, levels: map[int]level{}},
			"2": {abstractID: "0", starts: map[int]int{0: 7}, levels: map[int]level{}},
		},
	}
}

func lvl(style listnum.Style, text string) level {
	return level{start: 1, style: style, text: text, restart: -1, suffix: " "}
}

// TestNumbererSequence walks a legal numbering through levels and checks
// each label, including restarts of deeper levels and Hebrew letters.
func TestNumbererSequence(t *testing.T) {
	legal := testDefs(lvl(listnum.Decimal, "%1."), lvl(listnum.Decimal, "%1.%2"), lvl(listnum.Hebrew1, "(%3)"))
	steps := []struct {
		num  string
		ilvl int
		want string
	}{
		{"1", 0, "1. "},
		{"1", 1, "1.1 "},
		{"1", 1, "1.2 "},
		{"1", 2, "(א) "},
		{"1", 2, "(ב) "},
		{"1", 0, "2. "},
		{"1", 2, "(א) "}, // level 2 restarted; level 1 not started shows its start
		{"1", 1, "2.1 "},
		{"2", 0, "7. "}, // startOverride on first use of instance 2
		{"2", 1, "7.1 "},
		{"1", 0, "8. "}, // instances of one abstract list share counters
		{"0", 0, ""},    // numId 0: numbering off
		{"9", 0, ""},    // unknown instance
		{"1", 12, ""},   // level out of range
	}
	nb := newNumberer(legal, styles{})
	for i, s := range steps {
		if got := nb.next(s.num, s.ilvl); got != s.want {
			t.Errorf("step %d next(%s,%d) = %q, want %q", i, s.num, s.ilvl, got, s.want)
		}
	}
}

func TestNumbererLevelOptions(t *testing.T) {
	noRestart := lvl(listnum.LowerRoman, "%2)")
	noRestart.restart = 0
	legalLvl := lvl(listnum.Decimal, "%1.%2.%3")
	legalLvl.legal = true
	nothing := lvl(listnum.UpperLetter, "%1")
	nothing.suffix = ""
	tests := []struct {
		name   string
		levels []level
		seq    []int
		want   []string
	}{
		{"no restart", []level{lvl(listnum.Decimal, "%1."), noRestart}, []int{0, 1, 1, 0, 1}, []string{"1. ", "i) ", "ii) ", "2. ", "iii) "}},
		{"isLgl shows upper levels in decimal", []level{lvl(listnum.UpperRoman, "%1."), lvl(listnum.LowerLetter, "%2"), legalLvl},
			[]int{0, 0, 1, 2}, []string{"I. ", "II. ", "a ", "2.1.1 "}},
		{"suffix nothing", []level{nothing}, []int{0, 0}, []string{"A", "B"}},
		{"bullet", []level{lvl(listnum.Bullet, "\uF0B7")}, []int{0}, []string{""}},
		{"hebrew2", []level{lvl(listnum.Hebrew2, "%1.")}, []int{0, 0, 0}, []string{"א. ", "ב. ", "ג. "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nb := newNumberer(testDefs(tt.levels...), styles{})
			for i, ilvl := range tt.seq {
				if got := nb.next("1", ilvl); got != tt.want[i] {
					t.Errorf("step %d: %q, want %q", i, got, tt.want[i])
				}
			}
		})
	}
}

func TestHeadingLevelFromStyles(t *testing.T) {
	st := styles{
		"Normal":   {name: "normal", outlineLvl: -1, ilvl: -1},
		"1":        {name: "heading 1", basedOn: "Normal", outlineLvl: -1, ilvl: -1},
		"Title":    {name: "title", outlineLvl: -1, ilvl: -1},
		"Annex":    {name: "annex", basedOn: "Normal", outlineLvl: 1, ilvl: -1},
		"SubAnnex": {name: "sub annex", basedOn: "Annex", outlineLvl: -1, ilvl: -1},
		"Body":     {name: "heading 2", outlineLvl: 9, ilvl: -1}, // outline level 9 = body text
		"LoopA":    {name: "a", basedOn: "LoopB", outlineLvl: -1, ilvl: -1},
		"LoopB":    {name: "b", basedOn: "LoopA", outlineLvl: -1, ilvl: -1},
	}
	tests := map[string]int{"Normal": 0, "1": 1, "Title": 1, "Annex": 2, "SubAnnex": 2, "Body": 0, "LoopA": 0, "missing": 0}
	for id, want := range tests {
		if got := st.headingLevel(id); got != want {
			t.Errorf("headingLevel(%q) = %d, want %d", id, got, want)
		}
	}
}
