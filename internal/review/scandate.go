package review

import "github.com/heskem/heskem/internal/hebrew"

// numericDate reads 1.3.2026, 01/03/2026, 1-3-26 or ISO 2026-03-01 at i.
// Which of the first two fields is the day is decided later, per document.
func numericDate(rs []rune, i int) (dateTok, bool) {
	digits := func(j, lo, hi int) (int, int, bool) {
		k := j
		for k < len(rs) && isDigit(rs[k]) {
			k++
		}
		if k-j < lo || k-j > hi {
			return 0, j, false
		}
		v := 0
		for _, r := range rs[j:k] {
			v = v*10 + int(r-'0')
		}
		return v, k, true
	}
	x, j, ok := digits(i, 1, 4)
	if !ok || j >= len(rs) {
		return dateTok{}, false
	}
	sep := rs[j]
	if sep != '.' && sep != '/' && sep != '-' {
		return dateTok{}, false
	}
	if j-i == 4 { // ISO year first
		m, k, ok := digits(j+1, 1, 2)
		if !ok || k >= len(rs) || rs[k] != sep {
			return dateTok{}, false
		}
		d, k2, ok := digits(k+1, 1, 2)
		if !ok || (k2 < len(rs) && isWordRune(rs[k2])) || !validDate(x, m, d) {
			return dateTok{}, false
		}
		return dateTok{start: i, end: k2, y: x, m: m, d: d}, true
	}
	if j-i > 2 {
		return dateTok{}, false
	}
	y0 := 0
	b, k, ok := digits(j+1, 1, 2)
	if !ok || k >= len(rs) || rs[k] != sep {
		return dateTok{}, false
	}
	y0, k2, ok := digits(k+1, 2, 4)
	if !ok || k2-(k+1) == 3 || (k2 < len(rs) && (isWordRune(rs[k2]) || (rs[k2] == sep && k2+1 < len(rs) && isDigit(rs[k2+1])))) {
		return dateTok{}, false
	}
	if y0 < 100 {
		y0 += 2000
	}
	if x < 1 || b < 1 || x > 31 || b > 31 || (x > 12 && b > 12) {
		return dateTok{}, false
	}
	return dateTok{start: i, end: k2, y: y0, a: x, b: b}, true
}

func validDate(y, m, d int) bool {
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [...]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
	if m == 2 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		days = 28
	}
	return d <= days
}

// namedDate reads "1 במרץ 2026", "1 March 2026", "1st March, 2026" and
// "March 1, 2026" around the number n.
func (w *wordTables) namedDate(rs []rune, n number) (dateTok, bool) {
	day, ok := n.intValue()
	if !ok || n.groups != 1 || day < 1 || day > 31 {
		return dateTok{}, false
	}
	// Day first: skip an ordinal suffix, a hyphen and the month word.
	j := n.end
	if word, k := w.wordAt(rs, j); word == "st" || word == "nd" || word == "rd" || word == "th" {
		j = k
	}
	j = nextWordStart(rs, j)
	if j < len(rs) && rs[j] == '-' {
		j++
	}
	if word, k := w.wordAt(rs, j); word != "" {
		if m, ok := w.monthWord(word); ok {
			if y, end, ok := yearAfter(rs, k); ok && validDate(y, m, day) {
				return dateTok{start: n.start, end: end, y: y, m: m, d: day}, true
			}
		}
	}
	// Month first: "March 1, 2026".
	p := n.start
	for p > 0 && rs[p-1] == ' ' {
		p--
	}
	q := p
	for q > 0 && isWordRune(rs[q-1]) {
		q--
	}
	if q < p {
		if m, ok := w.monthWord(string(rs[q:p])); ok {
			k := n.end
			if word, k2 := w.wordAt(rs, k); word == "st" || word == "nd" || word == "rd" || word == "th" {
				k = k2
			}
			if y, end, ok := yearAfter(rs, k); ok && validDate(y, m, day) {
				return dateTok{start: q, end: end, y: y, m: m, d: day}, true
			}
		}
	}
	return dateTok{}, false
}

func (w *wordTables) monthWord(word string) (int, bool) {
	if m, ok := w.month[word]; ok {
		return m, true
	}
	if len(word) > 0 && hebrew.IsLetter([]rune(word)[0]) {
		m, ok := w.month[stripHebrewPrefix(word)]
		return m, ok
	}
	return 0, false
}

// yearAfter reads ", 2026" or " 2026" after a month or day.
func yearAfter(rs []rune, j int) (int, int, bool) {
	if j < len(rs) && rs[j] == ',' {
		j++
	}
	j = nextWordStart(rs, j)
	k := j
	for k < len(rs) && isDigit(rs[k]) {
		k++
	}
	if k-j != 4 || (k < len(rs) && isWordRune(rs[k])) {
		return 0, 0, false
	}
	y := 0
	for _, r := range rs[j:k] {
		y = y*10 + int(r-'0')
	}
	return y, k, true
}
