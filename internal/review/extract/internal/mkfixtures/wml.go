package main

import (
	"fmt"
	"strings"
	"unicode"
)

// WordprocessingML namespaces used by the fixtures.
const (
	nsW   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	xmlHd = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

// esc escapes s for XML text and attribute values.
func esc(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// docWriter renders one agreement as the parts of a DOCX package.
type docWriter struct {
	a         agreement
	footnotes []string
}

// headingStyleID is the paragraph style of numbered section headings. The
// Hebrew document uses the id Hebrew Word gives "heading 1" ("1"), so that
// the reader must recognize headings by style name, not by id.
func (w *docWriter) headingStyleID() string {
	if w.a.rtl {
		return "1"
	}
	return "Heading1"
}

// scriptRuns splits text into runs that Word would write: Hebrew and
// neutral characters in right-to-left runs (w:rtl) and runs holding Latin
// letters without it. Only used for right-to-left documents.
func scriptRuns(text string) []struct {
	s   string
	rtl bool
} {
	type seg = struct {
		s   string
		rtl bool
	}
	var out []seg
	var cur strings.Builder
	curRTL := true
	for _, r := range text {
		isLatin := r < 0x250 && unicode.IsLetter(r)
		isHeb := unicode.Is(unicode.Hebrew, r)
		switch {
		case isLatin && curRTL:
			if cur.Len() > 0 {
				out = append(out, seg{cur.String(), true})
				cur.Reset()
			}
			curRTL = false
		case isHeb && !curRTL:
			if cur.Len() > 0 {
				out = append(out, seg{cur.String(), false})
				cur.Reset()
			}
			curRTL = true
		}
		cur.WriteRune(r)
	}
	if cur.Len() > 0 {
		out = append(out, seg{cur.String(), curRTL})
	}
	return out
}

func (w *docWriter) rPr(rtl bool, extra string) string {
	if !rtl && extra == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString("<w:rPr>")
	b.WriteString(extra)
	if rtl {
		b.WriteString(`<w:rtl/>`)
	}
	b.WriteString("</w:rPr>")
	return b.String()
}

// textRuns renders text as one or more w:r elements (w:delText when del).
func (w *docWriter) textRuns(text string, del bool) string {
	tag := "w:t"
	if del {
		tag = "w:delText"
	}
	var b strings.Builder
	if !w.a.rtl {
		fmt.Fprintf(&b, `<w:r><%s xml:space="preserve">%s</%s></w:r>`, tag, esc(text), tag)
		return b.String()
	}
	for _, s := range scriptRuns(text) {
		fmt.Fprintf(&b, `<w:r>%s<%s xml:space="preserve">%s</%s></w:r>`, w.rPr(s.rtl, ""), tag, esc(s.s), tag)
	}
	return b.String()
}

func (w *docWriter) runs(rs []span) string {
	var b strings.Builder
	for _, r := range rs {
		switch {
		case r.tab:
			fmt.Fprintf(&b, `<w:r>%s<w:tab/></w:r>`, w.rPr(w.a.rtl, ""))
		case r.br:
			fmt.Fprintf(&b, `<w:r>%s<w:br/></w:r>`, w.rPr(w.a.rtl, ""))
		case r.footnote != "":
			w.footnotes = append(w.footnotes, r.footnote)
			fmt.Fprintf(&b, `<w:r>%s<w:footnoteReference w:id="%d"/></w:r>`,
				w.rPr(false, `<w:rStyle w:val="FootnoteReference"/>`), len(w.footnotes))
		case r.del:
			fmt.Fprintf(&b, `<w:del w:id="%d" w:author="Reviewer" w:date="2026-02-20T10:00:00Z">%s</w:del>`,
				100+len(r.text), w.textRuns(r.text, true))
		case r.ins:
			fmt.Fprintf(&b, `<w:ins w:id="%d" w:author="Reviewer" w:date="2026-02-20T10:00:00Z">%s</w:ins>`,
				200+len(r.text), w.textRuns(r.text, false))
		default:
			b.WriteString(w.textRuns(r.text, false))
		}
	}
	return b.String()
}

// paragraph renders one w:p with a style and optional numbering.
func (w *docWriter) paragraph(style string, numID, ilvl int, rs []span) string {
	var b strings.Builder
	b.WriteString("<w:p><w:pPr>")
	if style != "" {
		fmt.Fprintf(&b, `<w:pStyle w:val="%s"/>`, style)
	}
	if numID > 0 {
		fmt.Fprintf(&b, `<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>`, ilvl, numID)
	}
	if w.a.rtl {
		b.WriteString(`<w:bidi/>`)
	}
	b.WriteString("</w:pPr>")
	b.WriteString(w.runs(rs))
	b.WriteString("</w:p>")
	return b.String()
}

func (w *docWriter) table(rows [][]string) string {
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>`)
	if w.a.rtl {
		b.WriteString(`<w:bidiVisual/>`)
	}
	b.WriteString(`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`)
	b.WriteString(`<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>`)
	for _, row := range rows {
		b.WriteString("<w:tr>")
		for _, cell := range row {
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>`)
			b.WriteString(w.paragraph("", 0, 0, t(cell)))
			b.WriteString("</w:tc>")
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl>")
	return b.String()
}

func (w *docWriter) document() string {
	var b strings.Builder
	b.WriteString(xmlHd)
	fmt.Fprintf(&b, `<w:document xmlns:w="%s" xmlns:r="%s"><w:body>`, nsW, nsR)
	for _, p := range w.a.paras {
		switch p.kind {
		case kTitle:
			b.WriteString(w.paragraph("Title", 0, 0, p.runs))
		case kPlain:
			b.WriteString(w.paragraph("", 0, 0, p.runs))
		case kSection:
			b.WriteString(w.paragraph(w.headingStyleID(), 1, 0, p.runs))
		case kClause:
			b.WriteString(w.paragraph("ClauseText", 1, 1, p.runs))
		case kSub:
			b.WriteString(w.paragraph("ClauseText", 1, 2, p.runs))
		case kAnnex:
			b.WriteString(w.paragraph("AnnexTitle", 0, 0, p.runs))
		case kItem:
			b.WriteString(w.paragraph("", 2, 0, p.runs))
		case kTable:
			b.WriteString(w.table(p.rows))
		}
	}
	b.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>`)
	b.WriteString(`<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>`)
	if w.a.rtl {
		b.WriteString(`<w:bidi/>`)
	}
	b.WriteString(`</w:sectPr></w:body></w:document>`)
	return b.String()
}

func (w *docWriter) footnotesXML() string {
	var b strings.Builder
	b.WriteString(xmlHd)
	fmt.Fprintf(&b, `<w:footnotes xmlns:w="%s" xmlns:r="%s">`, nsW, nsR)
	b.WriteString(`<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>`)
	b.WriteString(`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`)
	for i, text := range w.footnotes {
		fmt.Fprintf(&b, `<w:footnote w:id="%d">`, i+1)
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="FootnoteText"/>`)
		if w.a.rtl {
			b.WriteString(`<w:bidi/>`)
		}
		b.WriteString(`</w:pPr>`)
		b.WriteString(`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>`)
		fmt.Fprintf(&b, `<w:r><w:t xml:space="preserve"> </w:t></w:r>%s</w:p></w:footnote>`, w.textRuns(text, false))
	}
	b.WriteString(`</w:footnotes>`)
	return b.String()
}
