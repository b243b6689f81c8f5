package review

import "slices"

// Co-occurrence cues ("together" in the lexicon) pair a phrase of one set
// with a phrase of another: "deliverables" with "shall belong to", "לעדכן"
// with "תכנית העבודה". Neither word is specific alone, and together they
// are specific only when they speak of the same thing, so a pair counts
// only inside one sentence: a line that lists the deliverables in one
// sentence and says in another that invoices belong to the accounts
// department is not an ownership clause.

// maxPairs is the number of pair slots of one item (all languages).
const maxPairs = 32

// pairItem names a pair satisfied in a clause.
type pairItem struct {
	item int8
	k    int8
}

// pairScratch tracks the pair sides of one clause in linear time. Hits
// arrive in text order, so sentence numbers never decrease, and it is
// enough to remember the last sentence that held each side of each pair.
// One value serves every clause of a document: reset clears only the slots
// the previous clause touched.
type pairScratch struct {
	lastA, lastB [nItems * maxPairs]int32
	done         [nItems]uint32
	touched      []int16
	breaks       []int32 // sentence ends inside the clause, ascending
	next         int     // index into breaks for the current position
	out          []pairItem
	ready        bool
	// shadow says, per hit of the clause, whether a longer cue of another
	// item contains it (see shadowedHits); scoreClause fills it.
	shadow []bool
	// leads holds, per conditional lead-in clause, the pair sides of its
	// last sentence; while such a clause is scored, leading is set and
	// lead collects them. See openLead.
	leads   map[int32][]pairSide
	lead    []pairSide
	leading bool
	// ordered holds, per item, the pairs whose side a must come before
	// side b in the sentence (the Engine's ordered, set once).
	ordered *[nItems]uint32
}

// pairSide is one side of one pair, as a lead-in hands it to its list.
type pairSide struct {
	item, k int8
	b       bool
}

// condLeadReach bounds how far before the colon of a lead-in its
// condition word may end ("… may terminate this agreement if:", "… בכל
// אחד מהמקרים המפורטים להלן:").
const condLeadReach = 40

// openLead prepares clause c for the list a conditional lead-in opens.
// "The Developer may terminate this agreement if:" and each item under it
// ("Client fails to make payments as scheduled") are one sentence, its
// consequence and one of its conditions, so the pair sides of the nearest
// parent's last sentence are seeded at the start of the clause. Only a
// lead-in that ends in a condition does this: "Section 12 is replaced with
// the following:" and "We will deliver:" introduce text that stands alone.
// cond is the group of condition words; reset must come first.
func (ps *pairScratch) openLead(rs []rune, c *clause, cond int) {
	ps.leading, ps.lead = false, nil
	if n := len(c.parents); n > 0 {
		for _, sd := range ps.leads[c.parents[n-1]] {
			ps.add(sd.item, sd.k, sd.b, int32(c.start))
		}
	}
	if cond < 0 || !endsWithColon(rs[c.start:c.end]) {
		return
	}
	colon := c.end - 1
	for rs[colon] != ':' {
		colon--
	}
	for _, h := range c.hits {
		if int(h.group) == cond && int(h.stop()) >= colon-condLeadReach {
			ps.leading = true
			return
		}
	}
}

// closeLead stores the sides a conditional lead-in recorded.
func (ps *pairScratch) closeLead(i int) {
	if ps.leading && len(ps.lead) > 0 {
		if ps.leads == nil {
			ps.leads = map[int32][]pairSide{}
		}
		ps.leads[int32(i)] = ps.lead
	}
	ps.leading, ps.lead = false, nil
}

// reset starts a new clause: it clears the previous clause's slots and
// finds this clause's sentence ends.
//
// A sentence that opens by pointing back to the one before it ("If that
// happens again, I have to stop coming out", "במקרה כאמור יהיה הספק
// רשאי") continues it: its consequence belongs to the condition before
// the full stop, so no break is counted there; nor after a question, which
// the next sentence answers. anaphora is the group of such openers, or -1.
func (ps *pairScratch) reset(rs []rune, c *clause, anaphora int) {
	if !ps.ready {
		for i := range ps.lastA {
			ps.lastA[i], ps.lastB[i] = -1, -1
		}
		ps.ready = true
	}
	for _, i := range ps.touched {
		ps.lastA[i], ps.lastB[i] = -1, -1
		ps.done[int(i)/maxPairs] = 0
	}
	ps.touched = ps.touched[:0]
	ps.out = ps.out[:0]
	ps.breaks = ps.breaks[:0]
	ps.next = 0
	h := 0
	for k := c.start; k < c.end; k++ {
		// Only these four characters can end a sentence: the test is
		// made here so that the other runes cost no call.
		switch rs[k] {
		case ';', '?', '!', '.':
		default:
			continue
		}
		// A question and the answer after it are one sentence: "Want
		// to change something? Write to us and we'll price it",
		// "רוצים לשנות משהו? תכתבו לנו ונבדוק את ההשפעה על המחיר".
		if rs[k] == '?' || !isSentenceBreak(rs, k) {
			continue
		}
		if anaphora >= 0 {
			j := k + 1
			for j < c.end && rs[j] == ' ' {
				j++
			}
			for h < len(c.hits) && int(c.hits[h].start) < j {
				h++
			}
			if opensWith(c.hits[h:], anaphora, j) {
				continue
			}
		}
		ps.breaks = append(ps.breaks, int32(k))
	}
}

// opensWith reports whether a hit of group g starts at j; hits are sorted
// by start and none of them starts before j.
func opensWith(hits []hit, g, j int) bool {
	for _, x := range hits {
		if int(x.start) != j {
			return false
		}
		if int(x.group) == g {
			return true
		}
	}
	return false
}

// isSentenceBreak reports whether rs[k] ends a sentence: a semicolon, a
// question or exclamation mark, or a period before a space that closes
// neither an abbreviation (ח.פ.) nor a number (7.2).
func isSentenceBreak(rs []rune, k int) bool {
	switch rs[k] {
	case ';', '?', '!':
		return true
	case '.':
		if k+1 < len(rs) && rs[k+1] != ' ' && rs[k+1] != '\n' {
			return false
		}
		if k >= 2 && rs[k-2] == '.' {
			return false
		}
		return k == 0 || !isDigit(rs[k-1]) || k+2 >= len(rs) || !isDigit(rs[k+2])
	}
	return false
}

// add records one side of pair k of an item at position p (positions
// arrive in ascending order).
func (ps *pairScratch) add(item, k int8, b bool, p int32) {
	if int(k) >= maxPairs {
		return
	}
	for ps.next < len(ps.breaks) && ps.breaks[ps.next] < p {
		ps.next++
	}
	s := int32(ps.next)
	if ps.leading && ps.next == len(ps.breaks) {
		// Only the last sentence of a lead-in leads into its list.
		if sd := (pairSide{item, k, b}); !slices.Contains(ps.lead, sd) {
			ps.lead = append(ps.lead, sd)
		}
	}
	if catalog[item].clausePairs {
		s = 0
	}
	i := int(item)*maxPairs + int(k)
	if ps.lastA[i] < 0 && ps.lastB[i] < 0 {
		ps.touched = append(ps.touched, int16(i))
	}
	other := ps.lastA[i]
	if b {
		ps.lastB[i] = s
	} else {
		other = ps.lastB[i]
		ps.lastA[i] = s
		if ps.ordered != nil && ps.ordered[item]&(1<<uint(k)) != 0 {
			// The side that must come first completes nothing.
			other = -2
		}
	}
	if other == s && ps.done[item]&(1<<uint(k)) == 0 {
		ps.done[item] |= 1 << uint(k)
		ps.out = append(ps.out, pairItem{item, k})
	}
}

// sentenceOf returns the number of the sentence of the current clause
// that holds position p.
func (ps *pairScratch) sentenceOf(p int32) int {
	lo, hi := 0, len(ps.breaks)
	for lo < hi {
		m := (lo + hi) / 2
		if ps.breaks[m] < p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// satisfied returns the pairs that had both sides in one sentence, each
// once.
func (ps *pairScratch) satisfied() []pairItem { return ps.out }
