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
// "March 1, 2026" around the number n. A day and a month without a year
// ("from 2 June to 22 August 2025", "ב-15 באוגוסט", "June 2") is a date
// too, with y = 0: it says when something happens, which is what a
// timeline needs, but it is no full date for the key terms or for
// comparing two statements of the same date.
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
			y, end, ok := yearAfter(rs, k)
			if ok && validDate(y, m, day) {
				return dateTok{start: n.start, end: end, y: y, m: m, d: day}, true
			}
			if !ok && validDate(leapYear, m, day) {
				return dateTok{start: n.start, end: k, m: m, d: day}, true
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
			y, end, ok := yearAfter(rs, k)
			if ok && validDate(y, m, day) {
				return dateTok{start: q, end: end, y: y, m: m, d: day}, true
			}
			if !ok && !verbLikeMonth(string(rs[q:p])) && validDate(leapYear, m, day) {
				return dateTok{start: q, end: k, m: m, d: day}, true
			}
		}
	}
	return dateTok{}, false
}

// rangeStart reads the first day of a range of days written before a named
// date, "12-19 באוקטובר", "3–7 March 2026": a day, a dash and the named
// date's day. It is a date of its own, in the named date's month and year,
// so that the range is two dates, a start and an end.
func rangeStart(rs []rune, d dateTok) (dateTok, bool) {
	p := d.start
	if p < 2 || rs[p-1] != '-' || !isDigit(rs[p-2]) || d.d == 0 {
		return dateTok{}, false
	}
	q := p - 1
	for q > 0 && isDigit(rs[q-1]) && p-1-q < 2 {
		q--
	}
	if q > 0 && (isDigit(rs[q-1]) || rs[q-1] == '.' || rs[q-1] == '/' || rs[q-1] == '-') {
		return dateTok{}, false
	}
	day := 0
	for _, r := range rs[q : p-1] {
		day = day*10 + int(r-'0')
	}
	if day < 1 || day >= d.d {
		return dateTok{}, false
	}
	return dateTok{start: q, end: p - 1, y: d.y, m: d.m, d: day}, true
}

// monthYear reads a month and a year without a day, "March 2026", "מרץ
// 2026", "בחודש מאי 2025", from the year's digits at i back to the month
// word before them: "the works will be completed by March 2026", "from
// January 2026 to June 2026". It is a date for a timeline, with d = 0:
// no full date for the key terms or for comparing two statements.
func (w *wordTables) monthYear(rs []rune, i int) (dateTok, bool) {
	y, end, ok := yearAfter(rs, i)
	if !ok || y < 1990 || y > 2100 {
		return dateTok{}, false
	}
	p := i
	if p > 0 && rs[p-1] == ' ' {
		p--
	}
	if p > 0 && rs[p-1] == ',' {
		p--
	}
	q := p
	for q > 0 && isWordRune(rs[q-1]) {
		q--
	}
	if q == p {
		return dateTok{}, false
	}
	word := string(rs[q:p])
	m, ok := w.monthWord(word)
	if !ok || word == "may" { // the modal: "the Supplier may 2026" is no date
		return dateTok{}, false
	}
	return dateTok{start: q, end: end, y: y, m: m}, true
}

// dayMonth reads a Hebrew day and month without a year, "ביום 15.8",
// "עד ה-11/9", "ב-5.1": the way Israeli booking and event terms write
// this year's dates. Digits alone ("5.1") are as often a clause number,
// so only a date word before them ("ביום", "בתאריך", "עד", "החל מ") or
// the prefix "ב"/"מ" glued to the number makes them a date. Hebrew dates
// are day-first.
func (w *wordTables) dayMonth(rs []rune, i int) (dateTok, bool) {
	d, j := digitsAt(rs, i)
	if j-i < 1 || j-i > 2 || j+1 >= len(rs) || (rs[j] != '.' && rs[j] != '/') {
		return dateTok{}, false
	}
	m, k := digitsAt(rs, j+1)
	if k-(j+1) < 1 || k-(j+1) > 2 || (k < len(rs) && isWordRune(rs[k])) ||
		(k+1 < len(rs) && (rs[k] == '.' || rs[k] == '/') && isDigit(rs[k+1])) || !validDate(leapYear, m, d) {
		return dateTok{}, false
	}
	// "עד 2.5 שעות", "ב-1.5%", "ב-2.5 מיליון": a decimal number.
	if k < len(rs) && (rs[k] == '%' || (rs[k] == ',' && k+1 < len(rs) && isDigit(rs[k+1]))) {
		return dateTok{}, false
	}
	if n := nextWordStart(rs, k); n < len(rs) {
		if _, ok := w.currency[string(rs[n])]; ok { // "ב-1.5 ₪"
			return dateTok{}, false
		}
	}
	if word, _ := w.wordAt(rs, nextWordStart(rs, k)); word != "" {
		if _, ok := w.unit[word]; ok || w.measureWord[word] || w.percentWord[word] {
			return dateTok{}, false
		}
		if _, ok := w.currency[word]; ok {
			return dateTok{}, false
		}
		if _, ok := w.multiplier[word]; ok {
			return dateTok{}, false
		}
	}
	// What stands before the number: a glued prefix ("ב-", "עד ה-")
	// and the word before it.
	p := i
	if p > 0 && (rs[p-1] == '-' || rs[p-1] == '־') {
		p--
	}
	q := p
	for q > 0 && hebrew.IsLetter(rs[q-1]) {
		q--
	}
	switch glued := string(rs[q:p]); glued {
	case "ב", "וב", "מ", "ומ":
		return dateTok{start: i, end: k, m: m, d: d}, true
	case "", "ה", "ל":
		if glued == "" && p == i {
			// No prefix and no hyphen: the word before must be
			// apart from the number.
			q = i
		}
	default:
		if p == i {
			return dateTok{}, false
		}
		// "ביום-15.8": the glued word is the date word itself.
		if w.dateWord[glued] {
			return dateTok{start: i, end: k, m: m, d: d}, true
		}
		return dateTok{}, false
	}
	if w.dateWord[labelBefore(rs, q)] { // "ביום 15.8", "מועד הפעילות: 14.6"
		return dateTok{start: i, end: k, m: m, d: d}, true
	}
	return dateTok{}, false
}

// labelBefore returns the word that ends before p, past the spaces and a
// label's colon between them ("Date: ____", "מועד הפעילות: 14.6"), or ""
// when a word does not end there.
func labelBefore(rs []rune, p int) string {
	for p > 0 && (rs[p-1] == ' ' || rs[p-1] == ':') {
		p--
	}
	b := p
	for b > 0 && isWordRune(rs[b-1]) {
		b--
	}
	return string(rs[b:p])
}

// digitsAt reads the decimal digits at i and returns their value and end;
// end == i when there are none. At most four digits are read.
func digitsAt(rs []rune, i int) (int, int) {
	v, j := 0, i
	for j < len(rs) && isDigit(rs[j]) && j-i < 4 {
		v = v*10 + int(rs[j]-'0')
		j++
	}
	return v, j
}

// leapYear stands in for the unknown year of a date written without one,
// so that 29 February is a valid day of the year.
const leapYear = 2024

// verbLikeMonth holds the month names that are also English verbs: "the
// Client may 2 …" is no date, so before a number without a year they are
// not read as months.
func verbLikeMonth(word string) bool {
	switch word {
	case "may", "march", "mar":
		return true
	}
	return false
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
