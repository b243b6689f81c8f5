package hebrew

import (
	"unicode"
	"unicode/utf8"
)

// Text is normalized text with a map back to the original.
//
// Offsets has one entry per normalized rune plus a final sentinel:
// Offsets.At(i) is the code-point offset in the original text of the
// character that produced Runes[i], and Offsets.At(len(Runes)) is the
// original length in code points. The normalized range [i, j) therefore
// quotes the original range [Offsets.At(i), Offsets.At(j)).
type Text struct {
	Runes   []rune
	Offsets OffsetMap
}

// Span maps the normalized range [start, end) to the original code-point
// range. Out-of-range arguments are clamped, so a caller's arithmetic slip
// cannot panic.
func (t Text) Span(start, end int) (int, int) {
	n := len(t.Runes)
	start = clamp(start, 0, n)
	end = clamp(end, start, n)
	if t.Offsets.Len() != n+1 {
		return 0, 0
	}
	return int(t.Offsets.At(start)), int(t.Offsets.At(end))
}

// offsetBlock is the number of entries of an OffsetMap that share a base.
const offsetBlock = 64

// OffsetMap maps normalized rune indexes to code-point offsets in the
// original text in about 1.1 bytes an entry instead of 4. After the rune
// array it was the largest array of a review (4 bytes a character of an
// English input, whose text is 1 byte a character): the entries are kept
// in blocks of offsetBlock, each with the offset of its first entry as an
// int32 base and every entry as a uint8 distance from that base. The
// offsets of a block rarely spread over more than 255 code points (only
// where a long run of removed characters, such as controls, points or
// white space, falls inside it); such a block keeps its entries whole in
// a side table instead. A lookup is O(1) either way.
type OffsetMap struct {
	// base holds, per block, the offset of its first entry, or ^k for a
	// wide block whose entries are wide[k:k+offsetBlock].
	base []int32
	// delta holds, per entry, its offset less its block's base (0, unused,
	// in a wide block).
	delta []uint8
	wide  []int32
}

// Len returns the number of entries.
func (m *OffsetMap) Len() int { return len(m.delta) }

// At returns entry i; i must be in [0, Len()).
func (m *OffsetMap) At(i int) int32 {
	b := m.base[i/offsetBlock]
	if b >= 0 {
		return b + int32(m.delta[i])
	}
	return m.wide[int(^b)+i%offsetBlock]
}

// push appends entry o.
func (m *OffsetMap) push(o int32) {
	i := len(m.delta)
	k := i % offsetBlock
	if k == 0 {
		m.base = append(m.base, o)
		m.delta = append(m.delta, 0)
		return
	}
	b := m.base[i/offsetBlock]
	if b >= 0 {
		if d := uint32(o - b); d <= 255 {
			m.delta = append(m.delta, uint8(d))
			return
		}
		// The block spreads too far for a byte: its entries so far move
		// to the side table.
		w := len(m.wide)
		m.wide = append(m.wide, make([]int32, offsetBlock)...)
		for j := 0; j < k; j++ {
			m.wide[w+j] = b + int32(m.delta[i-k+j])
		}
		b = ^int32(w)
		m.base[i/offsetBlock] = b
	}
	m.wide[int(^b)+k] = o
	m.delta = append(m.delta, 0)
}

// truncate keeps the first n entries. A wide block dropped whole leaves its
// entries in the side table unused; the normalizer drops at most a word's
// length, so that is rare and small.
func (m *OffsetMap) truncate(n int) {
	m.delta = m.delta[:n]
	m.base = m.base[:(n+offsetBlock-1)/offsetBlock]
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// Normalize prepares s for matching: Hebrew points and cantillation removed,
// final letters replaced by regular forms, the apostrophe and quote families
// (׳ ’ ‘ ` and ״ “ ” „ and a pair of apostrophes) unified as ' and ", dashes
// and maqaf unified as -, invisible and bidirectional controls removed,
// horizontal white space collapsed to one space, \r\n read as \n, Latin
// letters folded to lower case and English words stemmed (see Stem). Line
// breaks are kept, so paragraphs keep their positions.
func Normalize(s string) Text {
	size := utf8.RuneCountInString(s)
	n := &normalizer{
		runes: make([]rune, 0, size),
		offsets: OffsetMap{
			base:  make([]int32, 0, (size+1)/offsetBlock+1),
			delta: make([]uint8, 0, size+1),
		},
		mapped: true,
		word:   -1,
	}
	pos := n.run(s)
	n.offsets.push(pos)
	return Text{Runes: n.runes, Offsets: n.offsets}
}

// run normalizes s into n and returns its length in code points. The
// characters most agreements are made of (ASCII letters and spaces, Hebrew
// letters) take a short path here; add handles every character, those
// included, the same way.
func (n *normalizer) run(s string) int32 {
	pos := int32(0)
	for i := 0; i < len(s); pos++ {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case c|0x20 >= 'a' && c|0x20 <= 'z':
				if n.word < 0 {
					n.word = len(n.runes)
				}
				n.emit(rune(c|0x20), pos)
			case c == ' ':
				n.flushWord()
				n.space(pos)
			default:
				n.add(rune(c), pos)
			}
			continue
		}
		var r rune
		if c := s[i]; c == 0xD7 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// U+05C0–U+05FF, the Hebrew letters among them.
			r = 0x05C0 + rune(s[i+1]&0x3F)
			i += 2
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
		}
		if r >= alef && r <= tav {
			n.flushWord()
			n.emit(finalToRegular(r), pos)
			continue
		}
		n.add(r, pos)
	}
	n.flushWord()
	return pos
}

// Fold normalizes a lexicon phrase exactly as Normalize normalizes text,
// and trims surrounding spaces, so that a phrase matches the text it was
// written for. It keeps no offsets: a folded phrase is never quoted back.
func Fold(s string) string {
	n := &normalizer{runes: make([]rune, 0, utf8.RuneCountInString(s)), word: -1}
	n.run(s)
	rs := n.runes
	for len(rs) > 0 && (rs[0] == ' ' || rs[0] == '\n') {
		rs = rs[1:]
	}
	for len(rs) > 0 && (rs[len(rs)-1] == ' ' || rs[len(rs)-1] == '\n') {
		rs = rs[:len(rs)-1]
	}
	return string(rs)
}

type normalizer struct {
	runes   []rune
	offsets OffsetMap
	// mapped says whether offsets are kept (Normalize) or not (Fold).
	mapped bool
	// word is the index in runes of the run of Latin letters being read,
	// or -1: the letters are written as they come and the run is stemmed
	// in place when it ends (a stem is never longer than its word).
	word int
}

func (n *normalizer) emit(r rune, pos int32) {
	n.runes = append(n.runes, r)
	if n.mapped {
		n.offsets.push(pos)
	}
}

func (n *normalizer) last() rune {
	if len(n.runes) == 0 {
		return 0
	}
	return n.runes[len(n.runes)-1]
}

func (n *normalizer) add(r rune, pos int32) {
	if isLatinLetter(r) {
		if n.word < 0 {
			n.word = len(n.runes)
		}
		n.emit(unicode.ToLower(r), pos)
		return
	}
	if IsMark(r) || IsInvisible(r) || r == '\r' || r == 0x05C6 {
		// Marks and controls vanish without ending a Latin word:
		// "pay\u200Bment" is still "payment".
		return
	}
	n.flushWord()
	switch {
	case r == '\n' || r == '\v' || r == '\f' || r == 0x2028 || r == 0x2029 || r == 0x85:
		if n.last() == ' ' {
			n.runes = n.runes[:len(n.runes)-1]
			if n.mapped {
				n.offsets.truncate(n.offsets.Len() - 1)
			}
		}
		n.emit('\n', pos)
	case unicode.IsSpace(r) || r == 0x05C0:
		n.space(pos)
	case IsLetter(r):
		n.emit(finalToRegular(r), pos)
	case r >= 0xFB1D && r <= 0xFB4F:
		for _, b := range presentationBase(r) {
			n.emit(finalToRegular(b), pos)
		}
	case isApostrophe(r):
		if n.last() == '\'' {
			// Two apostrophes stand for a gershayim (ש''ח).
			n.runes[len(n.runes)-1] = '"'
			return
		}
		n.emit('\'', pos)
	case isQuote(r):
		n.emit('"', pos)
	case isDash(r):
		n.emit('-', pos)
	case r >= '０' && r <= '９':
		n.emit('0'+(r-'０'), pos)
	default:
		n.emit(r, pos)
	}
}

// space emits one space for a run of horizontal white space, none at the
// start of the text or of a line.
func (n *normalizer) space(pos int32) {
	if l := n.last(); l != ' ' && l != '\n' && len(n.runes) > 0 {
		n.emit(' ', pos)
	}
}

// flushWord stems the Latin word being read in place; the stem's runes keep
// the offsets of the letters they replace, and a stem longer than its word
// (none is) would give its extra runes the offset of the last letter.
func (n *normalizer) flushWord() {
	if n.word < 0 {
		return
	}
	w := n.runes[n.word:]
	var last int32
	if n.mapped {
		last = n.offsets.At(n.offsets.Len() - 1)
	}
	stem := stemRunes(w)
	k := copy(w, stem)
	n.runes = n.runes[:n.word+k]
	if n.mapped {
		n.offsets.truncate(n.word + k)
	}
	for _, r := range stem[k:] {
		n.emit(r, last)
	}
	n.word = -1
}

func isLatinLetter(r rune) bool {
	if r < 0x80 {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return r < 0x0590 && unicode.IsLetter(r)
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', 0x05F3, 0x2018, 0x2019, 0x201B, '`', 0x00B4, 0x02BC, 0x2032:
		return true
	}
	return false
}

func isQuote(r rune) bool {
	switch r {
	case '"', 0x05F4, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB, 0x02DD:
		return true
	}
	return false
}

func isDash(r rune) bool {
	switch r {
	case 0x05BE, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
		return true
	}
	return false
}

// presentationBase maps the Hebrew presentation forms (U+FB1D–U+FB4F: letters
// with dagesh or dots, wide letters, the alef-lamed ligature) to base letters.
func presentationBase(r rune) []rune {
	switch {
	case r == 0xFB1D:
		return []rune{'י'}
	case r == 0xFB1F:
		return []rune{0x05F2}
	case r >= 0xFB20 && r <= 0xFB28:
		return []rune{[]rune("עאדהכלםרת")[r-0xFB20]}
	case r == 0xFB4F:
		return []rune{'א', 'ל'}
	case r >= 0xFB2A && r <= 0xFB4E:
		base := []rune("ששששאאאבגדהוז\x00טיךכל\x00מ\x00נס\x00ףפ\x00צקרשתובכפ")[r-0xFB2A]
		if base != 0 {
			return []rune{base}
		}
	}
	return []rune{r}
}
