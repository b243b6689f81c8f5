package review

// Co-occurrence cues ("together" in the lexicon) pair a phrase of one set
// with a phrase of another: "deliverables" with "shall belong to", "לעדכן"
// with "תכנית העבודה". Neither word is specific alone, and together they
// are specific only when they speak of the same thing, so a pair counts
// only inside one sentence: a line that lists the deliverables in one
// sentence and says in another that invoices belong to the accounts
// department is not an ownership clause.

// pairHit is one side of a pair seen in a clause.
type pairHit struct {
	item     int8
	k        int8
	b        bool
	sentence int32
}

// pairItem names a pair satisfied in a clause.
type pairItem struct {
	item int8
	k    int8
}

// pairScratch collects the pair sides of one clause. One value serves every
// clause of a document, so the per-clause work allocates nothing once the
// slices have grown.
type pairScratch struct {
	hits   []pairHit
	breaks []int32 // sentence ends inside the clause, ascending
	out    []pairItem
}

// reset starts a new clause: it finds the clause's sentence ends.
func (ps *pairScratch) reset(rs []rune, c *clause) {
	ps.hits = ps.hits[:0]
	ps.breaks = ps.breaks[:0]
	for k := c.start; k < c.end; k++ {
		if isSentenceBreak(rs, k) {
			ps.breaks = append(ps.breaks, int32(k))
		}
	}
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

// add records one side of pair k of an item at position p.
func (ps *pairScratch) add(item, k int8, b bool, p int32) {
	s := int32(0)
	for s < int32(len(ps.breaks)) && ps.breaks[s] < p {
		s++
	}
	ps.hits = append(ps.hits, pairHit{item: item, k: k, b: b, sentence: s})
}

// satisfied returns the pairs that have both sides in one sentence, each
// once.
func (ps *pairScratch) satisfied() []pairItem {
	ps.out = ps.out[:0]
	for _, x := range ps.hits {
		if x.b {
			continue
		}
		for _, y := range ps.hits {
			if !y.b || y.item != x.item || y.k != x.k || y.sentence != x.sentence {
				continue
			}
			p := pairItem{x.item, x.k}
			seen := false
			for _, o := range ps.out {
				seen = seen || o == p
			}
			if !seen {
				ps.out = append(ps.out, p)
			}
			break
		}
	}
	return ps.out
}
