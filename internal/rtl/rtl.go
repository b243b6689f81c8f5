// Package rtl lays out mixed right-to-left and left-to-right text for
// outputs that have no bidirectional support of their own: terminals
// without bidi and PDF pages drawn glyph by glyph. It applies the Unicode
// bidirectional algorithm (golang.org/x/text/unicode/bidi) to one line and
// returns the characters in display order, left to right, with brackets
// mirrored in right-to-left runs. Text stored or exported stays in logical
// order; only the final drawing step calls Visual.
package rtl

import (
	"strings"

	"golang.org/x/text/unicode/bidi"
)

// IsRTL reports whether s holds more Hebrew (or other right-to-left) letters
// than Latin ones, the test for a line's or a document's base direction.
func IsRTL(s string) bool {
	rtl, ltr := 0, 0
	for _, r := range s {
		switch p, _ := bidi.LookupRune(r); p.Class() {
		case bidi.R, bidi.AL:
			rtl++
		case bidi.L:
			ltr++
		}
	}
	return rtl > ltr
}

// Visual returns line in display order for a paragraph whose base
// direction is right-to-left when rtl is true. A line with a newline is
// laid out line by line. Levels come from Levels (rules W1–I2 of UAX #9,
// with bracket pairs); the line is then reordered by rule L2 — every
// stretch at a level or higher, from the highest level down, reversed —
// with mirrored characters shown mirrored at odd levels (L4). Numbers and
// Latin words inside Hebrew keep their own left-to-right order.
func Visual(line string, rtl bool) string {
	if strings.Contains(line, "\n") {
		parts := strings.Split(line, "\n")
		for i, p := range parts {
			parts[i] = Visual(p, rtl)
		}
		return strings.Join(parts, "\n")
	}
	if line == "" || !hasRTL(line) {
		return line
	}
	rs := []rune(line)
	lv := Levels(rs, rtl)
	base := uint8(0)
	if rtl {
		base = 1
	}
	// L1: trailing white space takes the paragraph level.
	for i := len(rs) - 1; i >= 0 && Class(rs[i]) == bidi.WS; i-- {
		lv[i] = base
	}
	order := Order(lv)
	var b strings.Builder
	for _, k := range order {
		r := rs[k]
		if lv[k]%2 == 1 {
			if m, ok := Mirror(r); ok {
				r = m
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func hasRTL(s string) bool {
	for _, r := range s {
		if p, _ := bidi.LookupRune(r); p.Class() == bidi.R || p.Class() == bidi.AL {
			return true
		}
	}
	return false
}

// Order returns the display order of a line's characters from their
// resolved levels (UAX #9 rule L2): from the highest level down to the
// lowest odd one, every stretch at that level or higher is reversed.
// Rule L1 (trailing white space at the paragraph level) must already be
// applied to levels.
func Order(levels []uint8) []int {
	order := make([]int, len(levels))
	hi, lowOdd := uint8(0), uint8(255)
	for i := range order {
		order[i] = i
		hi = max(hi, levels[i])
		if levels[i]%2 == 1 {
			lowOdd = min(lowOdd, levels[i])
		}
	}
	for l := hi; l >= lowOdd && l > 0; l-- {
		for i := 0; i < len(order); {
			if levels[order[i]] < l {
				i++
				continue
			}
			j := i
			for j < len(order) && levels[order[j]] >= l {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				order[a], order[b] = order[b], order[a]
			}
			i = j
		}
	}
	return order
}
