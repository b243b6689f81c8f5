package review

import (
	"strings"
	"unicode"

	"github.com/heskem/heskem/internal/hebrew"
)

// collectDefinitions gathers the defined terms of the agreement:
//
//	"השירותים" – השירותים המפורטים בנספח א'      (a definitions line)
//	"Services" means the services described…
//	„X" פירושו / משמעו / –
//	(להלן: "הספק"), (להלן: ה"ספק"), (the "Supplier"), (hereinafter "Client")
//	Services: the work described…               (inside a definitions section)
//
// Terms are stored folded, without the Hebrew article or English "the", so
// that a later use in any form can be looked up.
func (e *Engine) collectDefinitions(doc *document) {
	doc.defined = map[string]bool{}
	rs := doc.norm.Runes
	for i := range doc.clauses {
		c := &doc.clauses[i]
		line := rs[c.start:c.end]
		body := c.lbl.rest
		// Quoted terms: in parentheses, or opening a line and followed by
		// a definition marker.
		for j := 0; j < len(line); j++ {
			if line[j] != '"' || (j > 0 && hebrew.IsLetter(line[j-1]) && j+1 < len(line) && hebrew.IsLetter(line[j+1]) && !isArticleQuote(line, j)) {
				continue
			}
			k := j + 1
			for k < len(line) && line[k] != '"' && k-j < 60 {
				k++
			}
			if k >= len(line) || line[k] != '"' || k == j+1 {
				continue
			}
			term := string(line[j+1 : k])
			if countWords([]rune(term)) > 6 {
				j = k
				continue
			}
			if inParens(line, j) || (j-body <= 2 && definitionMarker(line[k+1:])) || strongDefinitionMarker(line[k+1:]) || precededByHereinafter(line, j) {
				doc.defined[termKey(term)] = true
			}
			j = k
		}
		// Unquoted "Work Product has the meaning given in section 5" or
		// "Deliverables means …" opening a line.
		if c.lbl.rest < len(line) && doc.lang == "en" && containsRunes(line[c.lbl.rest:], meanRunes) {
			a, b := doc.norm.Span(c.start+c.lbl.rest, c.end)
			if term, ok := unquotedDefinition([]rune(doc.orig.slice(a, b))); ok {
				doc.defined[termKey(hebrew.Fold(term))] = true
			}
		}
		if c.kind == kindDefinitions && c.lbl.rest < len(line) {
			// Unquoted "Term – meaning" or "Term: meaning".
			rest := line[c.lbl.rest:]
			for j, r := range rest {
				if j > 40 {
					break
				}
				if (r == ':' || (r == '-' && j > 0 && rest[j-1] == ' ')) && countWords(rest[:j]) <= 4 && j > 0 {
					doc.defined[termKey(string(rest[:j]))] = true
					break
				}
			}
		}
	}
}

// isArticleQuote reports whether the quote at j follows the article ה that
// opens a quoted term (ה"ספק"), rather than sitting inside an abbreviation.
func isArticleQuote(line []rune, j int) bool {
	return line[j-1] == 'ה' && (j < 2 || !isWordRune(line[j-2])) && hasClosingQuote(line, j+1)
}

func hasClosingQuote(line []rune, j int) bool {
	for k := j; k < len(line) && k-j < 60; k++ {
		if line[k] == '"' {
			return k+1 >= len(line) || !hebrew.IsLetter(line[k+1])
		}
	}
	return false
}

func inParens(line []rune, j int) bool {
	for k := j - 1; k >= 0 && j-k < 40; k-- {
		switch line[k] {
		case '(':
			return true
		case ')':
			return false
		}
	}
	return false
}

func precededByHereinafter(line []rune, j int) bool {
	lo := max(0, j-25)
	s := string(line[lo:j])
	return strings.Contains(s, "להלנ") || strings.Contains(s, "hereinafter") || strings.Contains(s, "referred to a")
}

// definitionMarker reports whether the text after a quoted term defines it.
func definitionMarker(after []rune) bool {
	s := strings.TrimLeft(string(after), " ")
	for _, m := range []string{"-", ":", "פירושו", "פירושה", "משמעו", "משמעה", "משמעות", "יהיה", "תהיה", "mean", "shall mean", "refer", "ha the meaning", "includ", "or \""} {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// strongDefinitionMarker reports whether the text after a quoted term
// defines it wherever the term stands in its sentence: 'In this section,
// "Work Product" means …', '"Deliverables" has the meaning given in
// section 3'.
func strongDefinitionMarker(after []rune) bool {
	s := strings.TrimLeft(string(after), " ,")
	for _, m := range []string{"mean", "shall mean", "will mean", "ha the meaning", "ha the same meaning", "is defined in", "are defined in", "as defined in", "פירושו", "פירושה", "משמעו", "משמעה", "כהגדרתו", "כהגדרתה", "כמשמעותו", "כמשמעותה"} {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// unquotedDefinition reads a line of original text that opens with a
// capitalized term of up to four words followed by "means" or "has the
// meaning": "Work Product has the meaning given in section 5".
func unquotedDefinition(line []rune) (string, bool) {
	k, words := 0, 0
	for words < 4 && k < len(line) && unicode.IsUpper(line[k]) {
		for k < len(line) && (unicode.IsLetter(line[k]) || line[k] == '-') {
			k++
		}
		words++
		if k+1 < len(line) && line[k] == ' ' && unicode.IsUpper(line[k+1]) {
			k++
			continue
		}
		break
	}
	if words == 0 || k+1 >= len(line) || line[k] != ' ' {
		return "", false
	}
	rest := string(line[k+1:])
	for _, m := range []string{"means ", "mean ", "shall mean ", "has the meaning ", "have the meaning ", "has the same meaning ", "is defined in "} {
		if strings.HasPrefix(rest, m) {
			return string(line[:k]), true
		}
	}
	return "", false
}

// meanRunes is the stem every unquoted definition carries ("means", "has
// the meaning"), looked for before the line is read in its original case.
var meanRunes = []rune(" mean")

// containsRunes reports whether sub occurs in rs.
func containsRunes(rs, sub []rune) bool {
	for i := 0; i+len(sub) <= len(rs); i++ {
		if equalRunes(rs[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// termKey folds a defined term for lookup: trimmed, without the Hebrew
// article ה or the English "the", and without quotes.
func termKey(term string) string {
	t := strings.Trim(term, " \"'.,:;-")
	t = strings.TrimPrefix(t, "the ")
	rs := []rune(t)
	if len(rs) > 3 && rs[0] == 'ה' {
		t = string(rs[1:])
	}
	return t
}
