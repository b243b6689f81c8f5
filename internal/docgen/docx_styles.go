package docgen

import (
	"fmt"
	"strconv"
	"strings"
)

// docxFont is the one font face of the DOCX for every script; see
// WriteDOCX for why.
const docxFont = "Arial"

// stylesXML is word/styles.xml: document defaults (font, sizes, languages,
// and for a Hebrew document right-to-left paragraphs) and the paragraph
// styles the body uses. Sizes are in half-points and given twice, w:sz for
// Latin runs and w:szCs for right-to-left (complex script) runs.
func stylesXML(ps []*prepared) string {
	rtlDefault := len(ps) == 1 && ps[0].rtl()
	// Justified text suits a full-width column; the narrow columns of a
	// bilingual pair get ragged edges instead of wide gaps.
	justify := ""
	if len(ps) == 1 {
		justify = `<w:jc w:val="both"/>`
	}
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:styles ` + nsW + `><w:docDefaults><w:rPrDefault><w:rPr>`)
	fmt.Fprintf(&b, `<w:rFonts w:ascii="%[1]s" w:eastAsia="%[1]s" w:hAnsi="%[1]s" w:cs="%[1]s"/>`, docxFont)
	b.WriteString(`<w:sz w:val="22"/><w:szCs w:val="22"/>`)
	// Latin runs are English, right-to-left runs Hebrew, in either document.
	b.WriteString(`<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="he-IL"/>`)
	b.WriteString(`</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>`)
	if rtlDefault {
		b.WriteString(`<w:bidi/>`)
	}
	b.WriteString(`<w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`)

	style := func(id, name, pPr, rPr string, extra string) {
		fmt.Fprintf(&b, `<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/>%s<w:qFormat/>`, id, name, extra)
		if pPr != "" {
			b.WriteString("<w:pPr>" + pPr + "</w:pPr>")
		}
		if rPr != "" {
			b.WriteString("<w:rPr>" + rPr + "</w:rPr>")
		}
		b.WriteString("</w:style>")
	}
	b.WriteString(`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>`)
	style("Title", "Title", `<w:keepNext/><w:spacing w:after="60"/><w:jc w:val="center"/>`, `<w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/>`, `<w:next w:val="Subtitle"/>`)
	style("Subtitle", "Subtitle", `<w:keepNext/><w:spacing w:after="360"/><w:jc w:val="center"/>`, ``, `<w:next w:val="Normal"/>`)
	style("PartyIntro", "Party Intro", `<w:keepNext/><w:spacing w:before="120" w:after="0"/>`, `<w:b/><w:bCs/>`, `<w:next w:val="Party"/>`)
	style("Party", "Party", `<w:spacing w:after="60"/>`, ``, ``)
	style("Preamble", "Preamble", `<w:spacing w:before="60" w:after="60"/>`+justify, ``, ``)
	style("Heading1", "heading 1",
		`<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>`,
		`<w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/>`, `<w:next w:val="Clause1"/><w:uiPriority w:val="9"/>`)
	for d := 1; d < maxDepth; d++ {
		n := strconv.Itoa(d)
		style("Clause"+n, "Clause "+n,
			`<w:numPr><w:ilvl w:val="`+n+`"/><w:numId w:val="1"/></w:numPr><w:spacing w:after="80"/>`+justify, ``, ``)
	}
	style("Signature", "Signature Line", `<w:spacing w:before="60" w:after="60"/>`, ``, ``)
	style("Header", "header", `<w:jc w:val="center"/>`, `<w:color w:val="666666"/><w:sz w:val="16"/><w:szCs w:val="16"/>`, ``)
	style("Footer", "footer", `<w:jc w:val="center"/>`, `<w:color w:val="666666"/><w:sz w:val="16"/><w:szCs w:val="16"/>`, ``)
	b.WriteString(`</w:styles>`)
	return b.String()
}

// numberingXML is word/numbering.xml: one abstract multi-level legal
// numbering per document (one for a single document, one per language in
// a bilingual pair, so the two columns count separately), each used by one
// w:num: numId 1 for the first document given, 2 for the second.
//
//	level 0  1.   decimal            section heading (style Heading1)
//	level 1  1.1  %1.%2              clause
//	level 2  (א)  hebrew1 / (a)      sub-clause
//	level 3  (1)  decimal / (i)      sub-sub-clause
//
// The number is followed by a tab to a hanging indent, so wrapped lines of
// the clause align with its first word.
func numberingXML(ps []*prepared) string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:numbering ` + nsW + `>`)
	for i, p := range ps {
		sub, subsub := "lowerLetter", "lowerRoman"
		if p.rtl() {
			sub, subsub = "hebrew1", "decimal"
		}
		fmt.Fprintf(&b, `<w:abstractNum w:abstractNumId="%d"><w:nsid w:val="48534B%02X"/><w:multiLevelType w:val="multilevel"/><w:name w:val="Heskem %s"/>`, i, i, p.doc.Lang)
		levels := []struct {
			fmt, text  string
			left, hang int
		}{
			{"decimal", "%1.", 709, 709},
			{"decimal", "%1.%2", 709, 709},
			{sub, "(%3)", 1276, 567},
			{subsub, "(%4)", 1843, 567},
		}
		for l := 0; l < 9; l++ {
			lv := struct {
				fmt, text  string
				left, hang int
			}{"decimal", "%" + strconv.Itoa(l+1) + ".", 1843 + 567*(l-3), 567}
			if l < len(levels) {
				lv = levels[l]
			}
			fmt.Fprintf(&b, `<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>`, l, lv.fmt)
			if i == 0 {
				// Only the first definition links the styles: a style
				// belongs to one list.
				switch {
				case l == 0:
					b.WriteString(`<w:pStyle w:val="Heading1"/>`)
				case l < maxDepth:
					b.WriteString(`<w:pStyle w:val="Clause` + strconv.Itoa(l) + `"/>`)
				}
			}
			fmt.Fprintf(&b, `<w:suff w:val="tab"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>`, lv.text)
			fmt.Fprintf(&b, `<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>`, lv.left, lv.hang)
		}
		b.WriteString(`</w:abstractNum>`)
	}
	for i := range ps {
		fmt.Fprintf(&b, `<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>`, i+1, i)
	}
	b.WriteString(`</w:numbering>`)
	return b.String()
}

// settingsXML is word/settings.xml, elements in schema order. Compatibility
// mode 15 is Word 2013 and later, so Word does not open the file in
// compatibility mode.
func settingsXML(p *prepared) string {
	bidi := ""
	if p.rtl() {
		bidi = ` w:bidi="he-IL"`
	}
	return xmlHeader + `<w:settings ` + nsW + `><w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/>` +
		`<w:characterSpacingControl w:val="doNotCompress"/>` +
		`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
		`<w:themeFontLang w:val="` + wordLang(p.doc.Lang) + `"` + bidi + `/>` +
		`<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>`
}

// headerXML repeats the title of the first document at the top of every
// page.
func headerXML(ps []*prepared) string {
	var x xw
	x.WriteString(xmlHeader + `<w:hdr ` + nsW + ` ` + nsR + `>`)
	p := ps[0]
	title := ""
	if len(p.blocks) > 0 && p.blocks[0].kind == kindTitle {
		title = p.blocks[0].text
	}
	x.p(para{style: "Header", rtl: p.rtl()}, title, run{})
	x.WriteString(`</w:hdr>`)
	return x.String()
}

// footerXML is the footer text and "עמוד N מתוך M" with PAGE and NUMPAGES
// fields.
func footerXML(p *prepared) string {
	var x xw
	x.WriteString(xmlHeader + `<w:ftr ` + nsW + ` ` + nsR + `>`)
	rtl := p.rtl()
	x.pOpen(para{style: "Footer", rtl: rtl})
	if p.footer != "" {
		x.runs(p.footer+"   |   ", rtl, run{})
	}
	x.runs(p.labels.Page+" ", rtl, run{})
	x.field("PAGE", rtl)
	x.runs(" "+p.labels.Of+" ", rtl, run{})
	x.field("NUMPAGES", rtl)
	x.WriteString(`</w:p></w:ftr>`)
	return x.String()
}
