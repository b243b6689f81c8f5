package pdf

import (
	"strings"

	"golang.org/x/text/unicode/bidi"
)

// Poppler's pdftotext writes right-to-left lines in logical order wrapped in
// U+202B RIGHT-TO-LEFT EMBEDDING … U+202C POP DIRECTIONAL FORMATTING, and
// inside them wraps each left-to-right stretch (numbers, Latin words, and
// the punctuation next to them) in U+202A LEFT-TO-RIGHT EMBEDDING … U+202C.
// Those stretches are in *visual* order: the neutral characters that belong
// to the surrounding Hebrew sit on the wrong side. With the marks, a
// bidi-aware display shows the line right; without them the text reads
// "ח.פ( 514567890 .להלן" where the document says "ח.פ. 514567890 (להלן".
//
// repairLine undoes that: it turns each left-to-right embedding inside a
// right-to-left one back into logical order, then drops the marks. The
// marks are extraction artifacts, not hidden controls written by the
// author, so they must not reach the review engine (which reports hidden
// bidi controls). Right-to-left embeddings inside left-to-right lines (a
// Hebrew phrase in an English sentence) are only unwrapped: Poppler leaves
// the numbers next to such a phrase outside the embedding, and there is no
// safe way to put them back.
func repairLine(line string) string {
	if !strings.ContainsFunc(line, isBidiControl) {
		return line
	}
	out, _ := parseEmbedding([]rune(line), 0, false, 0)
	return out
}

// maxEmbedding is the deepest embedding we follow, as in UAX #9 (125);
// deeper marks are dropped without recursion, so hostile text cannot
// exhaust the stack.
const maxEmbedding = 125

const (
	lre = '\u202A'
	rle = '\u202B'
	pdf = '\u202C'
	lro = '\u202D'
	rlo = '\u202E'
)

// isBidiControl reports the explicit directional formatting characters that
// pdftotext emits or that we strip from its output: embeddings, overrides,
// isolates and the implicit marks LRM/RLM.
func isBidiControl(r rune) bool {
	return r == '\u200E' || r == '\u200F' || (r >= lre && r <= rlo) || (r >= '\u2066' && r <= '\u2069')
}

// parseEmbedding reads rs from i up to the matching PDF (or the end) and
// returns the repaired text of that embedding and the index after it.
func parseEmbedding(rs []rune, i int, rtl bool, depth int) (string, int) {
	var b strings.Builder
	for i < len(rs) {
		r := rs[i]
		i++
		switch {
		case r == pdf:
			return b.String(), i
		case depth >= maxEmbedding && isBidiControl(r):
			// Too deep: drop the mark, stay at this level.
		case r == lre || r == lro:
			var inner string
			inner, i = parseEmbedding(rs, i, false, depth+1)
			if rtl {
				inner = visualToLogical(inner)
			}
			b.WriteString(inner)
		case r == rle || r == rlo:
			var inner string
			inner, i = parseEmbedding(rs, i, true, depth+1)
			b.WriteString(inner)
		case isBidiControl(r):
			// LRM, RLM, isolates: dropped.
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), i
}

// item kinds of a left-to-right stretch seen from a right-to-left line.
const (
	kindNeutral = iota
	kindLatin   // strong left-to-right text, with what lies between
	kindNumber  // European number with its separators and terminators
)

// visualToLogical puts a left-to-right stretch, printed in visual order
// inside a right-to-left line, back into logical order. Following the
// Unicode bidirectional algorithm (UAX #9, rules W4-W7 and N1), the stretch
// is cut into items that keep their inner order: runs of strong
// left-to-right text (with the neutrals and digits that follow a Latin
// letter), numbers (digits with single separators between them and
// currency or percent signs next to them), and single neutral characters,
// which belong to the right-to-left line. The order of the items is then
// reversed.
func visualToLogical(s string) string {
	rs := []rune(s)
	if len(rs) == 0 {
		return s
	}
	kinds := make([]int, len(rs))
	seenL := false
	for i, r := range rs {
		switch class(r) {
		case bidi.L:
			kinds[i], seenL = kindLatin, true
		case bidi.EN, bidi.AN:
			if seenL { // W7: a number after Latin text is Latin text.
				kinds[i] = kindLatin
			} else {
				kinds[i] = kindNumber
			}
		}
	}
	// W4: a single separator between two digits joins the number.
	for i := 1; i+1 < len(rs); i++ {
		if c := class(rs[i]); (c == bidi.CS || c == bidi.ES) && kinds[i] == kindNeutral &&
			kinds[i-1] == kindNumber && kinds[i+1] == kindNumber {
			kinds[i] = kindNumber
		}
	}
	// W5: currency, percent and other terminators next to a number join it.
	for changed := true; changed; {
		changed = false
		for i := range rs {
			if kinds[i] != kindNeutral || class(rs[i]) != bidi.ET {
				continue
			}
			if (i > 0 && kinds[i-1] == kindNumber) || (i+1 < len(rs) && kinds[i+1] == kindNumber) {
				kinds[i], changed = kindNumber, true
			}
		}
	}
	// N1: neutrals between two pieces of Latin text are Latin text.
	last := -1
	for i := range rs {
		if kinds[i] != kindLatin {
			continue
		}
		if last >= 0 {
			for k := last + 1; k < i; k++ {
				if kinds[k] == kindNeutral {
					kinds[k] = kindLatin
				}
			}
		}
		last = i
	}

	var items []string
	for i := 0; i < len(rs); {
		j := i + 1
		if kinds[i] != kindNeutral {
			for j < len(rs) && kinds[j] == kinds[i] {
				j++
			}
		}
		items = append(items, string(rs[i:j]))
		i = j
	}
	var b strings.Builder
	b.Grow(len(s))
	for k := len(items) - 1; k >= 0; k-- {
		b.WriteString(items[k])
	}
	return b.String()
}

// class is the bidirectional class of r.
func class(r rune) bidi.Class {
	p, _ := bidi.LookupRune(r)
	return p.Class()
}
