package review

import (
	"sort"

	"github.com/heskem/heskem/internal/hebrew"
)

// negationWords is how far a negation reaches: "לא יחולו פיצויים מוסכמים",
// "no liquidated damages", "shall not be liable for any late delivery
// penalties" are all within five words.
const negationWords = 5

// conditionalWords is the reach of a negation inside a condition or a
// relative clause ("סכום שלא ישולם במועד יישא ריבית", "any amount which is
// not paid when due shall bear interest"): it negates its own verb, not the
// consequence that follows.
const conditionalWords = 2

// conditionalNegation reports whether the negation at i opens a condition or
// a relative clause: a ש/כש prefix on the negation word, or "אם", "if",
// "where", "which", "that", "when", "שבו" just before it.
func conditionalNegation(rs []rune, i int) bool {
	if i > 0 && (rs[i-1] == 'ש') {
		return true
	}
	found := false
	clauseWordsBefore(rs, i, conditionLookback, func(w []rune) bool {
		switch string(w) {
		case "אמ", "ואמ", "במקרה", "אשר", "כאשר", "if", "where", "which", "that", "when", "whose", "who", "should", "unles",
			// A relative ש with its preposition: "בגין כל יום שבו נעדר
			// עובד ולא הוצב מחליף, ינוכה …".
			"שבו", "שבה", "שבהמ", "שבהנ", "שבמהלכו", "שבמהלכה", "שבגינו", "שבגינה", "שלגביו", "שלגביה", "שעליו", "שעליה":
			found = true
		}
		return !found
	})
	return found
}

// dashConditionWords is the reach of a negation that opens a Hebrew
// condition closed by a dash ("לא תיקן הספק את ההפרה – …"): the verb, its
// subject and its object, but never past the dash.
const dashConditionWords = 6

// conditionLookback is how far back a condition word may open the clause
// of a negation: "אם באמצע נראה שהכיוון לא עובד, נעצור…" is a condition
// four words before its negation; "If at the end of the month the Supplier
// has not finished, …" nine.
const conditionLookback = 12

// clauseWordsBefore passes up to n words before i to fn, nearest first, within
// the same clause: it stops at a comma, a semicolon, a colon, a sentence
// end or a line break, because a condition that closed there ("אם הלקוח
// יבקש, הספק לא יגלה") does not govern the negation after it.
func clauseWordsBefore(rs []rune, i, n int, fn func(w []rune) bool) {
	j := i
	for seen := 0; seen < n; seen++ {
		for j > 0 && !isWordRune(rs[j-1]) {
			switch rs[j-1] {
			case ',', ';', ':', '.', '\n', '!', '?':
				return
			}
			j--
		}
		if j == 0 {
			break
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

// clauseEnd stops a negation at a colon or a dash that opens a new clause.
// A comma does not stop it: "no interest, late fees or penalties" negates
// the whole list.
func clauseEnd(rs []rune, i, limit int) int {
	for k := i; k < limit; k++ {
		if rs[k] == ':' || (rs[k] == '-' && k > i && rs[k-1] == ' ') {
			return k
		}
	}
	return limit
}

// phraseAfterComma stops a negation at a comma that opens a new phrase
// rather than continuing a list: "terminate immediately, without notice, in
// the event of breach" negates the notice, not the breach; "no interest,
// late fees or penalties" still negates all three.
func phraseAfterComma(rs []rune, i, limit int) int {
	for k := i; k < limit; k++ {
		if rs[k] != ',' {
			continue
		}
		j := k + 1
		for j < limit && rs[j] == ' ' {
			j++
		}
		w := j
		for w < limit && isWordRune(rs[w]) {
			w++
		}
		if phraseOpeners[string(rs[j:w])] || andClause(rs[j:w]) {
			return k
		}
	}
	return limit
}

// andClause reports whether w, the word after a comma, opens a Hebrew
// clause with the conjunction ו: "ההתקשרות ללא הגבלת זמן, וכל צד יכול
// להפסיק" negates the time limit, not the right to stop. A Hebrew list
// joins its last item with ו and no comma ("ללא ריבית, הצמדה וקנסות").
func andClause(w []rune) bool {
	return len(w) > 2 && w[0] == 'ו' && hebrew.IsLetter(w[1])
}

// phraseOpeners are the words after a comma that open a new phrase
// (prepositions, conjunctions of condition and time), in normalized form.
var phraseOpeners = map[string]bool{
	"in": true, "if": true, "for": true, "at": true, "on": true, "upon": true, "when": true, "where": true,
	"which": true, "with": true, "by": true, "as": true, "after": true, "befor": true, "during": true,
	"but": true, "wherea": true, "unles": true, "provid": true, "subject": true, "following": true,
	"אמ": true, "כאשר": true, "במקרה": true, "בכפופ": true, "ובלבד": true, "אולמ": true, "אכ": true,
	"למעט": true, "לאחר": true, "לפני": true, "בעת": true, "במהלכ": true,
}

// dashConsequence returns the position of the dash when the negation at
// [start, end) opens its clause (first word after the sentence start, a
// semicolon or a comma) and the clause ends in a dash followed by a
// consequence ("– רשאי", "- יהיה", "– זכאית"); otherwise 0.
func dashConsequence(rs []rune, start, end, sentEnd int) int {
	k := start - 1
	for k >= 0 && rs[k] == ' ' {
		k--
	}
	if k >= 0 && rs[k] != ';' && rs[k] != ',' && rs[k] != '\n' && rs[k] != '.' && rs[k] != ':' && rs[k] != '•' && rs[k] != '-' {
		return 0
	}
	for d := end; d+2 < sentEnd; d++ {
		if (rs[d] != '–' && rs[d] != '-') || rs[d-1] != ' ' || rs[d+1] != ' ' {
			continue
		}
		w := d + 2
		e := w
		for e < sentEnd && isWordRune(rs[e]) {
			e++
		}
		if consequenceWords[string(rs[w:e])] {
			return d
		}
	}
	return 0
}

// consequenceWords open the consequence of a Hebrew condition after its
// dash, in normalized form.
var consequenceWords = map[string]bool{
	"רשאי": true, "רשאית": true, "רשאימ": true, "יהיה": true, "תהיה": true, "יהא": true, "תהא": true,
	"זכאי": true, "זכאית": true, "יחולו": true, "יחול": true, "ישלמ": true, "תשלמ": true,
}

// commaBefore returns the position of the first comma in [i, limit), or
// limit.
func commaBefore(rs []rune, i, limit int) int {
	for k := i; k < limit; k++ {
		if rs[k] == ',' {
			return k
		}
	}
	return limit
}

// markNegation marks the hits that fall inside a negation scope. A negation
// word opens a scope of a few words to its left-to-right reading end, within
// its sentence, unless the negation is void ("לא יאוחר מ", "no later than",
// "ללא הוכחת נזק") or the sentence carries an exception that turns it into a
// condition ("no change is valid unless made in writing").
func (e *Engine) markNegation(doc *document) {
	lx := e.lex
	gNeg, gVoid, gExc, gStop := lx.id(gNegation), lx.id(gNegationVoid), lx.id(gException), lx.id(gNegationStop)
	rs := doc.norm.Runes
	h := doc.hits
	// Count first so that each list is allocated once at its size.
	var nv, ne, ns int
	for _, x := range h {
		switch int(x.group) {
		case gVoid:
			nv++
		case gExc:
			ne++
		case gStop:
			ns++
		}
	}
	voids, excs, stops := make([]hit, 0, nv), make([]hit, 0, ne), make([]hit, 0, ns)
	for _, x := range h {
		switch int(x.group) {
		case gVoid:
			voids = append(voids, x)
		case gExc:
			excs = append(excs, x)
		case gStop:
			stops = append(stops, x)
		}
	}
	for _, n := range h {
		if int(n.group) != gNeg || inside(n, voids) {
			continue
		}
		sentEnd := sentenceEnd(rs, int(n.stop()))
		if overlapsRange(excs, int(n.start), sentEnd) {
			continue
		}
		words := negationWords
		limit := clauseEnd(rs, int(n.stop()), sentEnd)
		limit = phraseAfterComma(rs, int(n.stop()), limit)
		if dash := dashConsequence(rs, int(n.start), int(n.stop()), sentEnd); dash > 0 {
			// "לא תיקן הספק את ההפרה בתוך 7 ימים – רשאי הלקוח לבטל":
			// legal Hebrew states a condition by opening the clause with
			// the negated verb and the consequence after a dash. The
			// negation ends at the dash.
			words = dashConditionWords
			limit = min(limit, dash)
		} else if conditionalNegation(rs, int(n.start)) {
			words = conditionalWords
			// The condition ends at its comma: "אם הכיוון לא עובד,
			// נעצור ונחשוב מחדש" negates only "עובד".
			limit = commaBefore(rs, int(n.stop()), limit)
		}
		scopeEnd := wordsAfter(rs, int(n.stop()), words, limit)
		if second := wordsAfter(rs, int(n.stop()), 1, scopeEnd); second < scopeEnd {
			if k := firstFrom(stops, second); k < len(stops) && int(stops[k].start) < scopeEnd {
				scopeEnd = int(stops[k].start)
			}
		}
		// A second negation opens a scope of its own: in "אין תוספת מחיר
		// ללא אישור מראש ובכתב" and "no extra work without written
		// approval" the approval is required, not denied, so the first
		// negation ends where "ללא" or "without" begins.
		resume, resumeEnd := -1, -1
		for i := firstFrom(h, int(n.stop())); i < len(h) && int(h[i].start) < scopeEnd; i++ {
			if int(h[i].group) == gNeg && !inside(h[i], voids) {
				scopeEnd = int(h[i].start)
				// "shall not, without the Client's consent, publish any
				// report": the second negation is a parenthesis between
				// commas, and the first resumes after it.
				if c := parenthesisEnd(rs, int(n.stop()), int(h[i].start), sentEnd); c > 0 {
					resume = c + 1
					resumeEnd = wordsAfter(rs, resume, words, clauseEnd(rs, resume, sentEnd))
				}
				break
			}
		}
		for i := firstFrom(h, int(n.stop())); i < len(h) && int(h[i].start) < max(scopeEnd, resumeEnd); i++ {
			if int(h[i].start) >= scopeEnd && int(h[i].start) < resume {
				continue
			}
			if g := int(h[i].group); g != gNeg && g != gVoid && g != gExc {
				h[i].neg = true
			}
		}
	}
}

// parenthesisEnd returns the comma that closes a parenthesis opened right
// after a negation word ending at neg, when the parenthesis begins at
// inner with only a comma before it: "not, without consent, publish",
// "לא, ללא אישור מראש, יעביר". It returns 0 otherwise.
func parenthesisEnd(rs []rune, neg, inner, sentEnd int) int {
	k := neg
	for k < inner && rs[k] == ' ' {
		k++
	}
	if k >= inner || rs[k] != ',' {
		return 0
	}
	for k++; k < inner; k++ {
		if rs[k] != ' ' {
			return 0
		}
	}
	for k = inner; k < sentEnd && k < len(rs); k++ {
		if rs[k] == ',' {
			return k
		}
	}
	return 0
}

// firstFrom returns the index of the first hit (sorted by start) that
// starts at or after p.
func firstFrom(h []hit, p int) int {
	return sort.Search(len(h), func(i int) bool { return int(h[i].start) >= p })
}

// inside reports whether n lies within one of the spans (sorted by start,
// each at most a short phrase long).
func inside(n hit, spans []hit) bool {
	for i := firstFrom(spans, int(n.start)-64); i < len(spans) && spans[i].start <= n.start; i++ {
		if n.stop() <= spans[i].stop() {
			return true
		}
	}
	return false
}

// overlapsRange reports whether a span (sorted by start) starts in [s, t).
func overlapsRange(spans []hit, s, t int) bool {
	i := firstFrom(spans, s)
	return i < len(spans) && int(spans[i].start) < t
}

// sentenceEnd finds the end of the sentence that contains i: a line break,
// a semicolon, a question or exclamation mark, or a period followed by a
// space that does not close an abbreviation (ח.פ.) or a number (7.2).
func sentenceEnd(rs []rune, i int) int {
	limit := min(len(rs), i+600)
	for k := i; k < limit; k++ {
		switch rs[k] {
		case '\n', ';', '?', '!':
			return k
		case '.':
			if k+1 < len(rs) && rs[k+1] != ' ' && rs[k+1] != '\n' {
				continue
			}
			if k >= 2 && rs[k-2] == '.' { // ח.פ.
				continue
			}
			if k >= 1 && isDigit(rs[k-1]) && k+2 < len(rs) && isDigit(rs[k+2]) {
				continue
			}
			return k
		}
	}
	return limit
}

// wordsAfter returns the position after n words from i, not beyond limit.
func wordsAfter(rs []rune, i, n, limit int) int {
	words := 0
	for k := i; k < limit; k++ {
		if rs[k] == ' ' && k > i && rs[k-1] != ' ' {
			words++
			if words > n {
				return k
			}
		}
	}
	return limit
}
