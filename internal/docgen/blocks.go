package docgen

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/heskem/heskem/internal/review/extract/listnum"
)

// maxDepth is the number of numbering levels: section (1.), clause (1.1),
// sub-clause ((א) / (a)) and sub-sub-clause ((1) / (i)). Word's numbering
// definition in the DOCX has exactly these levels.
const maxDepth = 4

// blockKind is what a paragraph of the flattened document is.
type blockKind int

const (
	kindTitle blockKind = iota
	kindSubtitle
	kindPartyIntro // "בין:" / "לבין:" before each party
	kindParty
	kindPreamble
	kindHeading // a section heading, depth 0
	kindClause  // a clause, depth 1..maxDepth-1
)

// block is one paragraph of a document in reading order. Every writer walks
// the same blocks, so the formats agree on text, order and numbering, and a
// bilingual pair can be matched paragraph by paragraph.
type block struct {
	kind  blockKind
	depth int    // numbering level: 0 heading, 1 clause, 2 sub-clause, 3 sub-sub-clause
	num   string // the number as displayed ("1.", "1.1", "(א)"), empty for unnumbered text
	text  string // cleaned text, one line
	where string // location for error messages ("clause 3.2")
}

// numbered reports whether b carries a clause number.
func (b block) numbered() bool { return b.kind == kindHeading || b.kind == kindClause }

// line is b as one line of plain text: number, a space, text.
func (b block) line() string {
	if b.num == "" {
		return b.text
	}
	if b.text == "" {
		return b.num
	}
	return b.num + " " + b.text
}

// errNilDocument is returned when a writer is given a nil *Document.
var errNilDocument = errors.New("docgen: nil document")

// flatten checks d and returns its paragraphs in reading order. Numbers are
// computed from the position of each section and clause; a Number set by
// the caller must agree with that position (ignoring brackets and a final
// dot), because the DOCX numbers clauses by Word numbering and every format
// must show the same numbers.
func flatten(d *Document) ([]block, error) {
	if d == nil {
		return nil, errNilDocument
	}
	if d.Lang != LangHebrew && d.Lang != LangEnglish {
		return nil, fmt.Errorf("docgen: language %q: want %q or %q", d.Lang, LangHebrew, LangEnglish)
	}
	lb := d.labels()
	var out []block
	add := func(k blockKind, text, where string) {
		if t := clean(text); t != "" {
			out = append(out, block{kind: k, text: t, where: where})
		}
	}
	add(kindTitle, d.Title, "title")
	add(kindSubtitle, d.Subtitle, "subtitle")
	for i, p := range d.Parties {
		intro := lb.Between
		if i > 0 {
			intro = lb.And
		}
		where := "party " + strconv.Itoa(i+1)
		add(kindPartyIntro, intro+":", where)
		add(kindParty, partyText(p, lb), where)
	}
	for i, p := range d.Preamble {
		add(kindPreamble, p, "preamble paragraph "+strconv.Itoa(i+1))
	}
	for si, s := range d.Sections {
		path := []int{si + 1}
		num := numberLabel(d.Lang, path)
		if err := checkNumber(s.Number, num); err != nil {
			return nil, fmt.Errorf("docgen: section %d: %w", si+1, err)
		}
		out = append(out, block{kind: kindHeading, num: num, text: clean(s.Heading), where: "section " + strings.TrimSuffix(num, ".")})
		var err error
		if out, err = flattenClauses(out, d.Lang, path, s.Clauses); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func flattenClauses(out []block, lang string, parent []int, cs []Clause) ([]block, error) {
	for i, c := range cs {
		path := append(append(make([]int, 0, len(parent)+1), parent...), i+1)
		if len(path) > maxDepth {
			return nil, fmt.Errorf("docgen: clause %s: nested %d levels deep, the most is %d", where(lang, path[:len(path)-1]), len(path), maxDepth)
		}
		num := numberLabel(lang, path)
		w := where(lang, path)
		if err := checkNumber(c.Number, num); err != nil {
			return nil, fmt.Errorf("docgen: clause %s: %w", w, err)
		}
		out = append(out, block{kind: kindClause, depth: len(path) - 1, num: num, text: clean(c.Text), where: "clause " + w})
		var err error
		if out, err = flattenClauses(out, lang, path, c.Sub); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// where names a clause by its full number: "3.2", "3.2(b)", "3.2(b)(i)".
func where(lang string, path []int) string {
	var b strings.Builder
	for depth := range path {
		l := numberLabel(lang, path[:depth+1])
		if depth == 0 {
			l = strings.TrimSuffix(l, ".")
			if len(path) > 1 {
				continue // the clause number "3.2" already holds the section
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// numberLabel is the displayed number of the item at path (1-based
// positions from the section down): "3.", "3.2", "(ב)"/"(b)", "(2)"/"(ii)".
// These are exactly what the DOCX numbering definition shows.
func numberLabel(lang string, path []int) string {
	n := path[len(path)-1]
	switch len(path) {
	case 1:
		return strconv.Itoa(n) + "."
	case 2:
		return strconv.Itoa(path[0]) + "." + strconv.Itoa(n)
	case 3:
		if lang == LangHebrew {
			return "(" + listnum.Format(n, listnum.Hebrew1) + ")"
		}
		return "(" + listnum.Format(n, listnum.LowerLetter) + ")"
	default:
		if lang == LangHebrew {
			return "(" + strconv.Itoa(n) + ")"
		}
		return "(" + listnum.Format(n, listnum.LowerRoman) + ")"
	}
}

// checkNumber accepts an empty number or one equal to the computed label.
func checkNumber(given, want string) error {
	norm := func(s string) string { return strings.Trim(strings.TrimSpace(s), "().") }
	if given == "" || norm(given) == norm(want) {
		return nil
	}
	return fmt.Errorf("number %q does not match its position (%q): numbers follow the order of sections and clauses", given, want)
}

// partyText is a party as one paragraph:
// `דפנה בע"מ, ח.פ. 514567890, רחוב הברזל 3 (להלן: "הספק")`.
func partyText(p Party, lb Labels) string {
	var parts []string
	for _, s := range []string{p.Name, strings.TrimSpace(p.IDLabel + " " + p.IDNumber), p.Address} {
		if s = clean(s); s != "" {
			parts = append(parts, s)
		}
	}
	s := strings.Join(parts, ", ")
	if r := clean(p.Role); r != "" {
		s += " (" + lb.Hereafter + " \"" + r + "\")"
	}
	return s
}

// clean makes s one line of valid text: invalid UTF-8 becomes U+FFFD,
// every run of white space (line breaks and tabs included) one space,
// other control characters and the non-characters XML forbids are dropped,
// and the ends are trimmed. Format characters (bidi marks) are kept: they
// are the author's, and the review engine reports them.
func clean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i, w := 0, 0; i < len(s); i += w {
		r, n := utf8.DecodeRuneInString(s[i:])
		w = n
		switch {
		case isBreakingSpace(r):
			space = b.Len() > 0
			continue
		case r == utf8.RuneError && n == 1:
			r = unicode.ReplacementChar
		case unicode.IsControl(r), r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isBreakingSpace reports the white space clean folds into one space. The
// no-break space is not among them: "₪ 12,500" may use it on purpose.
func isBreakingSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}
