package draft

import (
	"fmt"
	"strconv"
	"strings"
	"text/template"
	"unicode"
)

// The template functions. Lawyers editing the clause library use these
// names; docs/agreement-format.md lists them.
//
//	text X       a Text in the document's language
//	texts L      a list of Texts joined: "a, b and c" / "א, ב ו-ג"
//	money M      an amount with its currency: "180,000 ש״ח" / "ILS 180,000"
//	amount M     an amount without currency: "180,000"
//	pct P        a percentage: "0.5%"
//	date D       a date: "1.3.2026" / "1 March 2026"
//	dur D        a duration: "10 ימי עסקים" / "10 business days"
//	word K       a word or phrase from strings.yaml
//	words P L    each value of L as the word P.value, joined as a list
//	ref ID       the number of the section from file NN-ID.tmpl
//	milestone ID the name of a milestone
//	month M      a month: "ינואר 2026" / "January 2026"
//	title S      S with its first letter in upper case
//	inc N        N+1, for 1-based lists

// funcNames lists the functions so that templates can be parsed before a
// document's functions exist.
var funcNames = []string{"text", "texts", "money", "amount", "pct", "date", "dur", "word", "words", "ref", "milestone", "month", "title", "inc"}

// placeholderFuncs returns stand-ins with the right names for parsing;
// rendering replaces them with a document's functions.
func placeholderFuncs() template.FuncMap {
	m := template.FuncMap{}
	for _, n := range funcNames {
		m[n] = func(...any) (string, error) { return "", fmt.Errorf("template function called before binding") }
	}
	return m
}

// formatter renders values in one language for one agreement.
type formatter struct {
	ll       *langLibrary
	a        *Agreement // with defaults
	lang     string
	sections map[string]string // section id → number
	strict   bool              // refs must resolve (second pass)
}

func (f *formatter) funcs() template.FuncMap {
	return template.FuncMap{
		"text":      f.text,
		"texts":     f.texts,
		"money":     f.money,
		"amount":    func(m Money) string { return m.Grouped() },
		"pct":       func(p Percent) string { return p.String() + "%" },
		"date":      f.date,
		"dur":       f.dur,
		"word":      f.ll.word,
		"words":     f.words,
		"ref":       f.ref,
		"milestone": f.milestone,
		"month":     f.month,
		"title":     upperFirst,
		"inc":       func(n int) int { return n + 1 },
	}
}

func (f *formatter) text(t Text) (string, error) {
	s := t.In(f.lang, f.a.Language)
	if s == "" && !t.IsZero() {
		return "", fmt.Errorf("a text has no %s version (%q)", langName(f.lang), clip(t.Plain+t.He+t.En))
	}
	return s, nil
}

func (f *formatter) texts(ts []Text) (string, error) {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		s, err := f.text(t)
		if err != nil {
			return "", err
		}
		out = append(out, s)
	}
	return f.joinList(out)
}

// joinList joins items as a list: "a, b and c", "א, ב ו-ג".
func (f *formatter) joinList(items []string) (string, error) {
	switch len(items) {
	case 0:
		return "", nil
	case 1:
		return items[0], nil
	}
	and, err := f.ll.word("list.and")
	if err != nil {
		return "", err
	}
	last := items[len(items)-1]
	if f.lang == "he" {
		// The Hebrew "and" is a prefix: ו before a Hebrew word, ו- before a
		// digit or a Latin letter.
		r := []rune(last)
		if len(r) > 0 && unicode.Is(unicode.Hebrew, r[0]) {
			last = and + last
		} else {
			last = and + "-" + last
		}
		return strings.Join(items[:len(items)-1], ", ") + " " + last, nil
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + and + " " + last, nil
}

func (f *formatter) words(prefix string, values []string) (string, error) {
	out := make([]string, 0, len(values))
	for _, v := range values {
		w, err := f.ll.word(prefix + "." + v)
		if err != nil {
			return "", err
		}
		out = append(out, w)
	}
	return f.joinList(out)
}

func (f *formatter) money(m Money) (string, error) {
	pattern, err := f.ll.word("money")
	if err != nil {
		return "", err
	}
	cur, err := f.ll.word("currency." + f.a.Payment.Currency)
	if err != nil {
		return "", err
	}
	return strings.NewReplacer("{amount}", m.Grouped(), "{currency}", cur).Replace(pattern), nil
}

func (f *formatter) date(d Date) (string, error) {
	if d.IsZero() {
		return "", fmt.Errorf("a date is missing")
	}
	if f.lang == "he" {
		return d.Israeli(), nil
	}
	return d.English(), nil
}

func (f *formatter) dur(d Duration) (string, error) {
	if d.IsZero() {
		return "", fmt.Errorf("a duration is missing")
	}
	form := "many"
	if d.Count == 1 {
		form = "one"
	}
	pattern, err := f.ll.word("unit." + string(d.Unit) + "." + form)
	if err != nil {
		return "", err
	}
	return strings.ReplaceAll(pattern, "{n}", strconv.Itoa(d.Count)), nil
}

func (f *formatter) ref(id string) (string, error) {
	if n, ok := f.sections[id]; ok {
		return n, nil
	}
	if f.strict {
		return "", fmt.Errorf("ref %q: no such section in this document", id)
	}
	return "0", nil
}

func (f *formatter) milestone(id string) (string, error) {
	for _, m := range f.a.Schedule.Milestones {
		if m.ID == id {
			return f.text(m.Name)
		}
	}
	return "", fmt.Errorf("milestone %q does not exist", id)
}

func (f *formatter) month(m Month) (string, error) {
	name, err := f.ll.word("month." + strconv.Itoa(int(m.Month)))
	if err != nil {
		return "", err
	}
	return name + " " + strconv.Itoa(m.Year), nil
}

// upperFirst returns s with its first letter in upper case ("once a month"
// opening a sentence).
func upperFirst(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}
