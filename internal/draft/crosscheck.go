package draft

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/heskem/heskem/internal/docgen"
)

// Mismatch is a difference between the Hebrew and the English version of
// a bilingual agreement: a number, date or percentage that one version of
// a clause states and the other does not, or a clause that exists in one
// version only.
type Mismatch struct {
	// Where is the place in the document: a clause number ("7.2",
	// "7.2(ב)"), "title", "parties 1" or "preamble 2".
	Where string `json:"where"`
	// Lang is the version that states Value: "he" or "en".
	Lang string `json:"lang"`
	// Value is the normalized number ("240000"), date ("2026-03-01"),
	// month ("2026-01") or percentage ("0.5%"); empty for a structural
	// mismatch.
	Value string `json:"value,omitempty"`
	// Reason explains the mismatch in English.
	Reason string `json:"reason"`
}

// String formats the mismatch for a report.
func (m Mismatch) String() string {
	if m.Value == "" {
		return fmt.Sprintf("%s: %s", m.Where, m.Reason)
	}
	return fmt.Sprintf("%s: %s %q %s", m.Where, langName(m.Lang), m.Value, m.Reason)
}

// CrossCheck compares a Hebrew and an English document clause by clause
// and returns every number, date and percentage that appears in one
// version of a clause but not in the other, and every clause that has no
// counterpart. Two documents built from the same agreement have none; a
// mismatch means a translation was edited by hand or a bilingual text in
// the agreement file ({he: …, en: …}) says different things in its two
// languages.
func CrossCheck(he, en *docgen.Document) []Mismatch {
	var out []Mismatch
	cmp := func(where, h, e string) {
		out = append(out, compareValues(where, h, e)...)
	}
	missing := func(where, lang string) {
		out = append(out, Mismatch{Where: where, Lang: lang, Reason: "exists only in the " + langName(lang) + " version"})
	}
	cmp("title", he.Title, en.Title)
	cmp("subtitle", he.Subtitle, en.Subtitle)
	pairs(len(he.Parties), len(en.Parties), func(i int) {
		h, e := he.Parties[i], en.Parties[i]
		cmp(fmt.Sprintf("parties %d", i+1), h.IDNumber+" "+h.Address, e.IDNumber+" "+e.Address)
	}, func(i int, lang string) { missing(fmt.Sprintf("parties %d", i+1), lang) })
	pairs(len(he.Preamble), len(en.Preamble), func(i int) {
		cmp(fmt.Sprintf("preamble %d", i+1), he.Preamble[i], en.Preamble[i])
	}, func(i int, lang string) { missing(fmt.Sprintf("preamble %d", i+1), lang) })
	pairs(len(he.Sections), len(en.Sections), func(i int) {
		hs, es := he.Sections[i], en.Sections[i]
		pairs(len(hs.Clauses), len(es.Clauses), func(j int) {
			hc, ec := hs.Clauses[j], es.Clauses[j]
			cmp(hc.Number, hc.Text, ec.Text)
			pairs(len(hc.Sub), len(ec.Sub), func(k int) {
				cmp(fmt.Sprintf("%s(%d)", hc.Number, k+1), hc.Sub[k].Text, ec.Sub[k].Text)
			}, func(k int, lang string) { missing(fmt.Sprintf("%s(%d)", hc.Number, k+1), lang) })
		}, func(j int, lang string) { missing(fmt.Sprintf("%s.%d", hs.Number, j+1), lang) })
	}, func(i int, lang string) { missing(fmt.Sprintf("section %d", i+1), lang) })
	return out
}

// pairs calls both for the indexes both lists have and only for the rest,
// with the language of the longer list.
func pairs(nh, ne int, both func(int), only func(int, string)) {
	for i := range max(nh, ne) {
		switch {
		case i < nh && i < ne:
			both(i)
		case i < nh:
			only(i, "he")
		default:
			only(i, "en")
		}
	}
}

func compareValues(where, he, en string) []Mismatch {
	h, e := extractValues(he), extractValues(en)
	var out []Mismatch
	for _, v := range sortedKeys(h) {
		if !e[v] {
			out = append(out, Mismatch{Where: where, Lang: "he", Value: v, Reason: "is missing from the English version"})
		}
	}
	for _, v := range sortedKeys(e) {
		if !h[v] {
			out = append(out, Mismatch{Where: where, Lang: "en", Value: v, Reason: "is missing from the Hebrew version"})
		}
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// monthNumbers maps English and Hebrew month names to their numbers.
var monthNumbers = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"ינואר": 1, "פברואר": 2, "מרץ": 3, "מרס": 3, "אפריל": 4, "מאי": 5, "יוני": 6, "יולי": 7, "אוגוסט": 8,
	"ספטמבר": 9, "אוקטובר": 10, "נובמבר": 11, "דצמבר": 12,
}

var (
	isoDateRe     = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	dayFirstRe2   = regexp.MustCompile(`\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b`)
	namedDateRe   = regexp.MustCompile(`\b(\d{1,2}) ([A-Za-z]+) (\d{4})\b`)
	monthYearRe   = regexp.MustCompile(`([A-Za-z\p{Hebrew}]+) (\d{4})\b`)
	percentRe2    = regexp.MustCompile(`(\d+(?:\.\d+)?)\s?%`)
	numberTokenRe = regexp.MustCompile(`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`)
)

// extractValues returns the dates, months, percentages and numbers of a
// text, normalized so that the Hebrew and English forms compare equal:
// 1.3.2026 and 1 March 2026 are both 2026-03-01; 240,000 is 240000.
func extractValues(s string) map[string]bool {
	vals := map[string]bool{}
	blank := func(s string, loc []int) string {
		return s[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + s[loc[1]:]
	}
	date := func(y, m, d int) string { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }
	// Each pattern takes its matches out of the text, so that the digits
	// of a date are not counted again as numbers.
	for {
		loc := isoDateRe.FindStringSubmatchIndex(s)
		if loc == nil {
			break
		}
		vals[s[loc[0]:loc[1]]] = true
		s = blank(s, loc)
	}
	for {
		loc := dayFirstRe2.FindStringSubmatchIndex(s)
		if loc == nil {
			break
		}
		d, _ := strconv.Atoi(s[loc[2]:loc[3]])
		m, _ := strconv.Atoi(s[loc[4]:loc[5]])
		y, _ := strconv.Atoi(s[loc[6]:loc[7]])
		vals[date(y, m, d)] = true
		s = blank(s, loc)
	}
	for _, loc := range namedDateRe.FindAllStringSubmatchIndex(s, -1) {
		if m, ok := monthNumbers[strings.ToLower(s[loc[4]:loc[5]])]; ok {
			d, _ := strconv.Atoi(s[loc[2]:loc[3]])
			y, _ := strconv.Atoi(s[loc[6]:loc[7]])
			vals[date(y, m, d)] = true
			s = blank(s, loc)
		}
	}
	for _, loc := range monthYearRe.FindAllStringSubmatchIndex(s, -1) {
		if m, ok := monthNumbers[strings.ToLower(s[loc[2]:loc[3]])]; ok {
			y, _ := strconv.Atoi(s[loc[4]:loc[5]])
			vals[fmt.Sprintf("%04d-%02d", y, m)] = true
			s = blank(s, loc)
		}
	}
	for _, loc := range percentRe2.FindAllStringSubmatchIndex(s, -1) {
		vals[s[loc[2]:loc[3]]+"%"] = true
		s = blank(s, loc)
	}
	for _, n := range numberTokenRe.FindAllString(s, -1) {
		vals[strings.ReplaceAll(n, ",", "")] = true
	}
	return vals
}
