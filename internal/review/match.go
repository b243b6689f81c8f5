package review

import (
	"cmp"
	"slices"
	"unicode"

	"github.com/heskem/heskem/internal/hebrew"
)

// hit is one lexicon phrase found in the normalized text, for one of the
// groups the phrase belongs to. Positions are normalized rune indexes.
type hit struct {
	pat   int32
	start int32
	group int16
	// n is the length of the phrase in runes: lexicon phrases and party
	// terms are at most maxPhrase long, well under 256. Keeping
	// the length instead of the end makes a hit 12 bytes instead of 16;
	// the hit list is the largest array of a review.
	n uint8
	// neg marks a phrase inside a negation scope ("לא יחולו ___").
	neg bool
}

// stop is the end of the hit's phrase (exclusive).
func (h hit) stop() int32 { return h.start + int32(h.n) }

// findHits runs the automaton once over the normalized text and keeps the
// occurrences that stand at word boundaries. A Hebrew phrase may be preceded
// by a chain of prefix letters inside the same word (והתשלום, שבהסכם): the
// phrase itself must be the lexicon entry, so no initial letter is ever
// stripped from a word that merely starts with one. The hits come out sorted
// by start; those that start together keep the order in which the automaton
// reported them (by end), as a stable sort leaves them.
func (lx *lexicon) findHits(rs []rune) []hit {
	// The hit list is among the largest arrays of a review (one hit per
	// two to six runes), so it is allocated once at its exact size rather
	// than grown by copying. One scan of the automaton keeps the accepted
	// occurrences in between, packed in 4 bytes each (see occurrences);
	// a second scan to count them first cost a fifth of an English review.
	occ := occurrences{chunk: len(rs)/16 + 256}
	n := 0
	lx.ac.Scan(rs, func(id, start, end int) {
		if lx.accepts(rs, id, start, end) {
			occ.add(id, end)
			n += len(lx.patGroups[id])
		}
	})
	hits := make([]hit, 0, n)
	occ.each(func(id, end int) {
		start := end - lx.ac.PatternLen(id)
		for _, g := range lx.patGroups[id] {
			hits = append(hits, hit{group: int16(g), pat: int32(id), start: int32(start), n: uint8(end - start)})
		}
	})
	sortByStart(hits)
	return hits
}

// occurrences keeps the accepted occurrences of one scan, in the order
// the automaton reports them (by end), until the hit list is allocated at
// its exact size. Peak memory during a review is close to all it
// allocates (the collector does not run in between), so the list is
// packed: an occurrence is one word, the pattern id in the high bits and
// the distance of its end from the previous occurrence's end in the low
// occDeltaBits; an id or a distance too large for that is an escape word
// followed by the id and the end whole. The words are kept in chunks that
// are never copied.
type occurrences struct {
	chunks [][]uint32
	cur    []uint32
	chunk  int // words in a chunk
	end    int // end of the last occurrence added
}

const (
	occDeltaBits = 12
	occMaxDelta  = 1<<occDeltaBits - 1
	// occMaxID is the largest id packed in one word: the word of id
	// occMaxID+1 with the largest distance would be the escape.
	occMaxID  = 1<<(32-occDeltaBits) - 2
	occEscape = ^uint32(0)
)

func (o *occurrences) add(id, end int) {
	if d := end - o.end; d >= 0 && d <= occMaxDelta && id >= 0 && id <= occMaxID {
		o.put(uint32(id)<<occDeltaBits | uint32(d))
	} else {
		o.put(occEscape)
		o.put(uint32(id))
		o.put(uint32(end))
	}
	o.end = end
}

func (o *occurrences) put(w uint32) {
	if len(o.cur) == cap(o.cur) {
		if o.cur != nil {
			o.chunks = append(o.chunks, o.cur)
		}
		o.cur = make([]uint32, 0, o.chunk)
	}
	o.cur = append(o.cur, w)
}

// each calls fn for every occurrence in the order they were added.
func (o *occurrences) each(fn func(id, end int)) {
	end := 0
	// escape counts the words still to read of an escaped occurrence:
	// an escape word spans chunks like any other.
	escape, id := 0, 0
	read := func(ws []uint32) {
		for _, w := range ws {
			switch {
			case escape == 2:
				id = int(w)
				escape = 1
			case escape == 1:
				end = int(w)
				escape = 0
				fn(id, end)
			case w == occEscape:
				escape = 2
			default:
				end += int(w & occMaxDelta)
				fn(int(w>>occDeltaBits), end)
			}
		}
	}
	for _, c := range o.chunks {
		read(c)
	}
	read(o.cur)
}

// sortByStart sorts hits by start and keeps the order of those that start
// together, as a stable sort does. The automaton reports occurrences by end,
// and a phrase is at most maxPhrase runes long, so the list is nearly sorted
// already: an insertion sort moves each hit only past the hits that lie
// inside its phrase. On a text where that is many (phrases nested in each
// other over and over), it stops after a linear budget of moves and leaves
// the rest to a stable sort, which gives the same order.
func sortByStart(hits []hit) {
	budget := 8*len(hits) + 1024
	for i := 1; i < len(hits); i++ {
		x := hits[i]
		j := i
		for ; j > 0 && hits[j-1].start > x.start; j-- {
			hits[j] = hits[j-1]
		}
		hits[j] = x
		if budget -= i - j; budget < 0 {
			slices.SortStableFunc(hits, func(a, b hit) int { return cmp.Compare(a.start, b.start) })
			return
		}
	}
}

// accepts reports whether the occurrence of pattern id at [start, end)
// stands at word boundaries.
func (lx *lexicon) accepts(rs []rune, id, start, end int) bool {
	m := &lx.patterns[id]
	return startsWord(rs, start, m) && endsWord(rs, end, m)
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return r|0x20 >= 'a' && r|0x20 <= 'z' || r >= '0' && r <= '9'
	}
	// A Hebrew letter is a letter: answered before the Unicode tables,
	// since matching asks this of nearly every rune of a Hebrew text.
	return hebrew.IsLetter(r) || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// shortChains are the only prefix chains accepted before a two-letter word:
// "ולא", "שלא", "כשלא" are negations, but "מלא" (full) and "הלא" are not.
var shortChains = map[string]bool{"ו": true, "ש": true, "וש": true, "כש": true, "וכש": true}

func startsWord(rs []rune, start int, m *patternMeta) bool {
	if m.fieldLabel {
		return lineHead(rs, start)
	}
	if m.absorbed {
		return absorbedStart(rs, start)
	}
	if start == 0 || !isWordRune(rs[start-1]) || m.symbolHead {
		// This includes "ה-SLA" and "ב-30": a hyphen after a Hebrew
		// prefix ends the prefix, and the phrase starts a word.
		return true
	}
	// Inside a word: only a valid chain of Hebrew prefix letters may precede.
	w := start
	for w > 0 && hebrew.IsLetter(rs[w-1]) && start-w <= hebrew.MaxPrefixChain {
		w--
	}
	if w > 0 && isWordRune(rs[w-1]) {
		return false
	}
	chain := rs[w:start]
	if len(chain) == 0 || !hebrew.IsPrefixChain(chain) {
		return false
	}
	if wholeWordAt(rs, w, start) {
		return false
	}
	if m.shortHead && !shortChains[string(chain)] {
		return false
	}
	return true
}

// lineHead reports whether only list markers, clause numbers, emphasis and
// spaces stand between the start of the line and position start:
// "*כולל:*", "- Includes:", "12. טלפונים:". A letter before it makes it
// part of a sentence ("a report that includes:").
//
// In a time-stamped chat the line's head is where the message's text
// starts, after the sender's name: "12/08/2025, 20:39 - עדי: כולל: 3
// אוטובוסים…" lists what the offer includes as a line of its own would.
func lineHead(rs []rune, start int) bool {
	for k := start - 1; k >= 0; k-- {
		switch r := rs[k]; {
		case r == '\n':
			return true
		case r >= '0' && r <= '9':
		case isWordRune(r):
			return chatBodyHead(rs, k, start)
		}
	}
	return true
}

// chatBodyHead reports whether position start, with a word rune at k
// before it, is where the text of a time-stamped chat message begins
// ("24.8.2025, 19:16 - מיכל: " or "[15/02/2026, 17:26:40] Noa: "), with
// only list markers and spaces between.
func chatBodyHead(rs []rune, k, start int) bool {
	ls := k
	for ls > 0 && rs[ls-1] != '\n' {
		ls--
	}
	if r := rs[ls]; (r < '0' || r > '9') && r != '[' {
		return false
	}
	body := chatBody(rs[ls:start])
	if body == 0 {
		return false
	}
	for _, r := range rs[ls+body : start] {
		if isWordRune(r) && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

func endsWord(rs []rune, end int, m *patternMeta) bool {
	if m.wildcard || m.symbolTail || end >= len(rs) {
		return true
	}
	r := rs[end]
	if isWordRune(r) {
		return false
	}
	// An abbreviation continues after a quote: "עו" is not a word in עו"ד.
	if (r == '"' || r == '\'') && end+1 < len(rs) && hebrew.IsLetter(rs[end+1]) &&
		end > 0 && hebrew.IsLetter(rs[end-1]) {
		return false
	}
	return true
}

// absorbedStart accepts the article-less form of a phrase only after a
// prefix chain that ends in ב, כ or ל ("בתמורה", "שבתמורה", "ולתמורה").
func absorbedStart(rs []rune, start int) bool {
	if start == 0 {
		return false
	}
	switch rs[start-1] {
	case 'ב', 'כ', 'ל':
	default:
		return false
	}
	w := start
	for w > 0 && hebrew.IsLetter(rs[w-1]) && start-w <= hebrew.MaxPrefixChain {
		w--
	}
	if w > 0 && isWordRune(rs[w-1]) {
		return false
	}
	return hebrew.IsPrefixChain(rs[w:start])
}

// unsplittable lists words whose first letters look like a prefix chain in
// front of a lexicon word, but are part of the word: "מזמין" (the client)
// is not מ + "זמין" (available), so "למזמין" says nothing about
// availability, and neither does "ולהזמין" (to order).
//
// The rest are common words of contracts that would otherwise carry a
// lexicon word inside them: "מידע" (information) is not מ + "ידע"
// (know-how), "מרכז" (centre) not מ + "רכז" (coordinator), "מתחייב"
// (undertakes) not מ + "תחייב", "מתוך" (out of) not מ + "תוך" (within),
// "מבחינה" (in terms of) not מ + "בחינה" (review), "מכתב" (a letter) not
// מ + "כתב", "מנהלי" (managers of) not מ + "נהלי" (procedures of), "מתקן"
// (a facility) not מ + "תקן" (a standard), "מסגר" (metalworker) not מ +
// "סגר" (lockdown), "כדין" (lawfully) not כ + "דין", "ממנה" (of it) not
// מ + "מנה" (a dish, a portion).
var unsplittable = foldedWords("מזמין", "מזמינה", "מזמינים", "מזמינות", "מזמינת", "הזמין", "הזמינה", "הזמינו", "להזמין",
	"מידע", "מרכז", "מרכזי", "מרכזית", "מרכזים", "מתחייב", "מתחייבת", "מתחייבים", "מתחייבות", "מתוך",
	"מבחינה", "מבחינת", "מכתב", "מכתבים", "מנהל", "מנהלי", "מנהלת", "מנהלים", "מתקן", "מתקנים",
	"מסגר", "מסגרים", "מקווים", "כדין", "ממנה", "ממנו", "ממני")

// foldedWords normalizes words as the text is normalized (final letters
// in their regular form).
func foldedWords(words ...string) [][]rune {
	out := make([][]rune, len(words))
	for i, w := range words {
		out[i] = []rune(hebrew.Fold(w))
	}
	return out
}

// wholeWordAt reports whether the word that starts at w, read from a
// prefix split before start, is one of the unsplittable words.
func wholeWordAt(rs []rune, w, start int) bool {
	end := start
	for end < len(rs) && hebrew.IsLetter(rs[end]) {
		end++
	}
	for p := w; p < start; p++ {
		word := rs[p:end]
		for _, u := range unsplittable {
			// Length and first letter rule out nearly every entry
			// before the words are compared.
			if len(u) == len(word) && u[0] == word[0] && equalRunes(u, word) {
				return true
			}
		}
	}
	return false
}

func equalRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
