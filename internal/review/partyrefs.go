package review

import (
	"sort"
	"strings"

	"github.com/heskem/heskem/internal/hebrew"
)

// Party references. Agreements name the parties by the defined terms they
// choose — (להלן: "ההפקה"), ("Keshet", "we") — and the sentences that
// matter most start with them: "ההפקה תפיק עבור הלקוח אירוע", "Keshet
// will deliver". No lexicon can list every such name, so a lexicon pair may
// name a party by role instead of by word: "@supplier" or "@client" in a
// "together" list stands for that party's defined term in the document at
// hand. The terms come from the preamble (see parties), and their
// occurrences are added to the document's hits before negation is marked
// and items are decided.

// partyRoles are the roles a lexicon may refer to.
var partyRoles = [...]string{"supplier", "client"}

// addPartyHits finds the defined terms of the parties in the text and adds
// a hit for every group that refers to the party's role.
func (e *Engine) addPartyHits(doc *document, parties []Party) {
	var added []hit
	rs := doc.norm.Runes
	for _, p := range parties {
		// With one party found, its role was read from the defined term
		// alone; "החברה" and "the Company" supply in one agreement and
		// order in the next, so such a guess names no subject.
		if len(parties) < 2 && ambiguousTerm(p.Term) {
			continue
		}
		groups := e.lex.partyRefs[p.Role]
		if len(groups) == 0 || p.Term == "" {
			continue
		}
		if len([]rune(p.Term)) > maxPhrase {
			continue
		}
		termOccurrences(rs, p.Term, func(start, end int) {
			for _, g := range groups {
				added = append(added, hit{pat: -1, group: int16(g), start: int32(start), n: uint8(end - start)})
			}
		})
	}
	if len(added) == 0 {
		return
	}
	sort.SliceStable(added, func(i, j int) bool { return added[i].start < added[j].start })
	doc.hits = mergeHits(doc.hits, added)
	e.assignHits(doc)
}

// termOccurrences calls visit with the range of every whole-word
// occurrence of a party's defined term in the normalized text, in text
// order and without overlaps. A term shorter than two letters is never
// looked for.
func termOccurrences(rs []rune, term string, visit func(start, end int)) {
	t := []rune(hebrew.Fold(term))
	if len(t) < 2 {
		return
	}
	meta := patternMeta{hebrewHead: hebrew.IsLetter(t[0]), shortHead: len(t) < 3}
	for i := 0; i+len(t) <= len(rs); i++ {
		if rs[i] != t[0] || !hasPrefixRunes(rs, i, t) {
			continue
		}
		end := i + len(t)
		if !startsWord(rs, i, &meta) || !endsWord(rs, end, &meta) {
			continue
		}
		visit(i, end)
		i = end - 1
	}
}

// mergeHits merges two hit lists sorted by start; on equal starts the
// lexicon's hits come first, as a stable sort would leave them.
func mergeHits(a, b []hit) []hit {
	out := make([]hit, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if b[j].start < a[i].start {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i])
			i++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// ambiguousTerm reports whether a party's defined term names either side
// as often as the other.
func ambiguousTerm(term string) bool {
	switch strings.ToLower(strings.TrimSpace(hebrew.Fold(term))) {
	case "החברה", "חברה", "company", "the company":
		return true
	}
	return false
}
