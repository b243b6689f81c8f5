package review

import (
	"unicode"

	"github.com/heskem/heskem/internal/hebrew"
)

// Line-level helpers of the structure pass: inline titles, word counts and
// the shapes of lines (sentence ends, table-of-contents entries, numbers).

// inlineTitle finds a title that opens a numbered line: "תמורה: הלקוח
// ישלם…", "התמורה – הלקוח…", or an English "Payment Terms. The Client…"
// whose title words are capitalized in the original. It returns the end of
// the title relative to the line, or 0. The line starts at normalized
// index at, whose original offset is offsets.At(at).
func inlineTitle(line []rune, rest int, unnumbered bool, orig origText, offsets *hebrew.OffsetMap, at int) int {
	words := 0
	maxWords := 5
	if unnumbered {
		maxWords = 6 // an unnumbered line needs a short title and a colon
	}
	for i := rest; i < len(line) && words <= maxWords; i++ {
		switch r := line[i]; {
		case r == ' ':
			words++
			if !unnumbered && i+2 < len(line) && line[i+1] == '-' && line[i+2] == ' ' && words <= 4 && countWords(line[i+3:]) >= 3 {
				return i
			}
		case r == ':':
			if i > rest && countWords(line[i+1:]) >= 2 {
				return i
			}
			if unnumbered {
				return 0
			}
		case r == '.':
			if !unnumbered && i > rest && words <= 4 && i+1 < len(line) && line[i+1] == ' ' &&
				countWords(line[i+1:]) >= 3 && capitalized(line[rest:i], orig, offsets, at+rest) {
				return i
			}
		}
	}
	return 0
}

// capitalized reports whether every Latin word of the normalized span starts
// with an upper-case letter in the original. The span starts at normalized
// index at.
func capitalized(span []rune, orig origText, offsets *hebrew.OffsetMap, at int) bool {
	seen := false
	for i, r := range span {
		if r >= 'a' && r <= 'z' && (i == 0 || span[i-1] == ' ') {
			if !unicode.IsUpper(orig.at(int(offsets.At(at + i)))) {
				if len(span)-i > 3 { // short words (of, and) may stay lower
					return false
				}
			}
			seen = true
		} else if hebrew.IsLetter(r) {
			return false
		}
	}
	return seen
}

func countWords(rs []rune) int {
	n, in := 0, false
	for _, r := range rs {
		w := r != ' '
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

func endsSentence(rs []rune) bool {
	if len(rs) == 0 {
		return false
	}
	switch rs[len(rs)-1] {
	case '.', ';', ',':
		return true
	}
	return false
}

func hasLetter(rs []rune) bool {
	for _, r := range rs {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func digitCount(rs []rune) int {
	n := 0
	for _, r := range rs {
		if isDigit(r) {
			n++
		}
	}
	return n
}

// isTOCLine recognizes a table-of-contents entry: a dot leader or a tab run
// before a page number at the end of the line.
func isTOCLine(line []rune) bool {
	n := len(line)
	j := n
	for j > 0 && isDigit(line[j-1]) {
		j--
	}
	if j == n || n-j > 3 {
		return false
	}
	dots := 0
	for k := j - 1; k >= 0 && (line[k] == '.' || line[k] == ' ' || line[k] == '…' || line[k] == '_'); k-- {
		if line[k] != ' ' {
			dots++
		}
	}
	return dots >= 4
}

// topNumber returns the first number of a dotted label ("7" of "7.3").
func topNumber(line []rune, l label) string {
	if l.kind != labelDotted && l.kind != labelWord {
		return ""
	}
	i := l.start
	for i < l.end && !isDigit(line[i]) {
		i++
	}
	j := i
	for j < l.end && isDigit(line[j]) {
		j++
	}
	return string(line[i:j])
}
