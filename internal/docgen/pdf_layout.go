package docgen

import "github.com/heskem/heskem/internal/rtl"

// Page geometry in millimetres (A4) and type sizes in points. The body
// stops well above the footer: with less room, pdftotext reads a
// right-aligned Hebrew footer as the last line of the page's text.
const (
	pdfPageW    = 210.0
	pdfPageH    = 297.0
	pdfMarginX  = 20.0
	pdfTop      = 22.0
	pdfBottom   = pdfPageH - 24.0
	pdfHeaderY  = 12.0
	pdfFooterY  = pdfPageH - 11.0
	pdfColGap   = 8.0
	ptToMM      = 25.4 / 72
	sizeBody    = 10.5
	sizeHeading = 12.0
	sizeTitle   = 16.0
	sizeSmall   = 8.0
	lineFactor  = 1.45 // line height as a multiple of the type size
)

func lineHeight(size float64) float64 { return size * ptToMM * lineFactor }

// pitem is something drawn: text in display order, or a rectangle when
// text is empty. dx is from the column's left edge, dy from the line's top
// (to the baseline for text).
type pitem struct {
	dx, dy float64
	text   string
	pieces []piece // text split for ActualText; nil when text needs none
	st     textStyle
	w, h   float64
}

// textItem is a piece of text in display order at dx, dy.
func textItem(dx, dy float64, ps []piece, st textStyle) pitem {
	it := pitem{dx: dx, dy: dy, text: joinPieces(ps), st: st}
	for _, p := range ps {
		if p.actual != "" {
			it.pieces = ps
			break
		}
	}
	return it
}

// column is where a document's paragraphs go: its width, direction, and
// the text indent of each numbering level from the start edge.
type column struct {
	w      float64
	rtl    bool
	indent [maxDepth]float64
}

// pline is one line (or an unbreakable group such as the signature table)
// of a column.
type pline struct {
	h     float64
	items []pitem
}

// pblock is a laid-out paragraph: space before and after, its lines, and
// whether it must stay on the page of the next paragraph's first line.
type pblock struct {
	before, after float64
	lines         []pline
	keepNext      bool
}

// layouter breaks paragraphs into lines. Lines are broken in logical order
// by measured word widths, then each line is reordered for display with
// the Unicode Bidirectional Algorithm (pdf_bidi.go): numbers and Latin
// words inside Hebrew keep their left-to-right order and brackets are
// mirrored. Hebrew lines are right-aligned.
type layouter struct {
	fonts *pdfFonts
	space map[textStyle]float64 // width of a space per style
}

func (l *layouter) spaceWidth(st textStyle) float64 {
	w, ok := l.space[st]
	if !ok {
		w = l.fonts.width(" ", st)
		l.space[st] = w
	}
	return w
}

// span is a line of a paragraph: rune offsets, end exclusive.
type span struct{ start, end int }

// wrap breaks a paragraph into lines no wider than width, in logical
// order: greedy, at spaces (the separating space belongs to no line). A
// word wider than a whole line is cut between characters.
func (l *layouter) wrap(rs []rune, st textStyle, width float64) []span {
	sp := l.spaceWidth(st)
	var lines []span
	cur, curW := span{-1, -1}, 0.0
	for i := 0; i < len(rs); {
		if rs[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(rs) && rs[j] != ' ' {
			j++
		}
		w := l.fonts.width(string(rs[i:j]), st)
		if cur.start >= 0 && curW+sp+w <= width {
			cur.end, curW = j, curW+sp+w
			i = j
			continue
		}
		if cur.start >= 0 {
			lines = append(lines, cur)
		}
		for w > width && j-i > 1 {
			k := l.fit(rs[i:j], st, width)
			lines = append(lines, span{i, i + k})
			i += k
			w = l.fonts.width(string(rs[i:j]), st)
		}
		cur, curW = span{i, j}, w
		i = j
	}
	if cur.start >= 0 {
		lines = append(lines, cur)
	}
	return lines
}

// fit is the number of leading characters of word (at least one) that fit
// in width.
func (l *layouter) fit(word []rune, st textStyle, width float64) int {
	k := 1
	for k < len(word) && l.fonts.width(string(word[:k+1]), st) <= width {
		k++
	}
	return k
}

// textLines lays out a paragraph in a column of width w: levels resolved
// on the whole paragraph, lines broken in logical order, each line
// reordered for display and aligned to the start edge at indent (or
// centred).
func (l *layouter) textLines(text string, st textStyle, w, indent float64, rtlDir, center bool) []pline {
	lh := lineHeight(st.size)
	rs := []rune(bmpOnly(text))
	levels := rtl.Levels(rs, rtlDir)
	var out []pline
	for _, sp := range l.wrap(rs, st, w-indent) {
		ps := visualLine(rs[sp.start:sp.end], levels[sp.start:sp.end], rtlDir)
		lw := l.fonts.width(joinPieces(ps), st)
		dx := indent
		switch {
		case center:
			dx = (w - lw) / 2
		case rtlDir:
			dx = w - indent - lw
		}
		out = append(out, pline{h: lh, items: []pitem{textItem(dx, lh*0.72, ps, st)}})
	}
	return out
}

// numberStyle is the type of a numbered paragraph.
func numberStyle(b block) textStyle {
	if b.kind == kindHeading {
		return textStyle{size: sizeHeading, bold: true}
	}
	return textStyle{size: sizeBody}
}

// newColumn measures the clause numbers of blocks and sets each level's
// text indent to fit its widest number and a space: a number always sits
// one space before its text (so text extraction keeps them on one line,
// "1.1 …"), and wrapped lines and the clauses of one level align. Headings
// and clauses share the first indent; a sub-clause's number starts where
// its parent's text does.
func (l *layouter) newColumn(blocks []block, w float64, rtlDir bool) column {
	var widest [maxDepth]float64
	for _, b := range blocks {
		if b.numbered() {
			st := numberStyle(b)
			d := min(b.depth, maxDepth-1)
			widest[d] = max(widest[d], l.fonts.width(bmpOnly(b.num), st)+l.spaceWidth(st))
		}
	}
	c := column{w: w, rtl: rtlDir}
	c.indent[0] = max(widest[0], widest[1])
	c.indent[1] = c.indent[0]
	for d := 2; d < maxDepth; d++ {
		c.indent[d] = c.indent[d-1] + widest[d]
	}
	return c
}

// block lays out one paragraph in column c.
func (l *layouter) block(b block, c column) pblock {
	w, rtlDir := c.w, c.rtl
	body := textStyle{size: sizeBody}
	switch b.kind {
	case kindTitle:
		return pblock{after: 1.5, keepNext: true, lines: l.textLines(b.text, textStyle{size: sizeTitle, bold: true}, w, 0, rtlDir, true)}
	case kindSubtitle:
		return pblock{after: 6, lines: l.textLines(b.text, body, w, 0, rtlDir, true)}
	case kindPartyIntro:
		return pblock{before: 4, keepNext: true, lines: l.textLines(b.text, textStyle{size: sizeBody, bold: true}, w, 0, rtlDir, false)}
	case kindParty:
		return pblock{lines: l.textLines(b.text, body, w, 0, rtlDir, false)}
	case kindPreamble:
		// Space enough that text extraction starts a new paragraph.
		return pblock{before: 3, lines: l.textLines(b.text, body, w, 0, rtlDir, false)}
	case kindHeading:
		return pblock{before: 4, after: 1, keepNext: true, lines: l.numbered(b, c)}
	}
	return pblock{before: 1.2, lines: l.numbered(b, c)}
}

// numbered lays out a numbered paragraph with a hanging number: the text
// at the level's indent, wrapped lines aligned with it, the number one
// space before its first line.
func (l *layouter) numbered(b block, c column) []pline {
	st := numberStyle(b)
	d := min(b.depth, maxDepth-1)
	lines := l.textLines(b.text, st, c.w, c.indent[d], c.rtl, false)
	if len(lines) == 0 {
		lines = []pline{{h: lineHeight(st.size)}}
	}
	num := visualPieces(bmpOnly(b.num), c.rtl)
	nw := l.fonts.width(joinPieces(num), st)
	dx := c.indent[d] - l.spaceWidth(st) - nw
	if c.rtl {
		dx = c.w - c.indent[d] + l.spaceWidth(st)
	}
	first := &lines[0]
	first.items = append([]pitem{textItem(dx, first.h*0.72, num, st)}, first.items...)
	return lines
}

// signatureTable is one unbreakable group: a box per party side by side,
// the first party at the start edge, each with its signature lines.
func (l *layouter) signatureTable(sigs []Signature, lb Labels, w float64, rtlDir bool) pblock {
	const pad = 3.0
	n := len(sigs)
	cellW := w / float64(n)
	var items []pitem
	tallest := 0.0
	cells := make([][]pline, n)
	for i, s := range sigs {
		var lines []pline
		for j, text := range signatureLines(s, lb) {
			st := textStyle{size: sizeBody, bold: j == 0 && s.Party != ""}
			ls := l.textLines(text, st, cellW-2*pad, 0, rtlDir, false)
			for k := range ls {
				ls[k].h += 1.5 // room to sign
			}
			lines = append(lines, ls...)
		}
		cells[i] = lines
		h := 2 * pad
		for _, ln := range lines {
			h += ln.h
		}
		tallest = max(tallest, h)
	}
	for i, lines := range cells {
		col := i
		if rtlDir {
			col = n - 1 - i
		}
		x := float64(col) * cellW
		items = append(items, pitem{dx: x, w: cellW, h: tallest})
		y := pad
		for _, ln := range lines {
			for _, it := range ln.items {
				it.dx += x + pad
				it.dy += y
				items = append(items, it)
			}
			y += ln.h
		}
	}
	return pblock{before: 8, lines: []pline{{h: tallest, items: items}}}
}

// pairBlocks sets two blocks side by side: the larger space before and
// after, and the lines row by row, the right column shifted by offset.
func pairBlocks(left, right pblock, offset float64) pblock {
	out := pblock{before: max(left.before, right.before), after: max(left.after, right.after), keepNext: left.keepNext || right.keepNext}
	for i := range max(len(left.lines), len(right.lines)) {
		var ln pline
		if i < len(left.lines) {
			ln.h = left.lines[i].h
			ln.items = append(ln.items, left.lines[i].items...)
		}
		if i < len(right.lines) {
			ln.h = max(ln.h, right.lines[i].h)
			for _, it := range right.lines[i].items {
				it.dx += offset
				ln.items = append(ln.items, it)
			}
		}
		out.lines = append(out.lines, ln)
	}
	return out
}

// page is the items of one page, positioned from the top-left corner of
// the text area.
type page struct {
	items []pitem
}

// paginate places blocks on pages: a block starts on a new page when its
// first line does not fit, lines of a long paragraph flow onto the next
// page, and a keepNext block moves to the next page with the first line of
// the block after it. Space before a block is dropped at the top of a page.
func paginate(blocks []pblock) []page {
	avail := pdfBottom - pdfTop
	pages := []page{{}}
	y := 0.0
	newPage := func() {
		pages = append(pages, page{})
		y = 0
	}
	for i, b := range blocks {
		if y > 0 {
			y += b.before
		}
		if b.keepNext && y > 0 {
			// This block and the next one's first line, together.
			need := 0.0
			for j := i; j < len(blocks); j++ {
				bj := blocks[j]
				if j > i {
					need += bj.before
				}
				if !bj.keepNext {
					if len(bj.lines) > 0 {
						need += bj.lines[0].h
					}
					break
				}
				for _, ln := range bj.lines {
					need += ln.h
				}
				need += bj.after
			}
			if y+need > avail && need <= avail {
				newPage()
			}
		}
		for _, ln := range b.lines {
			if y > 0 && y+ln.h > avail {
				newPage()
			}
			p := &pages[len(pages)-1]
			for _, it := range ln.items {
				it.dy += y
				p.items = append(p.items, it)
			}
			y += ln.h
		}
		y += b.after
	}
	return pages
}
