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

// maxRefTitle bounds the length of a referenced clause's title in runes.
const maxRefTitle = 60

// dropReferenceTitles removes the item hits that lie inside the title of a
// cross-reference. Hits are sorted by start and stay so.
func (e *Engine) dropReferenceTitles(rs []rune, hits []hit) []hit {
	out := hits[:0]
	open, close := -1, -1 // the current reference title's parentheses
	for _, h := range hits {
		if int(h.start) >= close {
			open, close = referenceTitle(rs, int(h.start))
		}
		if open >= 0 && int(h.start) > open && int(h.end) <= close && h.group >= 0 && e.ginfo[h.group].item >= 0 {
			continue
		}
		out = append(out, h)
	}
	return out
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
