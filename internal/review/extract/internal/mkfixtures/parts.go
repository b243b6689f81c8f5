package main

import (
	"fmt"
	"strings"
)

func (w *docWriter) stylesXML() string {
	// Fonts from Debian packages fonts-dejavu-core and fonts-noto-core.
	font, csFont := "DejaVu Sans", "Noto Sans Hebrew"
	var b strings.Builder
	b.WriteString(xmlHd)
	fmt.Fprintf(&b, `<w:styles xmlns:w="%s">`, nsW)
	fmt.Fprintf(&b, `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="%[1]s" w:hAnsi="%[1]s" w:cs="%[3]s" w:eastAsia="%[1]s"/>`+
		`<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="%[2]s" w:bidi="he-IL"/></w:rPr></w:rPrDefault>`+
		`<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`,
		font, w.a.lang, csFont)
	b.WriteString(`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>`)
	b.WriteString(`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
		`<w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>`)
	fmt.Fprintf(&b, `<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="ClauseText"/><w:qFormat/>`+
		`<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>`,
		w.headingStyleID())
	b.WriteString(`<w:style w:type="paragraph" w:customStyle="1" w:styleId="ClauseText"><w:name w:val="Clause Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>`)
	b.WriteString(`<w:style w:type="paragraph" w:customStyle="1" w:styleId="AnnexTitle"><w:name w:val="Annex Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
		`<w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:u w:val="single"/></w:rPr></w:style>`)
	b.WriteString(`<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>`)
	b.WriteString(`<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>`)
	b.WriteString(`<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>` +
		`<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
		`<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
		`<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>` +
		`</w:tblBorders></w:tblPr></w:style>`)
	b.WriteString(`</w:styles>`)
	return b.String()
}

// numberingXML holds the legal clause numbering (1. / 1.1 / (א) or (a)) as
// one multi-level abstract definition, and a second simple list ("1)") for
// the annex.
func (w *docWriter) numberingXML() string {
	lvl := func(ilvl int, fmtName, text string, indent int) string {
		return fmt.Sprintf(`<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>`+
			`<w:pPr><w:ind w:left="%d" w:hanging="567"/></w:pPr></w:lvl>`, ilvl, fmtName, esc(text), indent)
	}
	var b strings.Builder
	b.WriteString(xmlHd)
	fmt.Fprintf(&b, `<w:numbering xmlns:w="%s">`, nsW)
	b.WriteString(`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>`)
	b.WriteString(lvl(0, "decimal", "%1.", 567))
	b.WriteString(lvl(1, "decimal", "%1.%2", 1134))
	b.WriteString(lvl(2, w.a.subFmt, "(%3)", 1701))
	b.WriteString(`</w:abstractNum>`)
	b.WriteString(`<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>`)
	b.WriteString(lvl(0, "decimal", "%1)", 567))
	b.WriteString(`</w:abstractNum>`)
	b.WriteString(`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`)
	b.WriteString(`<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`)
	b.WriteString(`</w:numbering>`)
	return b.String()
}

func contentTypes(macro bool) string {
	main := "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
	extra := ""
	if macro {
		main = "application/vnd.ms-word.document.macroEnabled.main+xml"
		extra = `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>`
	}
	return xmlHd + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` + extra +
		`<Override PartName="/word/document.xml" ContentType="` + main + `"/>` +
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
		`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
		`<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>` +
		`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
		`</Types>`
}

const packageRels = xmlHd + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`</Relationships>`

func documentRels(macro bool) string {
	extra := ""
	if macro {
		extra = `<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`
	}
	return xmlHd + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>` +
		`<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
		extra + `</Relationships>`
}

// settingsXML asks Word and LibreOffice to show the final text without
// tracked-change markup, so that the PDF made from the fixture shows the
// accepted wording while the DOCX keeps the w:del/w:ins the reader must
// handle.
const settingsXML = xmlHd + `<w:settings xmlns:w="` + nsW + `"><w:revisionView w:markup="0" w:insDel="0"/>` +
	`<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr></w:settings>`
