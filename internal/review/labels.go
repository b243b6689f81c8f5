package review

import (
	"strings"

	"github.com/heskem/heskem/internal/hebrew"
)

// labelKind is the numbering style at the start of a line.
type labelKind int

const (
	labelNone   labelKind = iota
	labelDotted           // 7, 7.3, 7.3.1
	labelParen            // (a), (iv), (א), (3)
	labelLetter           // a. b) א. ב)
	labelWord             // סעיף 5, Section 5, Article 5
	labelAnnex            // נספח א', Exhibit A, Schedule 1, Appendix B
)

// label is the parsed numbering of a line, in normalized rune positions.
type label struct {
	kind  labelKind
	depth int // dotted depth (7.3 → 2); 0 for relative kinds
	start int // start of the label token (after bullets)
	end   int // end of the label token
	rest  int // first rune of the text after the label and spaces
	// bullet marks a line that opens with a list bullet ("- ", "• "): an
	// item of a list, never a heading or the start of an annex.
	bullet bool
}

// labelWords are folded once; English entries pass through the stemmer, so
// they are compared in the same form as the text.
type labelWords struct {
	section map[string]bool
	annex   map[string]bool
}

func newLabelWords() labelWords {
	fold := func(ws ...string) map[string]bool {
		m := map[string]bool{}
		for _, w := range ws {
			m[hebrew.Fold(w)] = true
		}
		return m
	}
	return labelWords{
		section: fold("סעיף", "סעיפים", "פרק", "section", "article", "clause", "chapter", "part"),
		annex:   fold("נספח", "exhibit", "schedule", "appendix", "annex", "attachment", "addendum"),
	}
}

// parseLabel reads the numbering at the start of line (normalized runes).
func (lw labelWords) parseLabel(line []rune) label {
	i := skipBullets(line)
	if i >= len(line) {
		return label{rest: i}
	}
	bullet := isBulleted(line[:i])
	start := i
	if l, ok := parseDotted(line, i, false); ok {
		return l
	}
	if line[i] == '(' {
		if j, ok := parseParenToken(line, i+1); ok && j < len(line) && line[j] == ')' {
			return label{kind: labelParen, start: start, end: j + 1, rest: skipSpaces(line, j+1)}
		}
	}
	if j, ok := parseLetterToken(line, i); ok && j < len(line) && (line[j] == '.' || line[j] == ')') &&
		(j+1 >= len(line) || line[j+1] == ' ') {
		return label{kind: labelLetter, start: start, end: j + 1, rest: skipSpaces(line, j+1)}
	}
	// "סעיף 5", "Section 5.2", "נספח א'", "Exhibit A".
	w := i
	for w < len(line) && isWordRune(line[w]) {
		w++
	}
	word := string(line[i:w])
	if w < len(line) && line[w] == ' ' {
		k := w + 1
		if lw.section[word] {
			if l, ok := parseDotted(line, k, true); ok {
				l.kind, l.start = labelWord, start
				return l
			}
		}
		if lw.annex[word] && !bullet {
			// "- Schedule E: Insurance" in a list of schedules names an
			// annex; it does not start one.
			if j, ok := parseAnnexToken(line, k); ok {
				return label{kind: labelAnnex, start: start, end: j, rest: skipSpacesPunct(line, j)}
			}
		}
	}
	return label{start: start, end: start, rest: start, bullet: bullet}
}

// isBulleted reports whether the marks before a line's text include a list
// bullet. "#" (a Markdown heading), ">" and "|" are not bullets, and "**"
// is Markdown emphasis, not a bullet.
func isBulleted(marks []rune) bool {
	for k, r := range marks {
		switch r {
		case '•', '·', '-', '–', '▪', '●', '○', '◦', '■', '□', '‣', '⁃':
			return true
		case '*':
			if (k == 0 || marks[k-1] != '*') && (k+1 == len(marks) || marks[k+1] != '*') {
				return true
			}
		}
	}
	return false
}

func skipBullets(line []rune) int {
	i := 0
	for i < len(line) {
		switch line[i] {
		case ' ', '\t', '•', '·', '*', '#', '-', '–', '▪', '●', '○', '◦', '■', '□', '‣', '⁃', '>', '|':
			i++
			continue
		}
		break
	}
	return i
}

func skipSpaces(line []rune, i int) int {
	for i < len(line) && line[i] == ' ' {
		i++
	}
	return i
}

// skipSpacesPunct skips the separators between an annex label and its title
// ("נספח א' – תיאור השירותים", "Exhibit A: Fees").
func skipSpacesPunct(line []rune, i int) int {
	for i < len(line) && (line[i] == ' ' || line[i] == '-' || line[i] == ':' || line[i] == '.' || line[i] == ',') {
		i++
	}
	return i
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// parseDotted reads 7 / 7. / 7.3 / 7.3.1. / 7) followed by a space or the
// end of the line. Each part has at most three digits, so a date such as
// 1.3.2026 is not a label. A bare number ("5") is accepted only after a
// word such as "סעיף" (bare).
func parseDotted(line []rune, i int, bare bool) (label, bool) {
	start, depth := i, 0
	for {
		j := i
		for j < len(line) && isDigit(line[j]) && j-i < 4 {
			j++
		}
		if j == i || j-i > 3 {
			return label{}, false
		}
		depth++
		i = j
		if i+1 < len(line) && line[i] == '.' && isDigit(line[i+1]) {
			i++
			continue
		}
		break
	}
	end, closed := i, false
	if i < len(line) && (line[i] == '.' || line[i] == ')') {
		i++
		end, closed = i, true
	}
	if i < len(line) && line[i] != ' ' && !(closed && isWordRune(line[i]) && !isDigit(line[i])) {
		// "1.הגדרות" (no space after the dot) is still a label; "1.5"
		// and "1,000" are numbers.
		return label{}, false
	}
	if depth == 1 && !closed && i < len(line) && !bare {
		// A bare number followed by a word ("30 ימים") is not a label.
		return label{}, false
	}
	return label{kind: labelDotted, depth: depth, start: start, end: end, rest: skipSpaces(line, i)}, true
}

func parseParenToken(line []rune, i int) (int, bool) {
	j := i
	switch {
	case j < len(line) && isDigit(line[j]):
		for j < len(line) && isDigit(line[j]) && j-i < 3 {
			j++
		}
	case j < len(line) && hebrew.IsLetter(line[j]):
		for j < len(line) && hebrew.IsLetter(line[j]) && j-i < 2 {
			j++
		}
		if j < len(line) && (line[j] == '\'' || line[j] == '"') {
			j++
		}
	default:
		for j < len(line) && line[j] >= 'a' && line[j] <= 'z' && j-i < 4 {
			j++
		}
		if j-i > 1 && !isRoman(line[i:j]) {
			return 0, false
		}
	}
	return j, j > i
}

func parseLetterToken(line []rune, i int) (int, bool) {
	j := i
	switch {
	case hebrew.IsLetter(line[j]):
		for j < len(line) && hebrew.IsLetter(line[j]) && j-i < 2 {
			j++
		}
		if j < len(line) && line[j] == '\'' {
			j++
		}
	case line[j] >= 'a' && line[j] <= 'z':
		for j < len(line) && line[j] >= 'a' && line[j] <= 'z' && j-i < 4 {
			j++
		}
		if j-i > 1 && !isRoman(line[i:j]) {
			return 0, false
		}
	default:
		return 0, false
	}
	return j, true
}

func isRoman(rs []rune) bool {
	return strings.Trim(string(rs), "ivxlc") == ""
}

// parseAnnexToken reads the designation after "נספח"/"Exhibit": a Hebrew
// letter with an optional geresh, a Latin letter or roman numeral, or a
// number. A word follows a designation only after a separator.
func parseAnnexToken(line []rune, i int) (int, bool) {
	j := i
	switch {
	case j < len(line) && isDigit(line[j]):
		for j < len(line) && (isDigit(line[j]) || line[j] == '.') && j-i < 4 {
			j++
		}
	case j < len(line) && hebrew.IsLetter(line[j]):
		for j < len(line) && hebrew.IsLetter(line[j]) && j-i < 2 {
			j++
		}
		if j < len(line) && (line[j] == '\'' || line[j] == '"') {
			j++
		} else if j-i > 1 {
			return 0, false // a word, not a designation: "נספח זה"
		}
	case j < len(line) && line[j] >= 'a' && line[j] <= 'z':
		for j < len(line) && line[j] >= 'a' && line[j] <= 'z' && j-i < 4 {
			j++
		}
		if j-i > 1 && !isRoman(line[i:j]) {
			return 0, false
		}
	default:
		return 0, false
	}
	if j < len(line) && isWordRune(line[j]) {
		return 0, false
	}
	return j, j > i
}
