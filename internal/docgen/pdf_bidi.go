package docgen

import (
	"github.com/heskem/heskem/internal/rtl"

	"fmt"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/unicode/bidi"
)

// The PDF is drawn glyph by glyph, so the writer itself must apply the
// Unicode Bidirectional Algorithm (UAX #9): resolve an embedding level for
// every character of a paragraph, break the paragraph into lines in
// logical order, and reorder each line for display.
//
// We resolve levels here rather than calling internal/rtl.Visual or
// x/text's bidi.Paragraph.Order per line, because both get common
// agreement lines wrong: x/text ignores the requested paragraph direction
// (a Hebrew line that starts with "40%" or "CRM" is laid out left to
// right), splits bracket pairs around Latin text, and merges a number
// after a Hebrew phrase in an English line into the following Latin run.
// x/text's character classes and bracket table are used; the rules are
// implemented below. Explicit embeddings and isolates (U+202A–U+202E,
// U+2066–U+2069) are treated as neutrals: generated agreements do not use
// them, and text that does still reads in a sensible order.

// piece is a stretch of a line in display order. actual, when set, is what
// a PDF reader should extract instead of text: a character mirrored for
// display (drawn as ")" where the author wrote "(") is written with
// ActualText holding the author's character, because pdftotext reverses
// right-to-left text but does not mirror it back.
type piece struct {
	text, actual string
}

// visualLine reorders one line of a paragraph for display (rules L1, L2,
// L4): rs and levels are the line's characters and their resolved levels.
// Mirrored characters are pieces of their own with the author's character
// in actual.
func visualLine(rs []rune, levels []uint8, rtlBase bool) []piece {
	n := len(rs)
	if n == 0 {
		return []piece{{}}
	}
	base := uint8(0)
	if rtlBase {
		base = 1
	}
	lv := make([]uint8, n)
	copy(lv, levels)
	// L1: trailing white space takes the paragraph level.
	for i := n - 1; i >= 0 && rtl.Class(rs[i]) == bidi.WS; i-- {
		lv[i] = base
	}
	order := rtl.Order(lv)
	var out []piece
	var cur strings.Builder
	for _, k := range order {
		r := rs[k]
		if lv[k]%2 == 1 {
			if m, ok := rtl.Mirror(r); ok {
				if cur.Len() > 0 {
					out = append(out, piece{text: cur.String()})
					cur.Reset()
				}
				out = append(out, piece{text: string(m), actual: string(r)})
				continue
			}
		}
		cur.WriteRune(r)
	}
	if cur.Len() > 0 || len(out) == 0 {
		out = append(out, piece{text: cur.String()})
	}
	return out
}

// visualPieces is s, a paragraph of one line, in display order.
func visualPieces(s string, rtlBase bool) []piece {
	rs := []rune(s)
	return visualLine(rs, rtl.Levels(rs, rtlBase), rtlBase)
}

// joinPieces is the display text of pieces.
func joinPieces(ps []piece) string {
	if len(ps) == 1 {
		return ps[0].text
	}
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.text)
	}
	return b.String()
}

// actualTextOp is the marked-content operator that makes s the extracted
// text of what follows until EMC (PDF 32000-1, 14.9.4).
func actualTextOp(s string) string {
	var b strings.Builder
	b.WriteString("/Span <</ActualText <FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">>> BDC")
	return b.String()
}
