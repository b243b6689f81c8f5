package docx

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/heskem/heskem/internal/review/extract/textdoc"
)

// Namespaces whose w:t-like elements carry document text: WordprocessingML
// (Transitional and Strict) and Office Math.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMath    = "http://schemas.openxmlformats.org/officeDocument/2006/math"
	nsMathS   = "http://purl.oclc.org/ooxml/officeDocument/math"
)

// skippedElements hold no text the reader of the document sees: deleted and
// moved-away text, field instructions, property blocks, alternative
// content we read in its preferred form (mc:Choice) instead.
var skippedElements = map[string]bool{
	"del": true, "moveFrom": true, "delText": true, "instrText": true, "delInstrText": true,
	"Fallback": true, "rPr": true, "sectPr": true, "tblPr": true, "trPr": true, "tcPr": true,
	"sdtPr": true, "footnoteRef": true, "endnoteRef": true, "annotationRef": true,
	"commentReference": true, "endnoteReference": true,
}

// para is a paragraph being read.
type para struct {
	text        strings.Builder
	style       string
	numID       string // "" unset; "0" explicitly none
	ilvl        int
	outline     int // -1 unset
	markDeleted bool
}

// bodyParser reads document.xml and footnotes.xml token by token.
type bodyParser struct {
	ctx          context.Context
	styles       styles
	numbers      *numberer
	out          *textdoc.Collector
	footnoteRefs []string // footnote ids in reference order
	tokens       int
	// footnotes, by id, collected from footnotes.xml
	notes map[string][]textdoc.Block
}

// document parses the main document part.
func (bp *bodyParser) document(d *xml.Decoder) error {
	return bp.walk(d, bp.out.Add, nil)
}

// footnotes parses the footnotes part and emits the referenced footnotes
// in reference order.
func (bp *bodyParser) footnotes(d *xml.Decoder) error {
	bp.notes = map[string][]textdoc.Block{}
	var current string
	collect := func(b textdoc.Block) error {
		if current == "" {
			return nil
		}
		bp.notes[current] = append(bp.notes[current], b)
		return nil
	}
	onNote := func(start xml.StartElement) {
		current = ""
		if attrLocal(start, "type") == "" || attrLocal(start, "type") == "normal" {
			current = attrLocal(start, "id")
		}
	}
	if err := bp.walk(d, collect, onNote); err != nil {
		return err
	}
	for i, id := range bp.footnoteRefs {
		for j, b := range bp.notes[id] {
			if j == 0 {
				mark := "[" + strconv.Itoa(i+1) + "]"
				b.Number = mark
				b.Text = mark + " " + strings.TrimSpace(b.Text)
			}
			if err := bp.out.Add(b); err != nil {
				return err
			}
		}
	}
	return nil
}

// walk streams the tokens of a part, building paragraphs (a stack of them:
// text boxes put paragraphs inside paragraphs) and passing each finished
// block to emit. onNote, when set, is called at each w:footnote start.
func (bp *bodyParser) walk(d *xml.Decoder, emit func(textdoc.Block) error, onNote func(xml.StartElement)) error {
	var stack []*para
	var path []string // local names of open elements
	for {
		tok, err := d.Token()
		if err == io.EOF {
			if len(path) != 0 {
				return fmt.Errorf("%w: unexpected end of XML", textdoc.ErrCorrupt)
			}
			return nil
		}
		if err != nil {
			return err
		}
		if bp.tokens++; bp.tokens%4096 == 0 {
			if err := bp.ctx.Err(); err != nil {
				return err
			}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			local := t.Name.Local
			parent := ""
			if len(path) > 0 {
				parent = path[len(path)-1]
			}
			var cur *para
			if len(stack) > 0 {
				cur = stack[len(stack)-1]
			}
			if cur != nil && parent == "pPr" {
				if local == "rPr" {
					if err := bp.markDeletion(d, cur); err != nil {
						return err
					}
					continue
				}
				bp.paragraphProperty(t, cur)
			}
			if cur != nil && parent == "numPr" && len(path) >= 2 && path[len(path)-2] == "pPr" {
				bp.numberingProperty(t, cur)
			}
			if skippedElements[local] {
				if err := d.Skip(); err != nil {
					return err
				}
				continue
			}
			switch local {
			case "p":
				if isWord(t.Name.Space) {
					stack = append(stack, &para{outline: -1, ilvl: -1})
				}
			case "t":
				if cur != nil && (isWord(t.Name.Space) || t.Name.Space == nsMath || t.Name.Space == nsMathS) {
					s, err := charData(d)
					if err != nil {
						return err
					}
					cur.text.WriteString(s)
					continue // charData consumed the end element
				}
			case "tab":
				if cur != nil && parent == "r" {
					cur.text.WriteByte('\t')
				}
			case "br", "cr":
				if cur != nil && parent == "r" {
					cur.text.WriteByte('\n')
				}
			case "noBreakHyphen":
				if cur != nil {
					cur.text.WriteByte('-')
				}
			case "sym":
				if cur != nil {
					cur.text.WriteString(symbol(attrLocal(t, "char")))
				}
			case "footnoteReference":
				if id := attrLocal(t, "id"); id != "" {
					bp.footnoteRefs = append(bp.footnoteRefs, id)
				}
			case "footnote":
				if onNote != nil {
					onNote(t)
				}
			}
			path = append(path, local)
		case xml.EndElement:
			if len(path) == 0 {
				return fmt.Errorf("%w: unbalanced XML", textdoc.ErrCorrupt)
			}
			path = path[:len(path)-1]
			if t.Name.Local == "p" && isWord(t.Name.Space) && len(stack) > 0 {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if err := bp.finish(p, emit); err != nil {
					return err
				}
			}
		}
	}
}

func isWord(space string) bool { return space == nsW || space == nsWStrict }

// paragraphProperty reads the direct children of w:pPr we use.
func (bp *bodyParser) paragraphProperty(t xml.StartElement, p *para) {
	switch t.Name.Local {
	case "pStyle":
		p.style = attrLocal(t, "val")
	case "outlineLvl":
		if v, err := strconv.Atoi(attrLocal(t, "val")); err == nil {
			p.outline = v
		}
	}
}

func (bp *bodyParser) numberingProperty(t xml.StartElement, p *para) {
	switch t.Name.Local {
	case "numId":
		p.numID = attrLocal(t, "val")
	case "ilvl":
		if v, err := strconv.Atoi(attrLocal(t, "val")); err == nil {
			p.ilvl = v
		}
	}
}

// markDeletion reads the paragraph mark's run properties (pPr/rPr): a
// deleted mark means the paragraph was deleted as a tracked change.
func (bp *bodyParser) markDeletion(d *xml.Decoder, p *para) error {
	depth := 1
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 2 && (t.Name.Local == "del" || t.Name.Local == "moveFrom") {
				p.markDeleted = true
			}
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// finish computes a paragraph's number and heading level and emits it, one
// block per line.
func (bp *bodyParser) finish(p *para, emit func(textdoc.Block) error) error {
	text := p.text.String()
	empty := strings.TrimSpace(text) == ""
	if p.markDeleted && empty {
		return nil
	}
	numID, ilvl := p.numID, p.ilvl
	if numID == "" {
		var styleLvl int
		numID, styleLvl = bp.styles.numbering(p.style)
		if ilvl < 0 {
			ilvl = styleLvl
		}
		if ilvl < 0 && numID != "" {
			ilvl = bp.levelForStyle(numID, p.style)
		}
	}
	if ilvl < 0 {
		ilvl = 0
	}
	label := ""
	if numID != "" && numID != "0" {
		label = bp.numbers.next(numID, ilvl)
	}
	if empty {
		return nil
	}
	heading := 0
	switch {
	case p.outline >= 0 && p.outline <= 8:
		heading = p.outline + 1
	case p.outline < 0:
		heading = bp.styles.headingLevel(p.style)
	}
	for i, line := range strings.Split(text, "\n") {
		b := textdoc.Block{Text: line, Heading: heading}
		if i == 0 && label != "" {
			b.Number = strings.TrimSpace(label)
			b.Text = label + strings.TrimLeft(line, " \t")
		}
		if err := emit(b); err != nil {
			return err
		}
	}
	return nil
}

// levelForStyle finds the list level whose w:pStyle names style, for
// paragraphs numbered through their style without an explicit level.
func (bp *bodyParser) levelForStyle(numID, styleID string) int {
	n := bp.numbers.defs.nums[numID]
	if n == nil {
		return 0
	}
	_, a := bp.numbers.abstractFor(n)
	if a == nil {
		return 0
	}
	for i, l := range a.levels {
		if l.pStyle != "" && l.pStyle == styleID {
			return i
		}
	}
	return 0
}

// charData reads the text of the current element up to its end.
func charData(d *xml.Decoder) (string, error) {
	var b strings.Builder
	depth := 1
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return b.String(), nil
}

func attrLocal(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// symbol returns the character of a w:sym element: its w:char attribute is
// a hex code point, in the Private Use Area (F000+) for Symbol-font glyphs,
// which we map back to the ASCII range they shadow when printable.
func symbol(hex string) string {
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil {
		return ""
	}
	r := rune(v)
	if r >= 0xF020 && r <= 0xF07E {
		r -= 0xF000
	}
	if !utf8.ValidRune(r) || (r >= 0xE000 && r <= 0xF8FF) || r < 0x20 {
		return ""
	}
	return string(r)
}
