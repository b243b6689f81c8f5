package docgen

import (
	"archive/zip"
	"compress/flate"
	"fmt"
	"io"
	"strings"
	"time"
)

// WriteDOCX writes a Word document (Office Open XML, transitional) built
// with archive/zip and hand-written XML in the schema's element order, so
// Word opens it without a repair prompt and LibreOffice converts it.
//
// One document gives a normal page flow. Section headings and clauses are
// numbered by one multi-level Word numbering definition (1. / 1.1 / (א) or
// (a) / (1) or (i)) referenced by w:numPr, so the numbers renumber when a
// lawyer inserts a clause. A Hebrew document is right to left throughout:
// w:bidi on the section and on every paragraph, w:rtl on Hebrew runs
// (Latin words inside stay left-to-right runs, as Word types them),
// w:bidiVisual on tables, complex-script size and bold (w:szCs, w:bCs) and
// w:lang w:bidi="he-IL" in the style defaults.
//
// The font is Arial for Latin and Hebrew alike (w:rFonts ascii, hAnsi and
// cs): Word on Windows and macOS has it with Hebrew glyphs, and LibreOffice
// replaces it with the metric-compatible Liberation Sans, which has Hebrew
// too. (David, the traditional Hebrew legal face, exists only on Windows.)
//
// Two documents (Hebrew and English, the same structure) give one
// borderless two-column table, English on the left and Hebrew on the
// right, a row per paragraph: bidiVisual is off and every cell paragraph
// carries its own direction and its own language's numbering definition.
//
// The output is deterministic: zip entries carry a fixed time and the core
// properties the document's Date.
func WriteDOCX(w io.Writer, docs ...*Document) error {
	ps, err := prepare(docs)
	if err != nil {
		return err
	}
	parts := docxParts(ps)
	zw := zip.NewWriter(w)
	// One compressor, reset for each part (zip writes them one at a time):
	// a flate.Writer allocates about 1 MB, more than the whole document.
	var fw *flate.Writer
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		if fw == nil {
			var err error
			if fw, err = flate.NewWriter(out, flate.BestSpeed); err != nil {
				return nil, err
			}
		} else {
			fw.Reset(out)
		}
		return fw, nil
	})
	for _, p := range parts {
		pw, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return fmt.Errorf("docgen: write docx part %s: %w", p.name, err)
		}
		if _, err := io.WriteString(pw, p.body); err != nil {
			return fmt.Errorf("docgen: write docx part %s: %w", p.name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("docgen: write docx: %w", err)
	}
	return nil
}

// zipTime is the modification time of every zip entry: the DOS epoch, so
// the bytes do not depend on the clock.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// part is one file of the package.
type part struct {
	name, contentType, body string
}

const (
	xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsW       = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	nsR       = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	ctPrefix  = "application/vnd.openxmlformats-officedocument.wordprocessingml."
	relPrefix = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
)

// docxParts builds every part of the package, [Content_Types].xml first.
func docxParts(ps []*prepared) []part {
	first := ps[0]
	parts := []part{
		{name: "word/document.xml", contentType: ctPrefix + "document.main+xml", body: documentXML(ps)},
		{name: "word/styles.xml", contentType: ctPrefix + "styles+xml", body: stylesXML(ps)},
		{name: "word/numbering.xml", contentType: ctPrefix + "numbering+xml", body: numberingXML(ps)},
		{name: "word/settings.xml", contentType: ctPrefix + "settings+xml", body: settingsXML(first)},
		{name: "word/header1.xml", contentType: ctPrefix + "header+xml", body: headerXML(ps)},
		{name: "word/footer1.xml", contentType: ctPrefix + "footer+xml", body: footerXML(first)},
		{name: "docProps/core.xml", contentType: "application/vnd.openxmlformats-package.core-properties+xml", body: coreXML(first)},
		{name: "docProps/app.xml", contentType: "application/vnd.openxmlformats-officedocument.extended-properties+xml", body: appXML()},
	}
	rels := part{name: "_rels/.rels", body: relsXML([][2]string{
		{"officeDocument", "word/document.xml"},
		{"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"},
		{"extended-properties", "docProps/app.xml"},
	})}
	docRels := part{name: "word/_rels/document.xml.rels", body: relsXML([][2]string{
		{"styles", "styles.xml"},
		{"numbering", "numbering.xml"},
		{"settings", "settings.xml"},
		{"header", "header1.xml"},
		{"footer", "footer1.xml"},
	})}
	var ct strings.Builder
	ct.WriteString(xmlHeader)
	ct.WriteString(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	ct.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	ct.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	for _, p := range parts {
		ct.WriteString(`<Override PartName="/` + p.name + `" ContentType="` + p.contentType + `"/>`)
	}
	ct.WriteString(`</Types>`)
	return append([]part{{name: "[Content_Types].xml", body: ct.String()}, rels, docRels}, parts...)
}

// relsXML writes a relationships part; ids are rId1… in order (the
// document body refers to the header and footer as rId4 and rId5). A type
// without a scheme is an officeDocument relationship type.
func relsXML(rels [][2]string) string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i, r := range rels {
		typ := r[0]
		if !strings.Contains(typ, "://") {
			typ = relPrefix + typ
		}
		fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="%s" Target="%s"/>`, i+1, typ, r[1])
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}

// Relationship ids of the header and footer in word/_rels/document.xml.rels.
const (
	headerRelID = "rId4"
	footerRelID = "rId5"
)

func coreXML(p *prepared) string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	if p.doc.Title != "" {
		b.WriteString("<dc:title>" + xmlText(clean(p.doc.Title)) + "</dc:title>")
	}
	b.WriteString("<dc:language>" + wordLang(p.doc.Lang) + "</dc:language>")
	if !p.doc.Date.IsZero() {
		t := p.doc.Date.UTC().Format("2006-01-02T15:04:05Z")
		b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + t + `</dcterms:created>`)
		b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + t + `</dcterms:modified>`)
	}
	b.WriteString(`</cp:coreProperties>`)
	return b.String()
}

func appXML() string {
	return xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
		`xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
		`<Application>Heskem</Application><DocSecurity>0</DocSecurity></Properties>`
}

// wordLang is the culture name Word uses for a language.
func wordLang(lang string) string {
	if lang == LangHebrew {
		return "he-IL"
	}
	return "en-US"
}

// xmlEscaper escapes text and attribute values alike (quotes included).
var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")

// xmlText escapes s for element content or an attribute value. s must
// already be clean (no control characters).
func xmlText(s string) string { return xmlEscaper.Replace(s) }
