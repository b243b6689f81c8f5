package review

import (
	"strings"
	"unicode/utf8"
)

// Bare pointers. "Force Majeure: see clause 24 of the Framework", "Data
// protection provisions are contained in Schedule 11", "הגבלת אחריות – ראו
// סעיף 12 לתנאים הכלליים", "הוראות בדבר פיצויים מוסכמים מפורטות בהסכם
// המסגרת": a clause that names an item and sends the reader elsewhere for
// it says nothing of the item, and the labelling guide counts it as
// missing. Where the place pointed to is in the document, its own clauses
// deal with the item; the pointer adds nothing either way.
//
// A pointer is bare only when nothing around it is operative: no verb of
// duty, payment or service, no party as a subject, no amount, date or
// period, one sentence, a few words. "The Supplier shall provide the
// Services described in Schedule 1" and "changes follow the procedure in
// clause 9 of the Framework" say something of their own. Two items keep
// their pointers, as the guide says: a price given only by reference is a
// partial payment term, and a change procedure held elsewhere is a partial
// answer to changes.

// maxPointerWords bounds the length of a bare pointer clause.
const maxPointerWords = 20

// pointerSubstance are the features that say something of an item
// whatever words stand beside them.
const pointerSubstance = fAmount | fPercent | fDate | fDuration | fEmail | fPhone | fPayForm | fDates2 |
	fPersonalEmail | fAddress | fTaxed | fHours | fServiceLine

// pointerGroups are the groups the bare-pointer test reads, resolved once.
type pointerGroups struct {
	refersOut int    // "set out in", "see", "כמפורט", "ראו"; -1 if absent
	operative uint64 // signals of an operative verb or a condition
	subject   uint64 // a party as the subject of the clause
	duty      int    // the duty signal, verbs and modals; -1 if absent
	// keep holds the items whose pointers count (payment, changes).
	keep uint32
}

func (e *Engine) resolvePointerGroups() pointerGroups {
	pg := pointerGroups{refersOut: e.sigGroup("refers_out"), duty: e.sigGroup("duty")}
	pg.operative = e.sigMask("pay_verb", "serve_verb", "contact_verb", "input_verb", "input_verb_future", "input_verb_you", "condition", "breach", "delay")
	pg.subject = e.sigMask("subject_supplier", "subject_client", "role_supplier", "role_client")
	for _, id := range []string{"payment", "changes", "clarity"} {
		if k := itemIndex(id); k >= 0 {
			pg.keep |= 1 << uint(k)
		}
	}
	return pg
}

// barePointer reports whether clause c only points elsewhere (see above).
func (e *Engine) barePointer(doc *document, c *clause, ps *pairScratch) bool {
	pg := &e.pointers
	if pg.refersOut < 0 || c.words > maxPointerWords || c.feat&pointerSubstance != 0 {
		return false
	}
	rs := doc.norm.Runes
	at, end, refer := int32(-1), int32(-1), false
	for _, h := range c.hits {
		if int(h.group) == pg.refersOut && !h.neg {
			at, end = h.start, h.stop()
			refer = h.pat >= 0 && strings.HasPrefix(e.lex.patterns[h.pat].text, "refer")
			break
		}
	}
	if at < 0 || pointsHere(rs, int(end)) || sentenceCount(rs, c, ps) != 1 {
		return false
	}
	if label, afterBe := labelOnly(rs[c.start:at]); !label || (refer && afterBe) {
		// "shall be referred to arbitration" decides; "refer to
		// Annex 4" points.
		return false
	}
	for _, h := range c.hits {
		bit, ok := e.signalBit(int(h.group))
		if !ok || h.neg {
			continue
		}
		if bit&pg.operative != 0 || (bit&pg.subject != 0 && h.start < at) {
			return false
		}
		// The duty signal holds the modals too ("shall", "will"), which
		// a pointer uses as a copula ("will be set out in"); they are
		// read by operativeModal below.
		if int(h.group) == pg.duty && h.pat >= 0 && !isModal(e.lex.patterns[h.pat].text) {
			return false
		}
	}
	return !inParentheses(rs[c.start:at]) && !operativeModal(rs[c.start:c.end], int(at)-c.start) &&
		!predicateAfter(rs[end:c.end]) && !hebrewPluralFuture(rs[c.start:at])
}

// inParentheses reports whether s, the text before a pointer, leaves a
// parenthesis open: "ongoing until cancelled (see Section H)" says what it
// says and adds the pointer as an aside.
func inParentheses(s []rune) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
		}
	}
	return depth > 0
}

// predicateAfter reports whether the words after a pointer hold the
// predicate of the sentence: "everything listed in Annex A is the Client's
// to keep" says who owns it; in "as set out in Schedule 7" the pointer
// ends the sentence.
func predicateAfter(s []rune) bool {
	found := false
	eachNextWord(s, 0, len(s), func(w []rune) bool {
		found = wordIn(w, predicateWords[:])
		return !found
	})
	return found
}

// maxLabelWords bounds the words before a bare pointer: the item's name
// and a copula ("The limitation of liability applicable to this Order
// is").
const maxLabelWords = 9

// labelOnly reports whether the words before a pointer can be only the
// name of what it points to: a few words, none a negation ("תשלום שלא
// יבוצע במועדו …", "a payment not made …" opens a condition). It also
// reports whether the last of the words is "be" ("shall be referred to").
func labelOnly(s []rune) (label, lastBe bool) {
	n, ok := 0, true
	var last []rune
	eachNextWord(s, 0, len(s), func(w []rune) bool {
		n++
		last = w
		ok = !wordIn(w, labelNegations[:])
		return ok && n <= maxLabelWords
	})
	return ok && n <= maxLabelWords, wordIs(last, "be")
}

// pointsHere reports whether the words after a pointer send the reader to
// this document ("see below", "כמפורט להלן", "set out in this Agreement",
// "המפורטת בהסכם זה"), whose own clauses say what they say, or to
// the law ("as set out in the Privacy Protection Law", "כמפורט בחוק"),
// which the guide counts as a partial answer for the items that defer to
// it.
func pointsHere(rs []rune, end int) bool {
	here := false
	eachNextWord(rs, end, 4, func(w []rune) bool {
		here = wordIn(w, hereWords[:])
		for _, law := range lawWords {
			if hasRunePrefix(w, law) || (len(w) > 1 && (w[0] == 'ב' || w[0] == 'ל') && hasRunePrefix(w[1:], law)) {
				here = true
			}
		}
		return !here
	})
	return here
}

// lawWords open the words that name a statute or the law.
var lawWords = [...]string{"law", "statut", "legislat", "regulation", "הדינ", "החוק", "חוק", "תקנות", "פקודת"}

// isModal reports whether a folded duty phrase is a bare modal.
func isModal(text string) bool {
	switch text {
	case "shall", "will", "must", "'ll":
		return true
	}
	return false
}

// operativeModal reports whether an English modal in s governs a verb of
// its own: "shall provide" acts, and so does the passive "shall be
// delivered"; "will be set out in" and "will be as set out in" point.
// at is where the pointer starts in s.
func operativeModal(s []rune, at int) bool {
	found := false
	state := 0 // 1 after a modal, 2 after "modal (not) be"
	eachNextWord(s, 0, len(s), func(w []rune) bool {
		switch state {
		case 1:
			switch {
			case wordIs(w, "not"):
				return true
			case wordIs(w, "be"):
				state = 2
				return true
			}
			found = true
		case 2:
			if !wordIs(w, "as") && !pointerStartsAt(s, w, at) {
				found = true
			}
			state = 0
		}
		if wordIn(w, modalWords[:]) {
			state = 1
		}
		return !found
	})
	return found
}

// pointerStartsAt reports whether word w of s is where the pointer starts.
func pointerStartsAt(s, w []rune, at int) bool {
	if len(w) == 0 || at < 0 || at >= len(s) {
		return false
	}
	return &s[at] == &w[0]
}

// The closed word lists of the bare-pointer test, in normalized form.
var (
	modalWords     = [...]string{"shall", "will", "must", "may", "can"}
	labelNegations = [...]string{"not", "no", "לא", "שלא", "אינ", "ללא", "without"}
	predicateWords = [...]string{"is", "are", "shall", "will", "must", "may", "becom", "remain", "belong", "יהיה", "יהיו", "תהיה", "יהא", "תהא", "הינו", "הינה", "הינמ", "יחולו", "יחול"}
	hereWords      = [...]string{"below", "follow", "hereunder", "herein", "hereto", "this", "act", "להלנ", "כדלקמנ", "הבא", "הבאימ", "הבאות", "זה", "זו"}
	copulaPlurals  = [...]string{"יהיו", "יחולו", "תחולנה", "תהיינה", "יהוו"}
)

// wordIs reports whether the runes of w spell s, without converting w.
func wordIs(w []rune, s string) bool {
	return len(w) == utf8.RuneCountInString(s) && hasRunePrefix(w, s)
}

// wordIn reports whether w spells one of ws.
func wordIn(w []rune, ws []string) bool {
	for _, s := range ws {
		if wordIs(w, s) {
			return true
		}
	}
	return false
}

// hebrewPluralFuture reports whether s holds a Hebrew verb in the plural
// future, the voice of an operative clause without its subject ("יבוצעו",
// "יועברו", "ימסרו"); the copulas "יהיו", "יחולו" and their feminine forms
// point as well as any English "are".
func hebrewPluralFuture(s []rune) bool {
	found := false
	eachNextWord(s, 0, len(s), func(w []rune) bool {
		n := len(w)
		if n < 4 || (w[0] != 'י' && w[0] != 'ת') || w[n-1] != 'ו' {
			return true
		}
		if wordIn(w, copulaPlurals[:]) {
			return true
		}
		found = true
		return false
	})
	return found
}
