package docx

import (
	"strconv"
	"strings"
)

// xVal is the common WordprocessingML element with one w:val attribute.
type xVal struct {
	Val string `xml:"val,attr"`
}

type xNumPr struct {
	Ilvl  *xVal `xml:"ilvl"`
	NumID *xVal `xml:"numId"`
}

type xStyles struct {
	Styles []xStyle `xml:"style"`
}

type xStyle struct {
	Type    string `xml:"type,attr"`
	ID      string `xml:"styleId,attr"`
	Default string `xml:"default,attr"`
	Name    xVal   `xml:"name"`
	BasedOn *xVal  `xml:"basedOn"`
	PPr     struct {
		OutlineLvl *xVal   `xml:"outlineLvl"`
		NumPr      *xNumPr `xml:"numPr"`
	} `xml:"pPr"`
}

// style is what we keep of a paragraph or numbering style.
type style struct {
	name       string // lower case
	basedOn    string
	outlineLvl int    // -1 when not set
	numID      string // "" when not set
	ilvl       int    // -1 when not set
}

// styles maps style ids to styles; the "" key holds the default paragraph
// style id, if any, under defaultKey.
type styles map[string]style

const defaultKey = "\x00default"

func (p *pkg) readStyles(name string) (styles, error) {
	var xs xStyles
	if err := p.unmarshal(name, &xs); err != nil {
		return nil, err
	}
	st := make(styles, len(xs.Styles)+1)
	for _, x := range xs.Styles {
		s := style{name: strings.ToLower(strings.TrimSpace(x.Name.Val)), outlineLvl: -1, ilvl: -1}
		if x.BasedOn != nil {
			s.basedOn = x.BasedOn.Val
		}
		if x.PPr.OutlineLvl != nil {
			if v, err := strconv.Atoi(x.PPr.OutlineLvl.Val); err == nil {
				s.outlineLvl = v
			}
		}
		if np := x.PPr.NumPr; np != nil {
			if np.NumID != nil {
				s.numID = np.NumID.Val
			}
			if np.Ilvl != nil {
				if v, err := strconv.Atoi(np.Ilvl.Val); err == nil {
					s.ilvl = v
				}
			}
		}
		st[x.ID] = s
		if x.Default == "1" || x.Default == "true" {
			if x.Type == "paragraph" || x.Type == "" {
				st[defaultKey] = style{name: x.ID}
			}
		}
	}
	return st, nil
}

// maxChain bounds basedOn chains, which a hostile file can make circular.
const maxChain = 16

// chain calls fn for the style id and its ancestors until fn returns true.
func (st styles) chain(id string, fn func(style) bool) {
	if id == "" {
		if d, ok := st[defaultKey]; ok {
			id = d.name
		}
	}
	for i := 0; id != "" && i < maxChain; i++ {
		s, ok := st[id]
		if !ok || fn(s) {
			return
		}
		id = s.basedOn
	}
}

// headingLevel returns the heading level (1-9) that style id gives its
// paragraphs, or 0.
func (st styles) headingLevel(id string) int {
	level := 0
	st.chain(id, func(s style) bool {
		if s.outlineLvl >= 0 {
			if s.outlineLvl <= 8 {
				level = s.outlineLvl + 1
			}
			return true // 9 is "body text": an explicit no
		}
		if n, ok := headingName(s.name); ok {
			level = n
			return true
		}
		return false
	})
	return level
}

// headingName recognizes the built-in names "heading 1".."heading 9" and
// "title" (also the ids "Heading1", "Title" used as names by some writers).
func headingName(name string) (int, bool) {
	name = strings.ReplaceAll(name, " ", "")
	if name == "title" {
		return 1, true
	}
	if rest, ok := strings.CutPrefix(name, "heading"); ok && len(rest) == 1 && rest[0] >= '1' && rest[0] <= '9' {
		return int(rest[0] - '0'), true
	}
	return 0, false
}

// numbering returns the numbering a style gives its paragraphs: the numId
// and level from the nearest style in the chain that sets them.
func (st styles) numbering(id string) (numID string, ilvl int) {
	ilvl = -1
	st.chain(id, func(s style) bool {
		if ilvl < 0 && s.ilvl >= 0 {
			ilvl = s.ilvl
		}
		if s.numID != "" {
			numID = s.numID
			return true
		}
		return false
	})
	return numID, ilvl
}
