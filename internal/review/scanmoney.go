package review

import "github.com/heskem/heskem/internal/hebrew"

// percentAt reads "5%", "5 %", "5 אחוזים", "5 percent" and the right-to-left
// extraction artifact "%5", with the period the rate is per when stated.
func (w *wordTables) percentAt(rs []rune, n number) (percentTok, bool) {
	j := nextWordStart(rs, n.end)
	end := -1
	switch {
	case j < len(rs) && rs[j] == '%':
		end = j + 1
	case n.start > 0 && rs[n.start-1] == '%':
		end = n.end
	default:
		if word, k := w.wordAt(rs, j); word != "" {
			if w.percentWord[word] {
				end = k
			} else if word == "per" {
				if word2, k2 := w.wordAt(rs, nextWordStart(rs, k)); word2 == "cent" {
					end = k2
				}
			}
		}
	}
	if end < 0 {
		return percentTok{}, false
	}
	start := n.start
	if rs[max(0, n.start-1)] == '%' && end == n.end {
		start = n.start - 1
	}
	p := percentTok{start: start, end: end, value: n.value(0)}
	p.per = w.perAfter(rs, end)
	if p.per == "" {
		p.per = w.perBeforeAt(rs, start)
	}
	return p, true
}

// perAfter finds "ליום", "per month", "לכל יום איחור" within a few words.
func (w *wordTables) perAfter(rs []rune, j int) string {
	limit := min(len(rs), j+40)
	for k := j; k < limit; k++ {
		if rs[k] == '\n' || rs[k] == ';' || (rs[k] == '.' && k+1 < len(rs) && rs[k+1] == ' ') {
			break
		}
		if k > j && isWordRune(rs[k-1]) {
			continue
		}
		for _, p := range w.per {
			if hasPrefixRunes(rs, k, p.phrase) && (k+len(p.phrase) >= len(rs) || !isWordRune(rs[k+len(p.phrase)])) {
				return p.value
			}
		}
	}
	return ""
}

func (w *wordTables) perBeforeAt(rs []rune, i int) string {
	per := ""
	eachPrevWord(rs, i, 4, func(word []rune) bool {
		for _, p := range w.perBefore {
			if equalRunes(word, p.phrase) {
				per = p.value
				return false
			}
		}
		return true
	})
	return per
}

// amountAt reads a sum of money around the number n: a currency symbol or
// word before or after it ("₪ 12,500", "12,500 ש"ח", "NIS 12,500",
// "$5,000", "50 אלף ש"ח", "1.5 million dollars"), with the VAT statement
// that follows it.
func (w *wordTables) amountAt(rs []rune, n number) (amountTok, bool) {
	a := amountTok{start: n.start, end: n.end, vat: "unstated"}
	shift := 0
	// Before: a symbol glued or spaced, or a currency word.
	p := n.start
	for p > 0 && rs[p-1] == ' ' {
		p--
	}
	if p > 0 {
		if c, ok := w.currency[string(rs[p-1])]; ok {
			a.currency, a.start = c, p-1
		} else {
			q := p
			for q > 0 && (isWordRune(rs[q-1]) || rs[q-1] == '"' || rs[q-1] == '$') {
				q--
			}
			if c, ok := w.currency[string(rs[q:p])]; ok && q < p {
				a.currency, a.start = c, q
			} else if randBefore(rs, q, p, n) {
				a.currency, a.start = "ZAR", q
			}
		}
	}
	// After: a multiplier, then a symbol or currency word.
	j := nextWordStart(rs, n.end)
	if word, k := w.wordAt(rs, j); word != "" {
		if m, ok := w.multiplier[word]; ok {
			shift, a.end = m, k
			j = nextWordStart(rs, k)
		}
	}
	if a.currency == "" && j < len(rs) {
		if c, ok := w.currency[string(rs[j])]; ok {
			a.currency, a.end = c, j+1
		} else if word, k := w.wordAt(rs, j); word != "" {
			c, ok := w.currency[word]
			if !ok && hebrew.IsLetter([]rune(word)[0]) {
				c, ok = w.currency[stripHebrewPrefix(word)]
			}
			if ok {
				a.currency, a.end = c, k
			}
		}
	}
	if a.currency == "" {
		return amountTok{}, false
	}
	a.value = n.value(shift)
	a.vat = w.vatAfter(rs, a.end)
	return a, true
}

// randBefore reports whether the word rs[q:p] before number n is the rand
// sign of a South African price: "R 650 per hour", "R12 500.00". A lone
// "R" is also a letter of requirement and row labels ("R1", "Section R
// 12"), so it counts only before a number of three digits or more.
func randBefore(rs []rune, q, p int, n number) bool {
	return p-q == 1 && rs[q] == 'r' && digitCount(rs[n.start:n.end]) >= 3
}

// vatAfter reads the VAT statement that follows an amount within the same
// sentence; exclusions ("לא כולל מע"מ") are checked before inclusions.
func (w *wordTables) vatAfter(rs []rune, j int) string {
	limit := min(len(rs), j+60)
	for k := j; k < limit; k++ {
		if rs[k] == '\n' || rs[k] == ';' || (rs[k] == '.' && k+1 < len(rs) && rs[k+1] == ' ') {
			break
		}
		if k > j && isWordRune(rs[k-1]) && rs[k] != '+' {
			continue
		}
		for _, p := range w.vat {
			if hasPrefixRunes(rs, k, p.phrase) {
				return p.value
			}
		}
	}
	return "unstated"
}

// durationAt reads "30 ימים", "30 (שלושים) ימי עסקים", "thirty (30) days",
// "12 months" and the event the duration counts from.
func (w *wordTables) durationAt(rs []rune, n number) (durationTok, bool) {
	count, ok := n.intValue()
	if !ok || n.groups != 1 || count > 3650 {
		return durationTok{}, false
	}
	j := nextWordStart(rs, n.end)
	if j < len(rs) && rs[j] == ')' {
		j = nextWordStart(rs, j+1)
	}
	if j < len(rs) && rs[j] == '(' {
		k := j + 1
		for k < len(rs) && rs[k] != ')' && k-j < 30 && rs[k] != '\n' {
			k++
		}
		if k < len(rs) && rs[k] == ')' {
			j = nextWordStart(rs, k+1)
		}
	}
	word, k := w.wordAt(rs, j)
	if word == "" {
		return durationTok{}, false
	}
	unit, end := "", k
	// Two-word units first ("ימי עסקים", "business day").
	if k2 := nextWordStart(rs, k); k2 < len(rs) {
		if word2, k3 := w.wordAt(rs, k2); word2 != "" {
			if u, ok := w.unit[word+" "+word2]; ok {
				unit, end = u, k3
			}
		}
	}
	if unit == "" {
		u, ok := w.unit[word]
		if !ok {
			return durationTok{}, false
		}
		unit = u
	}
	d := durationTok{start: n.start, end: end, count: count, unit: unit}
	// "thirty (30) days": the quote starts at the number word.
	if p := n.start - 1; p >= 0 && rs[p] == '(' && n.end < len(rs) && rs[n.end] == ')' {
		d.start = p
		q := p
		for q > 0 && rs[q-1] == ' ' {
			q--
		}
		k := q
		for k > 0 && (isWordRune(rs[k-1]) || rs[k-1] == '-') {
			k--
		}
		if k < q && !isDigit(rs[k]) && q-k <= 20 {
			d.start = k
		}
	}
	d.anchorStart, d.anchorEnd = w.anchorAfter(rs, end)
	return d, true
}

// anchorAfter returns the phrase a duration counts from ("מיום החתימה",
// "of signature", "from receipt of the invoice"), up to six words.
func (w *wordTables) anchorAfter(rs []rune, j int) (int, int) {
	s := nextWordStart(rs, j)
	word, k := w.wordAt(rs, s)
	if word == "" || !(w.anchorIntro[word] || fromPrefixed(word)) {
		return 0, 0
	}
	if word == "of" {
		// "30 days of receipt" counts from an event; "24 months of
		// history" does not.
		next, k2 := w.wordAt(rs, nextWordStart(rs, k))
		if w.determiner[next] {
			next, _ = w.wordAt(rs, nextWordStart(rs, k2))
		}
		if !w.eventNoun[next] {
			return 0, 0
		}
	}
	words, t := 1, k
	for t < len(rs) && words < 6 {
		r := rs[t]
		if r == ',' || r == '.' || r == ';' || r == ')' || r == '(' || r == '"' || r == '\n' || r == ':' {
			break
		}
		if r == ' ' {
			words++
		}
		t++
	}
	for t > s && rs[t-1] == ' ' {
		t--
	}
	return s, t
}

// payForm reads the payment-term forms that carry their own number:
// שוטף + 30, שוטף+60, שוטף פלוס 45, ש+30, net 30, Net-45, EOM + 30.
func (w *wordTables) payForm(rs []rune, n number) (payTok, bool) {
	days, ok := n.intValue()
	if !ok || n.groups != 1 || days > 365 {
		return payTok{}, false
	}
	p := n.start
	for p > 0 && rs[p-1] == ' ' {
		p--
	}
	plus := false
	if p > 0 && rs[p-1] == '+' {
		plus = true
		p--
		for p > 0 && rs[p-1] == ' ' {
			p--
		}
	} else if p > 0 && rs[p-1] == '-' {
		p--
	}
	q := p
	for q > 0 && isWordRune(rs[q-1]) {
		q--
	}
	word := string(rs[q:p])
	if word == "פלוס" {
		plus = true
		p = q
		for p > 0 && rs[p-1] == ' ' {
			p--
		}
		q = p
		for q > 0 && isWordRune(rs[q-1]) {
			q--
		}
		word = string(rs[q:p])
	}
	switch {
	case plus && (word == "ש" || word == "eom" || hasHebrewStem(word, "שוטפ")):
		return payTok{start: q, end: n.end, kind: "eom_plus", days: days}, true
	case word == "net":
		return payTok{start: q, end: n.end, kind: "net", days: days}, true
	}
	return payTok{}, false
}

// hasHebrewStem reports whether word is stem with a valid prefix chain.
func hasHebrewStem(word, stem string) bool {
	rw, rs := []rune(word), []rune(stem)
	if len(rw) < len(rs) || string(rw[len(rw)-len(rs):]) != stem {
		return false
	}
	return hebrew.IsPrefixChain(rw[:len(rw)-len(rs)])
}

// fromPrefixed recognizes a Hebrew "from"-noun: מ + a word of three or more
// letters ("מבקשתו", "ממסירת", "מהודעת"), the usual way an anchor is
// written after a duration.
func fromPrefixed(word string) bool {
	rs := []rune(word)
	if len(rs) < 4 || rs[0] != 'מ' {
		return false
	}
	for _, r := range rs {
		if !hebrew.IsLetter(r) {
			return false
		}
	}
	return true
}
