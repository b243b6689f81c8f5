package docgen

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"
)

// docxPackage is a DOCX opened for checking: every part's bytes and its
// parsed element tree.
type docxPackage struct {
	files map[string][]byte
	trees map[string]*node
}

// node is a parsed XML element.
type node struct {
	name     xml.Name
	attrs    []xml.Attr
	children []*node
	text     string
}

func (n *node) attr(local string) string {
	for _, a := range n.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// all returns every descendant element (n included) with the local name.
func (n *node) all(local string) []*node {
	var out []*node
	var walk func(*node)
	walk = func(m *node) {
		if m.name.Local == local {
			out = append(out, m)
		}
		for _, c := range m.children {
			walk(c)
		}
	}
	walk(n)
	return out
}

func (n *node) child(local string) *node {
	for _, c := range n.children {
		if c.name.Local == local {
			return c
		}
	}
	return nil
}

// parseXML parses a part strictly; any well-formedness error is returned.
func parseXML(data []byte) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	var stack []*node
	var root *node
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{name: t.Name, attrs: t.Attr}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.children = append(p.children, n)
			} else if root == nil {
				root = n
			} else {
				return nil, fmt.Errorf("second root element %s", t.Name.Local)
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text += string(t)
			}
		}
	}
	if root == nil {
		return nil, fmt.Errorf("no root element")
	}
	return root, nil
}

// openDOCX unzips data and parses every XML part.
func openDOCX(data []byte) (*docxPackage, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("not a zip: %w", err)
	}
	p := &docxPackage{files: map[string][]byte{}, trees: map[string]*node{}}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		p.files[f.Name] = b
		if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
			t, err := parseXML(b)
			if err != nil {
				return nil, fmt.Errorf("%s is not well-formed XML: %w", f.Name, err)
			}
			p.trees[f.Name] = t
		}
	}
	return p, nil
}

// checkPackage checks the Open Packaging Conventions: content types cover
// every part, and every relationship's target exists.
func (p *docxPackage) checkPackage() []string {
	var problems []string
	ct := p.trees["[Content_Types].xml"]
	if ct == nil {
		return []string{"no [Content_Types].xml"}
	}
	defaults, overrides := map[string]bool{}, map[string]bool{}
	for _, c := range ct.children {
		switch c.name.Local {
		case "Default":
			defaults[c.attr("Extension")] = true
		case "Override":
			overrides[c.attr("PartName")] = true
			if _, ok := p.files[strings.TrimPrefix(c.attr("PartName"), "/")]; !ok {
				problems = append(problems, "content type override for missing part "+c.attr("PartName"))
			}
		}
	}
	for name := range p.files {
		if name == "[Content_Types].xml" {
			continue
		}
		if !overrides["/"+name] && !defaults[strings.TrimPrefix(path.Ext(name), ".")] {
			problems = append(problems, "no content type for "+name)
		}
	}
	for name, t := range p.trees {
		if !strings.HasSuffix(name, ".rels") {
			continue
		}
		// word/_rels/document.xml.rels targets are relative to word/.
		base := path.Dir(path.Dir(name))
		for _, r := range t.all("Relationship") {
			if r.attr("TargetMode") == "External" {
				continue
			}
			target := path.Join(base, r.attr("Target"))
			if _, ok := p.files[target]; !ok {
				problems = append(problems, fmt.Sprintf("%s: relationship %s targets missing %s", name, r.attr("Id"), target))
			}
		}
	}
	return problems
}

// schemaOrder is the child order the WordprocessingML schema requires for
// the property elements we write (ECMA-376 Part 1, transitional); Word
// reports a file as corrupt when it is broken.
var schemaOrder = map[string][]string{
	"pPr": {"pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
		"suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
		"overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
		"snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
		"textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
		"sectPr", "pPrChange"},
	"rPr": {"rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
		"shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
		"w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
		"vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"},
	"sectPr": {"headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
		"paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
		"titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"},
	"tblPr": {"tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
		"tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook"},
	"tcPr": {"cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
		"textDirection", "tcFitText", "vAlign", "hideMark"},
	"lvl": {"start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlPicBulletId",
		"legacy", "lvlJc", "pPr", "rPr"},
	"abstractNum": {"nsid", "multiLevelType", "tmpl", "name", "styleLink", "numStyleLink", "lvl"},
	"style": {"name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority",
		"semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose",
		"personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr"},
	"settings": {"writeProtection", "view", "zoom", "removePersonalInformation", "defaultTabStop",
		"characterSpacingControl", "compat", "themeFontLang", "decimalSymbol", "listSeparator"},
	"tbl":       {"tblPr", "tblGrid", "tr"},
	"numbering": {"abstractNum", "num"},
	"styles":    {"docDefaults", "latentStyles", "style"},
	"body":      {"p", "tbl", "sectPr"},
}

// checkOrder reports property children out of schema order, and children
// the table does not know, in every part.
func (p *docxPackage) checkOrder() []string {
	var problems []string
	for name, t := range p.trees {
		var walk func(*node)
		walk = func(n *node) {
			if order, ok := schemaOrder[n.name.Local]; ok && n.name.Space == wNS {
				last := -1
				for _, c := range n.children {
					i := slices.Index(order, c.name.Local)
					if i < 0 {
						problems = append(problems, fmt.Sprintf("%s: <%s> has unexpected child <%s>", name, n.name.Local, c.name.Local))
						continue
					}
					// body alternates p and tbl; only sectPr must be last.
					if n.name.Local == "body" && c.name.Local != "sectPr" {
						i = 0
					}
					if i < last {
						problems = append(problems, fmt.Sprintf("%s: <%s> child <%s> out of schema order", name, n.name.Local, c.name.Local))
					}
					last = i
				}
			}
			for _, c := range n.children {
				walk(c)
			}
		}
		walk(t)
	}
	slices.Sort(problems)
	return problems
}

const wNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
