package docgen

import (
	"strconv"
	"strings"
)

// Page geometry in twentieths of a point (twips): A4 with 2 cm margins.
const (
	pageWidthTw  = 11906
	pageHeightTw = 16838
	marginTw     = 1134
	textWidthTw  = pageWidthTw - 2*marginTw
)

// para is a paragraph's properties, written in the schema's pPr order.
type para struct {
	style    string
	numID    int // 0: not numbered
	ilvl     int
	rtl      bool
	keepNext bool
	jc       string // "" inherits
}

// run is a run's formatting beyond the style.
type run struct {
	bold bool
}

// xw accumulates WordprocessingML.
type xw struct{ strings.Builder }

func (x *xw) pOpen(pp para) {
	x.WriteString("<w:p>")
	if pp == (para{}) {
		return
	}
	x.WriteString("<w:pPr>")
	if pp.style != "" {
		x.WriteString(`<w:pStyle w:val="` + pp.style + `"/>`)
	}
	if pp.keepNext {
		x.WriteString("<w:keepNext/>")
	}
	if pp.numID > 0 {
		x.WriteString(`<w:numPr><w:ilvl w:val="` + strconv.Itoa(pp.ilvl) + `"/><w:numId w:val="` + strconv.Itoa(pp.numID) + `"/></w:numPr>`)
	}
	if pp.rtl {
		x.WriteString("<w:bidi/>")
	}
	if pp.jc != "" {
		x.WriteString(`<w:jc w:val="` + pp.jc + `"/>`)
	}
	if pp.rtl {
		// The paragraph mark's run properties: the number of a numbered
		// right-to-left paragraph takes them.
		x.WriteString("<w:rPr><w:rtl/></w:rPr>")
	}
	x.WriteString("</w:pPr>")
}

// p writes a whole paragraph of text.
func (x *xw) p(pp para, text string, r run) {
	x.pOpen(pp)
	x.runs(text, pp.rtl, r)
	x.WriteString("</w:p>")
}

// runs writes text as runs of one direction each (see directionSegments):
// right-to-left runs get w:rtl so Word applies the complex-script font,
// size and bold to them.
func (x *xw) runs(text string, rtl bool, r run) {
	if text == "" {
		return
	}
	for _, s := range directionSegments(text, rtl) {
		x.run(s.text, s.rtl, r)
	}
}

func (x *xw) run(text string, rtl bool, r run) {
	x.WriteString("<w:r>")
	x.rPr(rtl, r)
	x.WriteString(`<w:t xml:space="preserve">`)
	x.WriteString(xmlText(text))
	x.WriteString("</w:t></w:r>")
}

// rPr writes run properties in schema order (b, bCs, …, rtl).
func (x *xw) rPr(rtl bool, r run) {
	if !rtl && !r.bold {
		return
	}
	x.WriteString("<w:rPr>")
	if r.bold {
		x.WriteString("<w:b/><w:bCs/>")
	}
	if rtl {
		x.WriteString("<w:rtl/>")
	}
	x.WriteString("</w:rPr>")
}

// field writes a complex field (PAGE, NUMPAGES) with a cached result that
// Word and LibreOffice replace when they lay out the page.
func (x *xw) field(instr string, rtl bool) {
	for _, part := range []string{
		`<w:fldChar w:fldCharType="begin"/>`,
		`<w:instrText xml:space="preserve"> ` + instr + ` </w:instrText>`,
		`<w:fldChar w:fldCharType="separate"/>`,
		`<w:t>1</w:t>`,
		`<w:fldChar w:fldCharType="end"/>`,
	} {
		x.WriteString("<w:r>")
		x.rPr(rtl, run{})
		x.WriteString(part)
		x.WriteString("</w:r>")
	}
}

// blockPara is the paragraph properties of a block, numbered with numID.
func blockPara(b block, rtl bool, numID int) (para, run) {
	pp := para{rtl: rtl}
	var r run
	switch b.kind {
	case kindTitle:
		pp.style = "Title"
	case kindSubtitle:
		pp.style = "Subtitle"
	case kindPartyIntro:
		pp.style, pp.keepNext = "PartyIntro", true
	case kindParty:
		pp.style = "Party"
	case kindPreamble:
		pp.style = "Preamble"
	case kindHeading:
		pp.style, pp.numID, pp.ilvl = "Heading1", numID, 0
	case kindClause:
		pp.style, pp.numID, pp.ilvl = "Clause"+strconv.Itoa(b.depth), numID, b.depth
	}
	return pp, r
}

// documentXML is word/document.xml.
func documentXML(ps []*prepared) string {
	var x xw
	x.Grow(512 * (len(ps[0].blocks) + 8) * len(ps))
	x.WriteString(xmlHeader)
	x.WriteString(`<w:document ` + nsW + ` ` + nsR + `><w:body>`)
	first := ps[0]
	if len(ps) == 1 {
		for _, b := range first.blocks {
			pp, r := blockPara(b, first.rtl(), 1)
			x.p(pp, b.text, r)
		}
		if len(first.sigs) > 0 {
			x.p(para{rtl: first.rtl(), keepNext: true}, "", run{})
			x.signatureTable(first)
		}
	} else {
		x.pairTable(ps)
	}
	// A body may not end with a table; the last paragraph also carries
	// nothing else, so the section properties follow it.
	x.p(para{rtl: first.rtl()}, "", run{})
	x.sectPr(first.rtl())
	x.WriteString(`</w:body></w:document>`)
	return x.String()
}

func (x *xw) sectPr(rtl bool) {
	x.WriteString(`<w:sectPr>`)
	x.WriteString(`<w:headerReference w:type="default" r:id="` + headerRelID + `"/>`)
	x.WriteString(`<w:footerReference w:type="default" r:id="` + footerRelID + `"/>`)
	x.WriteString(`<w:pgSz w:w="` + strconv.Itoa(pageWidthTw) + `" w:h="` + strconv.Itoa(pageHeightTw) + `"/>`)
	m := strconv.Itoa(marginTw)
	x.WriteString(`<w:pgMar w:top="` + m + `" w:right="` + m + `" w:bottom="` + m + `" w:left="` + m +
		`" w:header="567" w:footer="567" w:gutter="0"/>`)
	x.WriteString(`<w:cols w:space="708"/>`)
	if rtl {
		x.WriteString(`<w:bidi/>`)
	}
	x.WriteString(`<w:docGrid w:linePitch="360"/></w:sectPr>`)
}

// tblOpen starts a table with fixed column widths (twips).
func (x *xw) tblOpen(bidiVisual, borders bool, cols []int) {
	x.WriteString("<w:tbl><w:tblPr>")
	if bidiVisual {
		x.WriteString("<w:bidiVisual/>")
	}
	x.WriteString(`<w:tblW w:w="5000" w:type="pct"/>`)
	if borders {
		x.WriteString("<w:tblBorders>")
		for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
			x.WriteString(`<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="999999"/>`)
		}
		x.WriteString("</w:tblBorders>")
	}
	x.WriteString(`<w:tblLayout w:type="fixed"/>`)
	x.WriteString(`<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="142" w:type="dxa"/>` +
		`<w:bottom w:w="57" w:type="dxa"/><w:right w:w="142" w:type="dxa"/></w:tblCellMar>`)
	x.WriteString(`<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>`)
	x.WriteString("</w:tblPr><w:tblGrid>")
	for _, c := range cols {
		x.WriteString(`<w:gridCol w:w="` + strconv.Itoa(c) + `"/>`)
	}
	x.WriteString("</w:tblGrid>")
}

func (x *xw) tcOpen(width int) {
	x.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(width) + `" w:type="dxa"/></w:tcPr>`)
}

// signatureTable is one column per party; in a Hebrew document the first
// party's column is on the right (w:bidiVisual).
func (x *xw) signatureTable(p *prepared) {
	w := textWidthTw / len(p.sigs)
	cols := make([]int, len(p.sigs))
	for i := range cols {
		cols[i] = w
	}
	x.tblOpen(p.rtl(), true, cols)
	x.WriteString("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
	for _, s := range p.sigs {
		x.tcOpen(w)
		x.signatureCell(p, s)
		x.WriteString("</w:tc>")
	}
	x.WriteString("</w:tr></w:tbl>")
}

// signatureCell writes one party's signature lines as paragraphs.
func (x *xw) signatureCell(p *prepared, s Signature) {
	for i, line := range signatureLines(s, p.labels) {
		x.p(para{style: "Signature", rtl: p.rtl()}, line, run{bold: i == 0 && s.Party != ""})
	}
}

// pairTable lays a bilingual pair out as a borderless two-column table, a
// row per paragraph, English on the left and Hebrew on the right. Rows may
// break across pages, so a long clause does not leave a gap.
func (x *xw) pairTable(ps []*prepared) {
	left, right := pairOrder(ps)
	numID := func(p *prepared) int {
		if p == ps[0] {
			return 1
		}
		return 2
	}
	w := textWidthTw / 2
	x.tblOpen(false, false, []int{w, w})
	cell := func(p *prepared, b block) {
		x.tcOpen(w)
		pp, r := blockPara(b, p.rtl(), numID(p))
		x.p(pp, b.text, r)
		x.WriteString("</w:tc>")
	}
	for i := range left.blocks {
		x.WriteString("<w:tr>")
		cell(left, left.blocks[i])
		cell(right, right.blocks[i])
		x.WriteString("</w:tr>")
	}
	for i := range left.sigs {
		x.WriteString("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
		for _, p := range []*prepared{left, right} {
			x.tcOpen(w)
			x.p(para{rtl: p.rtl(), keepNext: true}, "", run{})
			x.signatureCell(p, p.sigs[i])
			x.WriteString("</w:tc>")
		}
		x.WriteString("</w:tr>")
	}
	x.WriteString("</w:tbl>")
}
