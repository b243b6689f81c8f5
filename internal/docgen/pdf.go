package docgen

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
)

// pdfEpoch is the creation date of a PDF whose document has no Date: a
// fixed value, so the output does not depend on the clock.
var pdfEpoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// WritePDF writes an A4 PDF in pure Go (github.com/go-pdf/fpdf) with a
// TrueType font embedded as a subset, so the text is selectable and
// searchable. Fonts come from opt or, when it is empty, from the system
// (FindFonts); a font that lacks Latin letters (Noto Sans Hebrew) is
// completed per character by an installed fallback.
//
// The layout is our own: embedding levels are resolved on each whole
// paragraph by the Unicode Bidirectional Algorithm (pdf_bidi.go), the
// paragraph is broken into lines in logical order by measured word widths,
// and each line is reordered for display and drawn right-aligned in
// Hebrew, so numbers and Latin words inside Hebrew read left to right and
// brackets are mirrored. Mirrored brackets carry ActualText, so text
// extraction (pdftotext) gives the Hebrew back in logical order with the
// author's brackets. Section headings are bold, clause numbers hang at the
// start edge, the signature table has a box per party, every page has the
// title at the top and the footer and "עמוד N מתוך M" at the bottom.
//
// Two documents (Hebrew and English) give two columns, English on the
// left and Hebrew on the right, paragraph beside paragraph.
func WritePDF(w io.Writer, opt PDFOptions, docs ...*Document) error {
	ps, err := prepare(docs)
	if err != nil {
		return err
	}
	first := ps[0]
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetCatalogSort(true)
	date := first.doc.Date
	if date.IsZero() {
		date = pdfEpoch
	}
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	pdf.SetCreator("Heskem", false)
	pdf.SetProducer("Heskem", false)
	pdf.SetLang(wordLang(first.doc.Lang))
	if t := pdfTitle(first); t != "" {
		pdf.SetTitle(t, true)
	}

	fonts, err := loadFonts(pdf, opt, pdfAllText(ps))
	if err != nil {
		return err
	}
	l := &layouter{fonts: fonts, space: map[textStyle]float64{}}
	textW := pdfPageW - 2*pdfMarginX
	var blocks []pblock
	if len(ps) == 1 {
		c := l.newColumn(first.blocks, textW, first.rtl())
		for _, b := range first.blocks {
			blocks = append(blocks, l.block(b, c))
		}
		if len(first.sigs) > 0 {
			blocks = append(blocks, l.signatureTable(first.sigs, first.labels, textW, first.rtl()))
		}
	} else {
		left, right := pairOrder(ps)
		colW := (textW - pdfColGap) / 2
		lc, rc := l.newColumn(left.blocks, colW, left.rtl()), l.newColumn(right.blocks, colW, right.rtl())
		for i := range left.blocks {
			blocks = append(blocks, pairBlocks(l.block(left.blocks[i], lc), l.block(right.blocks[i], rc), colW+pdfColGap))
		}
		for i := range left.sigs {
			blocks = append(blocks, pairBlocks(
				l.signatureTable(left.sigs[i:i+1], left.labels, colW, left.rtl()),
				l.signatureTable(right.sigs[i:i+1], right.labels, colW, right.rtl()), colW+pdfColGap))
		}
	}
	pages := paginate(blocks)
	for i, p := range pages {
		pdf.AddPage()
		drawMargins(l, first, i+1, len(pages))
		for _, it := range p.items {
			drawItem(fonts, it)
		}
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("docgen: write pdf: %w", err)
	}
	return nil
}

func drawItem(f *pdfFonts, it pitem) {
	x, y := pdfMarginX+it.dx, pdfTop+it.dy
	if it.text == "" {
		f.pdf.SetDrawColor(150, 150, 150)
		f.pdf.SetLineWidth(0.25)
		f.pdf.Rect(x, y, it.w, it.h, "D")
		return
	}
	if it.st.gray {
		f.pdf.SetTextColor(90, 90, 90)
	} else {
		f.pdf.SetTextColor(0, 0, 0)
	}
	if it.pieces == nil {
		f.draw(x, y, it.text, it.st)
		return
	}
	for _, p := range it.pieces {
		if p.actual != "" {
			f.pdf.RawWriteStr(actualTextOp(p.actual))
		}
		f.draw(x, y, p.text, it.st)
		if p.actual != "" {
			f.pdf.RawWriteStr("EMC")
		}
		x += f.width(p.text, it.st)
	}
}

// drawMargins draws the running header (the title) and footer (footer
// text at the start edge, page label at the end edge).
func drawMargins(l *layouter, p *prepared, n, total int) {
	st := textStyle{size: sizeSmall, gray: true}
	textW := pdfPageW - 2*pdfMarginX
	if t := pdfTitle(p); t != "" {
		ps := visualPieces(t, p.rtl())
		drawItem(l.fonts, textItem((textW-l.fonts.width(joinPieces(ps), st))/2, pdfHeaderY-pdfTop, ps, st))
	}
	label := visualPieces(bmpOnly(p.labels.pageLabel(strconv.Itoa(n), strconv.Itoa(total))), p.rtl())
	lw := l.fonts.width(joinPieces(label), st)
	dy := pdfFooterY - pdfTop
	if p.rtl() {
		drawItem(l.fonts, textItem(0, dy, label, st))
	} else {
		drawItem(l.fonts, textItem(textW-lw, dy, label, st))
	}
	if p.footer != "" {
		ps := visualPieces(bmpOnly(p.footer), p.rtl())
		dx := 0.0
		if p.rtl() {
			dx = textW - l.fonts.width(joinPieces(ps), st)
		}
		drawItem(l.fonts, textItem(dx, dy, ps, st))
	}
}

func pdfTitle(p *prepared) string {
	if len(p.blocks) > 0 && p.blocks[0].kind == kindTitle {
		return bmpOnly(p.blocks[0].text)
	}
	return ""
}

// pdfAllText is every character the PDF will draw, for choosing fonts.
func pdfAllText(ps []*prepared) string {
	var b strings.Builder
	for _, p := range ps {
		for _, line := range textLines(p) {
			b.WriteString(bmpOnly(line))
		}
		b.WriteString(bmpOnly(p.footer))
		b.WriteString(bmpOnly(p.labels.pageLabel("0123456789", "")))
	}
	return b.String()
}

// bmpOnly replaces characters outside the Basic Multilingual Plane (emoji,
// rare CJK) with U+FFFD: the PDF library encodes text as UCS-2.
func bmpOnly(s string) string {
	for _, r := range s {
		if r > 0xFFFF {
			return strings.Map(func(r rune) rune {
				if r > 0xFFFF {
					return '\uFFFD'
				}
				return r
			}, s)
		}
	}
	return s
}
