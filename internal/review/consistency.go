package review

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/heskem/heskem/internal/hebrew"
)

// inconsistencies reports the same key amount or date stated differently:
// two amounts that follow the same anchor ("התמורה הכוללת", "total fee")
// with different values in the same currency, or two start (or end) dates
// that differ. The check is conservative on purpose: only anchored values
// are compared, because an agreement legitimately states many amounts.
func (e *Engine) inconsistencies(doc *document) {
	type anchored struct {
		key        string
		start, end int
		value      string
	}
	anchorBefore := func(signal string, p, window int) string {
		g, ok := e.sig[signal]
		if !ok {
			return ""
		}
		ci := doc.clauseAt(p)
		if ci < 0 {
			return ""
		}
		best := ""
		hs := doc.clauses[ci].hits
		for k := firstFrom(hs, p-window-maxPhrase); k < len(hs) && int(hs[k].start) < p; k++ {
			h := hs[k]
			if int(h.group) == g && !h.neg && int(h.stop()) <= p && p-int(h.stop()) <= window {
				best = e.lex.patterns[h.pat].text
			}
		}
		return best
	}
	check := func(kind string, items []anchored) {
		first := map[string]anchored{}
		for _, a := range items {
			f, ok := first[a.key]
			if !ok {
				first[a.key] = a
				continue
			}
			if f.value == a.value {
				continue
			}
			ci := doc.clauseAt(a.start)
			fd := doc.findingAt(kind, SeverityWarning, a.start, a.end, e.sectionAt(doc, a.start))
			ftext, fa, _ := doc.quote(f.start, f.end)
			m := e.msg(doc.lang, kind)
			fd.Message = fmt.Sprintf(m.Message, fd.Text, ftext, fa)
			fd.Suggestion = m.Suggestion
			if ci >= 0 {
				doc.findings = append(doc.findings, fd)
			}
		}
	}
	var amounts []anchored
	for _, a := range doc.sc.amounts {
		if k := anchorBefore("price_anchor", a.start, 60); k != "" && !amountBetween(doc, a.start) {
			amounts = append(amounts, anchored{k + "|" + a.currency + "|" + a.vat, a.start, a.end, a.value})
		}
	}
	check(KindInconsistentAmount, amounts)
	var dates []anchored
	for _, d := range doc.sc.dates {
		if d.y == 0 || d.d == 0 {
			// A day of the year without its year, or a month without
			// its day, cannot be compared.
			continue
		}
		for _, sig := range []string{"start_anchor", "end_anchor"} {
			if anchorBefore(sig, d.start, 40) != "" && !dateBetween(doc, d.start) {
				dates = append(dates, anchored{sig, d.start, d.end, fmt.Sprintf("%04d-%02d-%02d", d.y, d.m, d.d)})
				break
			}
		}
	}
	check(KindInconsistentDate, dates)
}

// amountBetween reports whether another amount sits between the anchor and
// the amount at p in the same clause (then the anchor belongs to the first).
func amountBetween(doc *document, p int) bool {
	ci := doc.clauseAt(p)
	if ci < 0 {
		return false
	}
	am := doc.sc.amounts
	k := sort.Search(len(am), func(i int) bool { return am[i].end > p-40 })
	for ; k < len(am) && am[k].end <= p; k++ {
		if am[k].start >= doc.clauses[ci].start {
			return true
		}
	}
	return false
}

// dateBetween reports whether another date sits between the anchor and the
// date at p in the same clause: in "יחלו ביום 1.4.2026 ויסתיימו לא יאוחר
// מיום 30.4.2026" the start anchor belongs to the first date only.
func dateBetween(doc *document, p int) bool {
	ci := doc.clauseAt(p)
	if ci < 0 {
		return false
	}
	ds := doc.sc.dates
	k := sort.Search(len(ds), func(i int) bool { return ds[i].end > p-40 })
	for ; k < len(ds) && ds[k].end <= p; k++ {
		if ds[k].start >= doc.clauses[ci].start {
			return true
		}
	}
	return false
}

// undefinedTerms reports capitalized English terms used as defined terms
// ("the Acceptance Criteria") at least twice but never defined. Hebrew has
// no capitals, and a quoted Hebrew term is almost always its own definition,
// so the check is limited to English text.
//
// It reads each line of the original text where it stands, byte by byte,
// jumping from one "the " to the next, and counts code points only for
// the first use of a term: copying every line into a []rune and walking it
// rune by rune was most of its time.
func (e *Engine) undefinedTerms(doc *document) {
	if doc.lang != "en" {
		return
	}
	type use struct {
		count      int
		start, end int // original offsets of the first use
		text       string
	}
	uses := map[string]*use{}
	var order []string
	// keys caches, per term as written, its key, or "" for a term that is
	// a name, all capitals or defined: an agreement repeats its terms.
	keys := map[string]string{}
	for ci := range doc.clauses {
		c := &doc.clauses[ci]
		if c.kind != kindBody || c.heading {
			continue
		}
		a, b := doc.norm.Span(c.start, c.end)
		line := doc.orig.s[doc.orig.byteOff(a):doc.orig.byteOff(b)]
		for i := 0; i+4 < len(line); i++ {
			next := strings.Index(line[i:], "the ")
			if next < 0 {
				break
			}
			i += next
			if i+4 >= len(line) {
				break
			}
			if before, _ := utf8.DecodeLastRuneInString(line[:i]); i > 0 && unicode.IsLetter(before) {
				continue
			}
			j := i + 4
			words, k := 0, j
			for words < 4 && k < len(line) && unicode.IsUpper(runeAt(line, k)) {
				for k < len(line) {
					r, size := utf8.DecodeRuneInString(line[k:])
					if !unicode.IsLetter(r) && r != '-' {
						break
					}
					k += size
				}
				words++
				if k+1 < len(line) && line[k] == ' ' && unicode.IsUpper(runeAt(line, k+1)) {
					k++
					continue
				}
				break
			}
			if words == 0 || utf8.RuneCountInString(line[j:k]) < 3 {
				continue
			}
			// "the Protection of Privacy Law, 1981", "the Protection of
			// Privacy Regulations (Data Security), 2017": the name of a
			// statute or an authority, not a defined term.
			if end, ok := officialName(line, j); ok {
				i = end - 1
				continue
			}
			term := line[j:k]
			key, ok := keys[term]
			if !ok {
				if !e.commonCapitalized(term) && !allUpper(term) {
					key = termKey(hebrew.Fold(term))
					if doc.defined[key] || doc.defined[strings.TrimSuffix(key, "s")] || doc.defined[key+"s"] {
						key = ""
					}
				}
				keys[term] = key
			}
			if key == "" {
				continue
			}
			u, ok := uses[key]
			if !ok {
				start := a + utf8.RuneCountInString(line[:j])
				u = &use{start: start, end: start + utf8.RuneCountInString(term), text: term}
				uses[key] = u
				order = append(order, key)
			}
			u.count++
			i = k - 1
		}
	}
	for _, key := range order {
		u := uses[key]
		if u.count < 2 {
			continue
		}
		m := e.msg(doc.lang, KindUndefinedTerm)
		doc.findings = append(doc.findings, Finding{
			Kind: KindUndefinedTerm, Severity: SeverityWarning, Section: e.sectionAtOrig(doc, u.start),
			Start: u.start, End: u.end, Text: u.text,
			Message: fmt.Sprintf(m.Message, u.text), Suggestion: fmt.Sprintf(m.Suggestion, u.text),
		})
	}
}

// runeAt returns the rune that starts at byte i of s.
func runeAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// officialEndings are the last words of the names of statutes, courts and
// authorities: a capitalized name ending in one of them is a proper name.
var officialEndings = map[string]bool{
	"Law": true, "Laws": true, "Act": true, "Acts": true, "Regulations": true, "Regulation": true,
	"Ordinance": true, "Code": true, "Rules": true, "Directive": true, "Authority": true,
	"Court": true, "Courts": true, "Tribunal": true, "Commission": true, "Commissioner": true,
	"Ministry": true, "Office": true, "Registrar": true, "Bureau": true, "Agency": true, "Council": true,
}

// officialConnectors may join the capitalized words of an official name
// ("Protection of Privacy", "Equal Employment Opportunities and Rights").
var officialConnectors = map[string]bool{"of": true, "and": true, "for": true, "on": true, "the": true, "in": true, "&": true}

// officialName reports whether the capitalized words from byte j of line
// form the name of a statute or an authority: capitalized words, possibly
// joined by "of"/"and", ending in Law, Act, Regulations, Ordinance,
// Authority, Court… It returns the end of the name.
func officialName(line string, j int) (int, bool) {
	k := j
	for words := 0; words < 12 && k < len(line); words++ {
		for k < len(line) && line[k] == ' ' {
			k++
		}
		w := k
		for k < len(line) {
			r, size := utf8.DecodeRuneInString(line[k:])
			if !unicode.IsLetter(r) && r != '-' && r != '&' && r != '\'' {
				break
			}
			k += size
		}
		if k == w {
			return 0, false
		}
		word := line[w:k]
		switch {
		case officialEndings[word] && words > 0:
			return k, true
		case unicode.IsUpper(runeAt(line, w)):
		case officialConnectors[word] && words > 0:
		default:
			return 0, false
		}
		if k < len(line) && line[k] != ' ' {
			return 0, false
		}
	}
	return 0, false
}

func allUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// commonCapitalized lists capitalized words that are names, not defined
// terms: places, laws, months, document parts.
func (e *Engine) commonCapitalized(term string) bool {
	first := strings.Fields(term)[0]
	last := strings.Fields(term)
	lw := last[len(last)-1]
	switch lw {
	case "Law", "Act", "Regulations", "Ordinance", "Code", "Rules", "Court", "Courts", "Authority", "Ministry", "Office":
		return true
	}
	switch first {
	case "Agreement", "Parties", "Party", "State", "Israel", "United", "Exhibit", "Schedule", "Appendix", "Annex",
		"Section", "Clause", "Article", "January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December", "Sunday", "Monday", "Tuesday", "Wednesday",
		"Thursday", "Friday", "Saturday", "Internet", "English", "Hebrew", "Tel", "Jerusalem", "Haifa", "Bank",
		"District", "Supreme", "Magistrate", "Israeli", "Consumer", "Tax":
		return true
	}
	return false
}
