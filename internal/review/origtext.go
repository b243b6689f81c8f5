package review

import (
	"strings"
	"unicode/utf8"
)

// markEvery is the spacing, in runes, of the byte offsets origText keeps.
const markEvery = 64

// origText gives code-point access to the original text without copying it
// into a []rune (four bytes a character): it keeps the byte offset of every
// 64th rune and walks at most 63 runes from there.
type origText struct {
	s     string
	n     int
	marks []int32
}

func newOrigText(s string) origText {
	o := origText{s: s, marks: make([]int32, 0, len(s)/markEvery+1)}
	for i := 0; i < len(s); {
		if o.n%markEvery == 0 {
			o.marks = append(o.marks, int32(i))
			// A stretch of markEvery ASCII bytes is markEvery runes:
			// it is stepped over at once (most of an English text).
			if i+markEvery <= len(s) && isASCII(s[i:i+markEvery]) {
				i += markEvery
				o.n += markEvery
				continue
			}
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		o.n++
	}
	return o
}

// isASCII reports whether s is all ASCII, eight bytes at a time.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// byteOff returns the byte offset of rune r (len(s) for r == n).
func (o origText) byteOff(r int) int {
	if r <= 0 {
		return 0
	}
	if r >= o.n {
		return len(o.s)
	}
	m := r / markEvery
	i := int(o.marks[m])
	// A stretch with as many bytes as runes is all single-byte runes
	// (ASCII, most of an English agreement): no need to walk it.
	end, runes := len(o.s), o.n-m*markEvery
	if m+1 < len(o.marks) {
		end, runes = int(o.marks[m+1]), markEvery
	}
	if end-i == runes {
		return i + r%markEvery
	}
	for k := r % markEvery; k > 0; k-- {
		_, size := utf8.DecodeRuneInString(o.s[i:])
		i += size
	}
	return i
}

// at returns rune r, or 0 outside the text.
func (o origText) at(r int) rune {
	if r < 0 || r >= o.n {
		return 0
	}
	c, _ := utf8.DecodeRuneInString(o.s[o.byteOff(r):])
	return c
}

// slice returns runes [a, b) as a string. Invalid UTF-8 becomes one U+FFFD
// per bad byte, as a []rune conversion would give, so a quote always counts
// the same code points as its offsets.
func (o origText) slice(a, b int) string {
	if a < 0 {
		a = 0
	}
	if b > o.n {
		b = o.n
	}
	if a >= b {
		return ""
	}
	q := o.s[o.byteOff(a):o.byteOff(b)]
	if utf8.ValidString(q) {
		return q
	}
	var sb strings.Builder
	for _, r := range q {
		sb.WriteRune(r)
	}
	return sb.String()
}
