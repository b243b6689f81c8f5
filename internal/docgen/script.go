package docgen

import "golang.org/x/text/unicode/bidi"

// segment is a stretch of text in one direction.
type segment struct {
	text string
	rtl  bool
}

// strongDir is a character's strong direction: +1 left to right (Latin
// letters), -1 right to left (Hebrew, Arabic), 0 neutral or weak (spaces,
// punctuation, digits).
func strongDir(r rune) int {
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
			return 1
		}
		return 0
	}
	p, _ := bidi.LookupRune(r)
	switch p.Class() {
	case bidi.L:
		return 1
	case bidi.R, bidi.AL:
		return -1
	}
	return 0
}

// directionSegments splits text into runs of one direction for a
// paragraph whose base direction is right to left when rtl is true. Strong
// characters decide; neutrals and digits between two strong characters of
// the same direction join them, and any other neutral stretch (between
// Hebrew and Latin, or at an end) takes the paragraph's direction. This is
// how Word itself splits typed text: a Latin word in a Hebrew paragraph is
// a left-to-right run, the spaces and numbers around it stay in the
// right-to-left runs.
func directionSegments(text string, rtl bool) []segment {
	base := 1
	if rtl {
		base = -1
	}
	rs := []rune(text)
	dirs := make([]int, len(rs))
	for i, r := range rs {
		dirs[i] = strongDir(r)
	}
	for i := 0; i < len(rs); {
		if dirs[i] != 0 {
			i++
			continue
		}
		j := i
		for j < len(rs) && dirs[j] == 0 {
			j++
		}
		d := base
		if i > 0 && j < len(rs) && dirs[i-1] == dirs[j] {
			d = dirs[j]
		}
		for k := i; k < j; k++ {
			dirs[k] = d
		}
		i = j
	}
	var out []segment
	start := 0
	for i := 1; i <= len(rs); i++ {
		if i == len(rs) || dirs[i] != dirs[start] {
			out = append(out, segment{text: string(rs[start:i]), rtl: dirs[start] < 0})
			start = i
		}
	}
	return out
}
