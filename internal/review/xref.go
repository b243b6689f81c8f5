package review

import (
	"math/bits"
	"strings"
)

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
	// Both kinds of span are found in one pass each and come out sorted:
	// the titles by their parentheses, the sentences by their signals.
	drop := referenceTitles(rs)
	if g, ok := e.sig["unchanged"]; ok {
		var kept []span
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
		drop = mergeSpans(drop, kept)
	}
	if g, ok := e.sig["deferred_list"]; ok {
		drop = mergeSpans(drop, e.deferredLists(rs, hits, g))
	}
	if len(drop) == 0 {
		return hits
	}
	out := hits[:0]
	k := 0
	for _, h := range hits {
		for k < len(drop) && drop[k].t <= int(h.start) {
			k++
		}
		// Negative and sense phrases still tell what the words around
		// them are; only the cues that would deal with an item go.
		gi := e.ginfo[h.group]
		if gi.item >= 0 && gi.family != famNegative && gi.family != famSense && k < len(drop) && drop[k].s <= int(h.start) && int(h.stop()) <= drop[k].t {
			continue
		}
		out = append(out, h)
	}
	return out
}

// deferredLists returns the sentences that send a list of topics to the
// main or framework agreement: a pointer of group g ("יהיו כקבוע בהסכם
// המסגרת", "as set out in the Framework") in a sentence that names words
// of two or more items ("כל יתר התנאים, לרבות סודיות, אחריות ויישוב
// סכסוכים, יהיו כקבוע בהסכם המסגרת"). Such a list is a bare reference
// for every item it names. A pointer beside one item says something of
// it and stays: "סמכות השיפוט נתונה לבתי המשפט בבאר שבע, כקבוע בהסכם
// המסגרת" names the court, and "changes follow the procedure in clause 9
// of the Framework" is a change procedure held elsewhere.
func (e *Engine) deferredLists(rs []rune, hits []hit, g int) []span {
	var out []span
	for i, h := range hits {
		if int(h.group) != g || h.neg {
			continue
		}
		s, t := sentenceAround(rs, int(h.start))
		if n := len(out); n > 0 && out[n-1].s == s {
			continue
		}
		// The sentence's hits lie around hit i in the sorted list.
		lo := i
		for lo > 0 && int(hits[lo-1].start) >= s {
			lo--
		}
		var items uint32
		for _, x := range hits[lo:] {
			if int(x.start) >= t {
				break
			}
			gi := e.ginfo[x.group]
			if gi.item < 0 || x.neg || catalog[gi.item].id == "clarity" {
				continue
			}
			switch gi.family {
			case famStrong, famWeak, famHeading:
				items |= 1 << uint(gi.item)
			}
		}
		if bits.OnesCount32(items) >= 2 {
			out = append(out, span{s, t})
		}
	}
	return out
}

// span is a range of runes [s, t).
type span struct{ s, t int }

// referenceTitles returns the insides of the parentheses that follow a
// reference ("Section 12 (", "סעיף 7.2 ("), on one line and at most
// maxRefTitle runes long, in text order.
func referenceTitles(rs []rune) []span {
	var out []span
	for open := 0; open < len(rs); open++ {
		if rs[open] != '(' || !referenceBefore(rs, open) {
			continue
		}
		for k := open + 1; k < len(rs) && k-open <= maxRefTitle; k++ {
			if rs[k] == '(' || rs[k] == '\n' {
				break
			}
			if rs[k] == ')' {
				out = append(out, span{open + 1, k})
				open = k
				break
			}
		}
	}
	return out
}

// mergeSpans merges two sorted span lists into one sorted list, joining
// spans that overlap.
func mergeSpans(a, b []span) []span {
	out := make([]span, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		var next span
		if j >= len(b) || (i < len(a) && a[i].s <= b[j].s) {
			next, i = a[i], i+1
		} else {
			next, j = b[j], j+1
		}
		if n := len(out); n > 0 && next.s <= out[n-1].t {
			out[n-1].t = max(out[n-1].t, next.t)
			continue
		}
		out = append(out, next)
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
	if strings.HasSuffix(w, "),") || strings.HasSuffix(w, ");") {
		// The list goes on: "Clauses 15 (Termination), 19 (Governing
		// Law) and 20 (Arbitration)", "סעיפים 9 (סודיות), 12 (שיפוי)".
		return true
	}
	for _, ref := range [...]string{"section", "claus", "articl", "paragraph", "schedul", "exhibit", "annex", "and", "or", "סעיפ", "סעיפימ", "פרק", "נספח", "ו", "ס'"} {
		if w == ref || (len(ref) > 3 && strings.HasPrefix(w, ref)) {
			return true
		}
	}
	return false
}
