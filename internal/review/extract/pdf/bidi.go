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
// repairEdges undoes that: it turns each left-to-right embedding inside a
// right-to-left one back into logical order, then drops the marks. The
// marks are extraction artifacts, not hidden controls written by the
// author, so they must not reach the review engine (which reports hidden
// bidi controls). Right-to-left embeddings inside left-to-right lines (a
// Hebrew phrase in an English sentence) are only unwrapped: Poppler leaves
// the numbers next to such a phrase outside the embedding, and there is no
// safe way to put them back.
//
// It also undoes what Poppler does at the two ends of a right-to-left
// line, where it puts the left-to-right stretches on the wrong side: the
// sentence's final period (or colon) comes out first (".ללקוח" for
// "ללקוח."), and the clause number that opens a paragraph comes out last
// ("נותן השירות מתחייב 2.1." for "2.1. נותן השירות מתחייב"). The
// punctuation is moved back to the end. A trailing number that may be a
// clause label is cut off and returned separately: only the caller knows
// whether the line opens a paragraph (the line before it ended a
// sentence), which is what makes it a label and not the end of "בסעיף 3".
func repairEdges(line string) (text, label string) {
	if !strings.ContainsFunc(line, isBidiControl) {
		return line, ""
	}
	rs := []rune(line)
	k := 0
	for k < len(rs) && rs[k] == ' ' {
		k++
	}
	if k < len(rs) && rs[k] == rle {
		inner, end := embeddingSpan(rs, k+1)
		if end > 0 {
			var lead, tail []rune
			body := inner
			// A leading left-to-right stretch of punctuation only.
			if len(body) > 0 && body[0] == lre {
				if run, e := embeddingSpan(body, 1); e > 0 && isPunctuation(run) {
					lead = run
					body = body[e:]
				}
			}
			// A trailing left-to-right stretch that looks like a label,
			// after a space.
			if n := len(body); n > 1 && body[n-1] == pdf {
				if s := lastEmbeddingStart(body); s > 0 && body[s-1] == ' ' {
					if run := body[s+1 : n-1]; isLabelLike(run) && !afterReferenceWord(body[:s-1]) {
						tail = run
						body = body[:s-1]
					}
				}
			}
			if lead != nil || tail != nil {
				out, _ := parseEmbedding(body, 0, true, 1)
				out = openerToFront(strings.TrimRight(out, " ")) + string(lead)
				return out + repairTail(rs[end:]), string(tail)
			}
		}
	}
	out, _ := parseEmbedding(rs, 0, false, 0)
	if k < len(rs) && rs[k] == rle {
		out = openerToFront(out)
	}
	return out, ""
}

// openerToFront moves an opening quote or bracket that Poppler left at the
// end of a right-to-left line ("נותן השירות» — הצד … לרבות «") back to the
// front, where it opens the line's first word: no line breaks between an
// opening mark and the word it opens.
func openerToFront(s string) string {
	t := strings.TrimRight(s, " ")
	r := []rune(t)
	n := len(r)
	if n >= 3 && r[n-2] == ' ' && strings.ContainsRune("«(“„[", r[n-1]) {
		return string(r[n-1]) + strings.TrimRight(string(r[:n-2]), " ")
	}
	return s
}

// repairTail repairs whatever follows a line's outer embedding (usually
// nothing).
func repairTail(rs []rune) string {
	out, _ := parseEmbedding(rs, 0, false, 0)
	return out
}

// embeddingSpan returns the content of the embedding that starts at i
// (just after its opening mark) up to its matching PDF, and the index
// after that PDF; end is 0 when the embedding is not closed.
func embeddingSpan(rs []rune, i int) (inner []rune, end int) {
	depth := 0
	for j := i; j < len(rs); j++ {
		switch rs[j] {
		case lre, rle, lro, rlo:
			depth++
		case pdf:
			if depth == 0 {
				return rs[i:j], j + 1
			}
			depth--
		}
	}
	return nil, 0
}

// lastEmbeddingStart returns the index of the opening mark of the
// embedding that ends at the last rune of rs (a PDF), or -1.
func lastEmbeddingStart(rs []rune) int {
	depth := 0
	for j := len(rs) - 2; j >= 0; j-- {
		switch rs[j] {
		case pdf:
			depth++
		case lre, lro:
			if depth == 0 {
				return j
			}
			depth--
		case rle, rlo:
			if depth == 0 {
				return -1
			}
			depth--
		}
	}
	return -1
}

// referenceWords are the words that a section number follows in running
// text ("בסעיף 3.1", "לפי נספח 2.", "פרק 4."), without their prefixes.
var referenceWords = map[string]bool{
	"סעיף": true, "סעיפים": true, "סעיפי": true, "פרק": true, "פרקים": true, "נספח": true, "נספחים": true,
	"תקנה": true, "תקנות": true, "עמוד": true, "פסקה": true, "פסקת": true, "סימן": true, "מס'": true,
}

// afterReferenceWord reports whether the text ends with a reference word,
// possibly with prefix letters (ו, ב, ל, מ, ש, כ, ה).
func afterReferenceWord(rs []rune) bool {
	end := len(rs)
	for end > 0 && rs[end-1] == ' ' {
		end--
	}
	start := end
	for start > 0 && rs[start-1] != ' ' && rs[start-1] != pdf {
		start--
	}
	w := []rune(strings.TrimSpace(string(rs[start:end])))
	for k := 0; k <= 2 && k < len(w); k++ {
		if referenceWords[string(w[k:])] {
			return true
		}
		if !strings.ContainsRune("ובלמשכה", w[k]) {
			break
		}
	}
	return false
}

// isPunctuation reports a stretch of sentence punctuation only (".", ":",
// ".)", ";").
func isPunctuation(rs []rune) bool {
	if len(rs) == 0 || len(rs) > 3 {
		return false
	}
	for _, r := range rs {
		if !strings.ContainsRune(".:;,!?", r) {
			return false
		}
	}
	return true
}

// isLabelLike reports a stretch that can be a clause number: "3.", "2.1",
// "2.1.", "12.3.4." — digits in one to four dotted levels, at most three
// digits each. A bare "3" is not: it ends "בסעיף 3" far more often.
func isLabelLike(rs []rune) bool {
	levels, digits, dots := 0, 0, 0
	for _, r := range rs {
		switch {
		case r >= '0' && r <= '9':
			if digits == 0 {
				levels++
			}
			digits++
			if digits > 3 {
				return false
			}
		case r == '.' && digits > 0:
			digits = 0
			dots++
		default:
			return false
		}
	}
	return levels >= 1 && levels <= 4 && dots >= 1 && (dots >= levels || levels >= 2)
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
