package review

import (
	"github.com/heskem/heskem/internal/hebrew"
)

// Tokens found by the scanner, in normalized rune positions.
type (
	amountTok struct {
		start, end int
		value      string
		currency   string
		vat        string
	}
	dateTok struct {
		start, end int
		y, m, d    int
		// a and b are the first two fields of a numeric date (day and
		// month in some order); 0 for a date with a month name.
		a, b int
	}
	durationTok struct {
		start, end  int
		count       int
		unit        string
		anchorStart int
		anchorEnd   int
	}
	percentTok struct {
		start, end int
		value      string
		per        string
	}
	spanTok struct{ start, end int }
)

// scanned holds everything the scanner found in one document.
type scanned struct {
	amounts   []amountTok
	dates     []dateTok
	durations []durationTok
	percents  []percentTok
	emails    []spanTok
	phones    []spanTok
	eomPlus   []payTok // שוטף + N and net N found by form
}

type payTok struct {
	start, end int
	kind       string
	days       int
}

// scan finds numbers with their meaning (amounts, dates, durations,
// percentages), e-mail addresses and phone numbers in one pass.
func (e *Engine) scan(rs []rune) *scanned {
	w := e.words
	out := &scanned{}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == '@' {
			if s, t, ok := emailAround(rs, i); ok {
				out.emails = append(out.emails, spanTok{s, t})
				i = t
			}
			continue
		}
		if !isDigit(r) || (i > 0 && isDigit(rs[i-1])) {
			continue
		}
		if i > 0 && !numberMayStart(rs, i) {
			continue
		}
		if s, t, ok := phoneAt(rs, i, w); ok {
			out.phones = append(out.phones, spanTok{s, t})
			i = t - 1
			continue
		}
		if d, ok := numericDate(rs, i); ok {
			out.dates = append(out.dates, d)
			i = d.end - 1
			continue
		}
		if d, ok := w.dayMonth(rs, i); ok {
			out.dates = append(out.dates, d)
			i = d.end - 1
			continue
		}
		n := parseNumber(rs, i)
		if d, ok := w.namedDate(rs, n); ok {
			if r, ok := rangeStart(rs, d); ok {
				out.dates = append(out.dates, r)
			}
			out.dates = append(out.dates, d)
			i = d.end - 1
			continue
		}
		if d, ok := w.monthYear(rs, i); ok {
			out.dates = append(out.dates, d)
			i = d.end - 1
			continue
		}
		if p, ok := w.payForm(rs, n); ok {
			out.eomPlus = append(out.eomPlus, p)
		}
		if pc, ok := w.percentAt(rs, n); ok {
			out.percents = append(out.percents, pc)
			i = pc.end - 1
			continue
		}
		if a, ok := w.amountAt(rs, n); ok {
			out.amounts = append(out.amounts, a)
			i = a.end - 1
			continue
		}
		if du, ok := w.durationAt(rs, n); ok {
			out.durations = append(out.durations, du)
			i = du.end - 1
			continue
		}
		i = n.end - 1
	}
	return out
}

// numberMayStart rejects digits glued to a word ("ISO9001", "A1") but
// accepts Hebrew prefixes ("ב30", "ה-30") and currency symbols.
func numberMayStart(rs []rune, i int) bool {
	p := rs[i-1]
	if !isWordRune(p) {
		return true
	}
	if !hebrew.IsLetter(p) {
		return false
	}
	w := i
	for w > 0 && hebrew.IsLetter(rs[w-1]) && i-w <= 3 {
		w--
	}
	if w > 0 && isWordRune(rs[w-1]) {
		return false
	}
	return hebrew.IsPrefixChain(rs[w:i])
}

func emailAround(rs []rune, at int) (int, int, bool) {
	isLocal := func(r rune) bool {
		return r < 0x80 && (isWordRune(r) || r == '.' || r == '_' || r == '-' || r == '+')
	}
	s := at
	for s > 0 && isLocal(rs[s-1]) {
		s--
	}
	t := at + 1
	dot := false
	for t < len(rs) && isLocal(rs[t]) {
		if rs[t] == '.' && t+1 < len(rs) && isLocal(rs[t+1]) {
			dot = true
		}
		t++
	}
	for t > at+1 && rs[t-1] == '.' {
		t--
	}
	return s, t, s < at && dot
}

// phoneAt recognizes a telephone number: it starts with 0 or follows a +
// (international), and has 9 to 12 digits in groups separated by - or a
// space (03-1234567, 052-123-4567, +972-52-1234567, 1-800-123-456). A
// number without a trunk 0 is a phone only in the shapes of the plans that
// write it so: North American (512) 555-0187, 512-555-0187 and
// 512.555.0187, and Indian mobiles 98190 22714.
func phoneAt(rs []rune, i int, w *wordTables) (int, int, bool) {
	start := i
	trunk := true
	switch {
	case i > 0 && rs[i-1] == '+':
		start = i - 1
	case i > 0 && rs[i-1] == '(':
		start = i - 1
		trunk = rs[i] == '0'
	case rs[i] == '0' || (rs[i] == '1' && i+1 < len(rs) && rs[i+1] == '-'):
	default:
		trunk = false
	}
	digits, j, groups := 0, i, 0
	var sizes [6]int
	dotted := false
	for j < len(rs) {
		k := j
		for k < len(rs) && isDigit(rs[k]) {
			k++
		}
		if k == j {
			break
		}
		digits += k - j
		sizes[min(groups, 5)] = k - j
		groups++
		j = k
		if j < len(rs) && rs[j] == ')' {
			j++
		}
		if j+1 < len(rs) && (rs[j] == '-' || rs[j] == ' ') && isDigit(rs[j+1]) && groups < 5 {
			j++
			continue
		}
		if !trunk && j+1 < len(rs) && rs[j] == '.' && isDigit(rs[j+1]) && groups < 3 {
			dotted = true
			j++
			continue
		}
		break
	}
	if digits < 9 || digits > 12 || (j < len(rs) && isWordRune(rs[j])) {
		return 0, 0, false
	}
	if !trunk && !plainPhone(sizes[:min(groups, 6)], dotted) {
		return 0, 0, false
	}
	if groups == 1 && start == i && !w.phoneContext(rs, i) && digits == 9 {
		return 0, 0, false // nine bare digits are more often an ID number
	}
	if w.idContext(rs, start) {
		return 0, 0, false
	}
	return start, j, true
}

// plainPhone reports whether digit groups without a trunk prefix have the
// shape of a North American number (3-3-4, dots allowed) or an Indian
// mobile (5-5).
func plainPhone(sizes []int, dotted bool) bool {
	switch {
	case len(sizes) == 3 && sizes[0] == 3 && sizes[1] == 3 && sizes[2] == 4:
		return true
	case len(sizes) == 2 && sizes[0] == 5 && sizes[1] == 5 && !dotted:
		return true
	}
	return false
}

func (w *wordTables) phoneContext(rs []rune, i int) bool {
	for _, word := range prevWords(rs, i, 3) {
		if w.phoneWord[word] {
			return true
		}
	}
	return false
}

// idContext reports whether an identity or company number label precedes i.
func (w *wordTables) idContext(rs []rune, i int) bool {
	lo := max(0, i-20)
	for k := lo; k < i; k++ {
		for _, p := range w.idWords {
			if hasPrefixRunes(rs, k, p.phrase) {
				return true
			}
		}
	}
	return false
}

// prevWords returns up to n words before i, nearest first.
func prevWords(rs []rune, i, n int) []string {
	var out []string
	eachPrevWord(rs, i, n, func(w []rune) bool {
		out = append(out, string(w))
		return true
	})
	return out
}

// eachPrevWord passes up to n words before i to fn, nearest first, within
// the line, until fn returns false. It is prevWords without building the
// strings, for callers that only compare the words.
func eachPrevWord(rs []rune, i, n int, fn func(w []rune) bool) {
	j := i
	for seen := 0; seen < n; seen++ {
		for j > 0 && !isWordRune(rs[j-1]) && rs[j-1] != '\n' {
			j--
		}
		if j == 0 || rs[j-1] == '\n' {
			return
		}
		k := j
		for k > 0 && (isWordRune(rs[k-1]) || rs[k-1] == '\'' || rs[k-1] == '"') {
			k--
		}
		if !fn(rs[k:j]) {
			return
		}
		j = k
	}
}

// eachNextWord passes up to n words after position i to fn, within the
// line, until fn returns false; punctuation around a word is not part of
// it.
func eachNextWord(rs []rune, i, n int, fn func(w []rune) bool) {
	j := i
	for seen := 0; seen < n; seen++ {
		for j < len(rs) && !isWordRune(rs[j]) && rs[j] != '\n' {
			j++
		}
		if j >= len(rs) || rs[j] == '\n' {
			return
		}
		k := j
		for k < len(rs) && (isWordRune(rs[k]) || rs[k] == '\'' || rs[k] == '"') {
			k++
		}
		if !fn(rs[j:k]) {
			return
		}
		j = k
	}
}

// hasRunePrefix reports whether w starts with p.
func hasRunePrefix(w []rune, p string) bool {
	i := 0
	for _, r := range p {
		if i >= len(w) || w[i] != r {
			return false
		}
		i++
	}
	return true
}

// nextWordHasStem reports whether one of the n words after position end
// starts with one of stems; a Hebrew word is read without its article ה
// ("השירות" is "שירות").
func nextWordHasStem(rs []rune, end, n int, stems []string) bool {
	found := false
	eachNextWord(rs, end, n, func(w []rune) bool {
		if len(w) > 0 && w[0] == 'ה' {
			w = w[1:]
		}
		for _, p := range stems {
			if hasRunePrefix(w, p) {
				found = true
				return false
			}
		}
		return true
	})
	return found
}
