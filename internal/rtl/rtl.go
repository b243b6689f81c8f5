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
// laid out line by line.
//
// The text of a line has at most two embedding levels here (a base and
// runs of the other direction), so the reordering is: reverse the
// characters of every right-to-left run, and for a right-to-left base also
// reverse the order of the runs. Numbers and Latin words inside Hebrew keep
// their own left-to-right order.
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
	dir := bidi.LeftToRight
	if rtl {
		dir = bidi.RightToLeft
	}
	var p bidi.Paragraph
	if _, err := p.SetString(line, bidi.DefaultDirection(dir)); err != nil {
		return line
	}
	o, err := p.Order()
	if err != nil {
		return line
	}
	runs := make([]string, 0, o.NumRuns())
	for i := range o.NumRuns() {
		r := o.Run(i)
		s := r.String()
		if r.Direction() == bidi.RightToLeft {
			s = bidi.ReverseString(s)
		}
		runs = append(runs, s)
	}
	if o.Direction() == bidi.RightToLeft || (o.Direction() == bidi.Mixed && rtl) {
		for i, j := 0, len(runs)-1; i < j; i, j = i+1, j-1 {
			runs[i], runs[j] = runs[j], runs[i]
		}
	}
	return strings.Join(runs, "")
}

func hasRTL(s string) bool {
	for _, r := range s {
		if p, _ := bidi.LookupRune(r); p.Class() == bidi.R || p.Class() == bidi.AL {
			return true
		}
	}
	return false
}
