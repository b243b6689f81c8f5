package review

import "strings"

// Cross-references. Amendments and schedules point at the main agreement's
// clauses by number and title: "Sections 12 (Dispute Resolution) and 13
// (Governing Law) of the Agreement apply to this Amendment", "סעיף 9
// (אחריות ושיפוי) יחול". The title in the parentheses names the item but
// deals with nothing here, so an item's words inside it are dropped before
// anything is decided. A bare number before the parentheses is not enough
// ("1,400 ש"ח (כולל מע"מ)", "thirty (30) days"): a word of reference must
// come before it.

// Amendments close with "all other terms of the Agreement, including the
// fees, confidentiality and intellectual property, remain unchanged" ("יתר
// הוראות ההסכם, לרבות התעריפים … הוראות הסודיות, יעמדו בתוקפן"): a list of
// items that this document leaves where they were. The sentence that says
// so (signal "unchanged") deals with none of them, and its item words are
// dropped with the reference titles.

// maxRefTitle bounds the length of a referenced clause's title in runes.
const maxRefTitle = 60

// dropReferenceTitles removes the item hits that lie inside the title of a
// cross-reference. Hits are sorted by start and stay so.
func (e *Engine) dropReferenceTitles(rs []rune, hits []hit) []hit {
	type span struct{ s, t int }
	var kept []span // sentences that leave items unchanged
	if g, ok := e.sig["unchanged"]; ok {
		for _, h := range hits {
			if int(h.group) != g {
				continue
			}
			s, t := sentenceAround(rs, int(h.start))
			if n := len(kept); n > 0 && kept[n-1].s == s {
				continue
			}
			kept = append(kept, span{s, t})
		}
	}
	out := hits[:0]
	open, close := -1, -1 // the current reference title's parentheses
	k := 0
	for _, h := range hits {
		// Negative and sense phrases still tell what the words around
		// them are; only the cues that would deal with an item go.
		gi := e.ginfo[h.group]
		item := gi.item >= 0 && gi.family != famNegative && gi.family != famSense
		if int(h.start) >= close {
			open, close = referenceTitle(rs, int(h.start))
		}
		if open >= 0 && int(h.start) > open && int(h.end) <= close && item {
			continue
		}
		for k < len(kept) && kept[k].t <= int(h.start) {
			k++
		}
		if item && k < len(kept) && kept[k].s <= int(h.start) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// sentenceAround returns the sentence that holds position p: from the
// last sentence break or line end before it to the next one.
func sentenceAround(rs []rune, p int) (int, int) {
	s := p
	for s > 0 && rs[s-1] != '\n' && !isSentenceBreak(rs, s-1) {
		s--
	}
	t := p
	for t < len(rs) && rs[t] != '\n' && !isSentenceBreak(rs, t) {
		t++
	}
	return s, t
}

// referenceTitle finds the parentheses around position p, on its line and
// at most maxRefTitle runes apart, and reports them when they follow a
// reference ("Section 12 (", "סעיף 7.2 ("); otherwise it returns -1 and p+1
// so that the next hit looks again.
func referenceTitle(rs []rune, p int) (open, close int) {
	open = -1
	for k := p - 1; k >= 0 && p-k <= maxRefTitle; k-- {
		if rs[k] == ')' || rs[k] == '\n' {
			return -1, p + 1
		}
		if rs[k] == '(' {
			open = k
			break
		}
	}
	if open < 0 {
		return -1, p + 1
	}
	close = -1
	for k := p; k < len(rs) && k-open <= maxRefTitle; k++ {
		if rs[k] == '(' || rs[k] == '\n' {
			return -1, p + 1
		}
		if rs[k] == ')' {
			close = k
			break
		}
	}
	if close < 0 || !referenceBefore(rs, open) {
		return -1, p + 1
	}
	return open, close
}

// referenceBefore reports whether a clause number preceded by a word of
// reference ends just before position p.
func referenceBefore(rs []rune, p int) bool {
	k := p
	for k > 0 && rs[k-1] == ' ' {
		k--
	}
	digits := k
	for k > 0 && (isDigit(rs[k-1]) || rs[k-1] == '.') {
		k--
	}
	if k == digits {
		return false
	}
	for k > 0 && (rs[k-1] == ' ' || rs[k-1] == '-') {
		k--
	}
	e := k
	for k > 0 && rs[k-1] != ' ' && rs[k-1] != '\n' && rs[k-1] != '(' {
		k--
	}
	w := string(rs[k:e])
	for _, ref := range [...]string{"section", "clause", "articl", "paragraph", "schedul", "exhibit", "annex", "and", "or", "סעיפ", "סעיפימ", "פרק", "נספח", "ו", "ס'"} {
		if w == ref || (len(ref) > 3 && strings.HasPrefix(w, ref)) {
			return true
		}
	}
	return false
}
