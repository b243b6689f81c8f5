package docx

import (
	"strconv"
	"strings"

	"github.com/heskem/heskem/internal/review/extract/listnum"
)

type xNumbering struct {
	Abstract []xAbstract `xml:"abstractNum"`
	Nums     []xNum      `xml:"num"`
}

type xAbstract struct {
	ID           string `xml:"abstractNumId,attr"`
	NumStyleLink *xVal  `xml:"numStyleLink"`
	Lvls         []xLvl `xml:"lvl"`
}

type xLvl struct {
	Ilvl       string    `xml:"ilvl,attr"`
	Start      *xVal     `xml:"start"`
	NumFmt     *xVal     `xml:"numFmt"`
	LvlText    *xVal     `xml:"lvlText"`
	LvlRestart *xVal     `xml:"lvlRestart"`
	IsLgl      *struct{} `xml:"isLgl"`
	Suff       *xVal     `xml:"suff"`
	PStyle     *xVal     `xml:"pStyle"`
}

type xNum struct {
	ID         string `xml:"numId,attr"`
	AbstractID xVal   `xml:"abstractNumId"`
	Overrides  []struct {
		Ilvl          string `xml:"ilvl,attr"`
		StartOverride *xVal  `xml:"startOverride"`
		Lvl           *xLvl  `xml:"lvl"`
	} `xml:"lvlOverride"`
}

// maxLevels is the number of list levels WordprocessingML defines.
const maxLevels = 9

// level is one resolved list level.
type level struct {
	start   int
	style   listnum.Style
	text    string // lvlText, with %1..%9 placeholders
	restart int    // lvlRestart: -1 default (after any higher level), 0 never, else 1-based level
	legal   bool   // isLgl: show every placeholder in decimal
	suffix  string // what separates the label from the text
	pStyle  string
}

type abstractDef struct {
	levels    [maxLevels]level
	styleLink string
}

type numDef struct {
	abstractID string
	starts     map[int]int // startOverride per level
	levels     map[int]level
}

type numberingDefs struct {
	abstracts map[string]*abstractDef
	nums      map[string]*numDef
}

func (p *pkg) readNumbering(name string) (*numberingDefs, error) {
	var xn xNumbering
	if err := p.unmarshal(name, &xn); err != nil {
		return nil, err
	}
	defs := &numberingDefs{abstracts: map[string]*abstractDef{}, nums: map[string]*numDef{}}
	for _, xa := range xn.Abstract {
		a := &abstractDef{}
		for i := range a.levels {
			a.levels[i] = defaultLevel(i)
		}
		if xa.NumStyleLink != nil {
			a.styleLink = xa.NumStyleLink.Val
		}
		for _, xl := range xa.Lvls {
			if i, err := strconv.Atoi(xl.Ilvl); err == nil && i >= 0 && i < maxLevels {
				a.levels[i] = parseLevel(xl, a.levels[i])
			}
		}
		defs.abstracts[xa.ID] = a
	}
	for _, x := range xn.Nums {
		n := &numDef{abstractID: x.AbstractID.Val, starts: map[int]int{}, levels: map[int]level{}}
		for _, o := range x.Overrides {
			i, err := strconv.Atoi(o.Ilvl)
			if err != nil || i < 0 || i >= maxLevels {
				continue
			}
			if o.StartOverride != nil {
				if v, err := strconv.Atoi(o.StartOverride.Val); err == nil {
					n.starts[i] = v
				}
			}
			if o.Lvl != nil {
				base := defaultLevel(i)
				if a := defs.abstracts[n.abstractID]; a != nil {
					base = a.levels[i]
				}
				n.levels[i] = parseLevel(*o.Lvl, base)
			}
		}
		defs.nums[x.ID] = n
	}
	return defs, nil
}

func defaultLevel(i int) level {
	return level{start: 1, style: listnum.Decimal, text: "%" + strconv.Itoa(i+1) + ".", restart: -1, suffix: " "}
}

func parseLevel(x xLvl, l level) level {
	if x.Start != nil {
		if v, err := strconv.Atoi(x.Start.Val); err == nil {
			l.start = v
		}
	}
	if x.NumFmt != nil {
		l.style = listnum.ParseWord(x.NumFmt.Val)
	}
	if x.LvlText != nil {
		l.text = x.LvlText.Val
	}
	if x.LvlRestart != nil {
		if v, err := strconv.Atoi(x.LvlRestart.Val); err == nil {
			l.restart = v
		}
	}
	l.legal = x.IsLgl != nil
	if x.Suff != nil {
		// A tab after the number becomes one space: the review engine wants
		// "1.1 text", not layout.
		if x.Suff.Val == "nothing" {
			l.suffix = ""
		} else {
			l.suffix = " "
		}
	}
	if x.PStyle != nil {
		l.pStyle = x.PStyle.Val
	}
	return l
}

// numberer keeps the list counters while the document is read in order.
// Counters belong to the abstract definition, so that several w:num
// instances of one list continue each other, as Word displays them; a
// startOverride restarts the level the first time its instance is used.
type numberer struct {
	defs     *numberingDefs
	styles   styles
	counters map[string]*[maxLevels]int
	started  map[string]*[maxLevels]bool
	seen     map[string]bool // instances already used
}

func newNumberer(defs *numberingDefs, st styles) *numberer {
	if defs == nil {
		defs = &numberingDefs{abstracts: map[string]*abstractDef{}, nums: map[string]*numDef{}}
	}
	return &numberer{defs: defs, styles: st, counters: map[string]*[maxLevels]int{},
		started: map[string]*[maxLevels]bool{}, seen: map[string]bool{}}
}

// abstractFor follows a num instance to its abstract definition, through
// numStyleLink indirections (bounded: a hostile file can loop them).
func (nb *numberer) abstractFor(n *numDef) (string, *abstractDef) {
	id := n.abstractID
	for i := 0; i < maxChain; i++ {
		a := nb.defs.abstracts[id]
		if a == nil || a.styleLink == "" {
			return id, a
		}
		linked, _ := nb.styles.numbering(a.styleLink)
		ln := nb.defs.nums[linked]
		if ln == nil || ln.abstractID == id {
			return id, a
		}
		id = ln.abstractID
	}
	return id, nb.defs.abstracts[id]
}

// next advances the counter of list numID at level ilvl and returns the
// label to show with its suffix ("1.1 "), or "" for bullets, unknown lists
// and numId 0 (which switches numbering off).
func (nb *numberer) next(numID string, ilvl int) string {
	n := nb.defs.nums[numID]
	if n == nil || ilvl < 0 || ilvl >= maxLevels {
		return ""
	}
	absID, a := nb.abstractFor(n)
	if a == nil {
		return ""
	}
	levels := a.levels
	for i, l := range n.levels {
		levels[i] = l
	}
	cnt, ok := nb.counters[absID]
	if !ok {
		cnt = new([maxLevels]int)
		nb.counters[absID] = cnt
		nb.started[absID] = new([maxLevels]bool)
	}
	started := nb.started[absID]
	if !nb.seen[numID] {
		nb.seen[numID] = true
		for i, v := range n.starts {
			cnt[i], started[i] = v-1, true
		}
	}
	if started[ilvl] {
		cnt[ilvl]++
	} else {
		cnt[ilvl], started[ilvl] = levels[ilvl].start, true
	}
	for d := ilvl + 1; d < maxLevels; d++ {
		r := levels[d].restart
		if r < 0 || (r > 0 && ilvl < r) {
			started[d] = false
		}
	}
	cur := levels[ilvl]
	if cur.style == listnum.Bullet {
		return ""
	}
	var b strings.Builder
	text := cur.text
	for i := 0; i < len(text); i++ {
		if text[i] == '%' && i+1 < len(text) && text[i+1] >= '1' && text[i+1] <= '9' {
			k := int(text[i+1] - '1')
			v := levels[k].start
			if started[k] {
				v = cnt[k]
			}
			st := levels[k].style
			if cur.legal && st != listnum.None {
				st = listnum.Decimal
			}
			if st != listnum.Bullet {
				b.WriteString(listnum.Format(v, st))
			}
			i++
			continue
		}
		b.WriteByte(text[i])
	}
	label := strings.TrimSpace(b.String())
	if label == "" {
		return ""
	}
	return label + cur.suffix
}
