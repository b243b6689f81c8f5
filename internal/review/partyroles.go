package review

import "github.com/heskem/heskem/internal/hebrew"

// Roles from use. A party's defined term often says nothing of its role
// ("המפעל", "המרכז", "the Office"), or says the wrong thing: "המשרד" is the
// supplier in a law firm's retainer and the client in an office's IT
// contract. What the agreement has each party do settles it: the party
// that pays is the client, the party that performs is the supplier. Votes
// are counted where the defined term stands next to a verb of paying or of
// performing: before it ("The Office shall pay", "המפעל ימסור … ישלם")
// or, in Hebrew's verb-first order, right after it ("ישלם המזמין").

// roleWindow is how far, in runes, a verb may stand from the term.
const roleWindow = 24

// inferRoles settles unknown or clashing roles of two parties from the
// verbs next to their defined terms.
func (e *Engine) inferRoles(doc *document, parties []Party) {
	if len(parties) != 2 || (parties[0].Role != "unknown" && parties[1].Role != "unknown" && parties[0].Role != parties[1].Role) {
		return
	}
	pay, okP := e.sig["pay_verb"]
	serve, okS := e.sig["serve_verb"]
	if !okP || !okS {
		return
	}
	rs := doc.norm.Runes
	var votes [2]int // positive: client, negative: supplier
	for k, p := range parties {
		folded := []rune(hebrew.Fold(p.Term))
		// Hebrew puts the verb first ("ישלם המזמין"); English never.
		hebrewTerm := len(folded) > 0 && hebrew.IsLetter(folded[0])
		h := 0
		termOccurrences(rs, p.Term, func(i, end int) {
			if !subjectPosition(rs, i) {
				return
			}
			for h < len(doc.hits) && int(doc.hits[h].start) < i-roleWindow {
				h++
			}
			for j := h; j < len(doc.hits) && int(doc.hits[j].start) <= end+roleWindow; j++ {
				x := doc.hits[j]
				after := int(x.start) >= end
				before := int(x.stop()) <= i && hebrewTerm
				if x.neg || !(after || before) || sentenceBetween(rs, i, end, int(x.start), int(x.stop())) {
					continue
				}
				switch int(x.group) {
				case pay:
					votes[k]++
				case serve:
					votes[k]--
				}
			}
		})
	}
	role := func(v int) string {
		switch {
		case v > 0:
			return "client"
		case v < 0:
			return "supplier"
		}
		return ""
	}
	r0, r1 := role(votes[0]-votes[1]), role(votes[1]-votes[0])
	if r0 == "" || r0 == r1 {
		return
	}
	parties[0].Role, parties[1].Role = r0, r1
}

// sentenceBetween reports whether a sentence break separates the term at
// [s, t) from the verb at [a, b).
func sentenceBetween(rs []rune, s, t, a, b int) bool {
	lo, hi := t, a
	if a < s {
		lo, hi = b, s
	}
	for k := lo; k < hi; k++ {
		if rs[k] == '\n' || isSentenceBreak(rs, k) {
			return true
		}
	}
	return false
}
