// Package listnum formats list counters the way word processors and
// browsers display them: decimal, Latin letters, Roman numerals and Hebrew
// numbering. The DOCX and HTML readers use it to materialize automatic
// numbering as text ("1.1", "(ב)", "iv.") so that the review engine sees
// the clause numbers the reader sees.
package listnum

import (
	"strconv"
	"strings"
)

// Style is a counter style.
type Style int

// Counter styles. Names follow WordprocessingML's ST_NumberFormat, with
// the CSS list-style-type equivalent in the comment.
const (
	Decimal     Style = iota // 1, 2, 3 (decimal)
	DecimalZero              // 01, 02, … 10 (decimal-leading-zero)
	LowerLetter              // a … z, aa, bb (Word) — CSS lower-alpha gives aa, ab
	UpperLetter              // A … Z, AA, BB
	LowerRoman               // i, ii, iii (lower-roman)
	UpperRoman               // I, II, III (upper-roman)
	Hebrew1                  // Hebrew numerals: א … ט, י, יא … טו, טז … ק (CSS hebrew)
	Hebrew2                  // Hebrew alphabet: א … ת, then the letter doubled
	None                     // no counter text
	Bullet                   // a bullet; the counter is not shown
)

// maxRepeat bounds the letter repetition of alphabetic styles (zzzz…):
// a hostile document can set a counter to two billion, and no real list
// gets near it.
const maxRepeat = 10

// Format returns n in style s. Counters below 1 and styles with no sensible
// form for n fall back to decimal, as Word does for out-of-range values.
func Format(n int, s Style) string {
	switch s {
	case None, Bullet:
		return ""
	case DecimalZero:
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case LowerLetter, UpperLetter:
		if n >= 1 && n <= maxRepeat*26 {
			base := 'a'
			if s == UpperLetter {
				base = 'A'
			}
			return strings.Repeat(string(base+rune((n-1)%26)), (n-1)/26+1)
		}
	case LowerRoman, UpperRoman:
		if n >= 1 && n < 4000 {
			r := roman(n)
			if s == UpperRoman {
				return strings.ToUpper(r)
			}
			return r
		}
	case Hebrew1:
		if n >= 1 && n < 1000 {
			return gematria(n)
		}
	case Hebrew2:
		if n >= 1 && n <= maxRepeat*22 {
			return strings.Repeat(string(hebrewLetters[(n-1)%22]), (n-1)/22+1)
		}
	}
	return strconv.Itoa(n)
}

func roman(n int) string {
	vals := [...]int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := [...]string{"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// hebrewLetters are the 22 letters in order, without final forms.
var hebrewLetters = []rune("אבגדהוזחטיכלמנסעפצקרשת")

// gematria writes 1..999 in Hebrew numerals: hundreds (ק ר ש ת, then תק …
// תתק), tens and units, with 15 and 16 written טו and טז rather than as
// spellings of the divine name.
func gematria(n int) string {
	var b strings.Builder
	for n >= 400 {
		b.WriteRune('ת')
		n -= 400
	}
	if n >= 100 {
		b.WriteRune(hebrewLetters[18+n/100-1]) // ק=19th letter
		n %= 100
	}
	switch n {
	case 15:
		b.WriteString("טו")
		return b.String()
	case 16:
		b.WriteString("טז")
		return b.String()
	}
	if n >= 10 {
		b.WriteRune(hebrewLetters[9+n/10-1]) // י=10th letter
		n %= 10
	}
	if n >= 1 {
		b.WriteRune(hebrewLetters[n-1])
	}
	return b.String()
}

// ParseWord maps a WordprocessingML numFmt value to a Style. Formats we do
// not render (ordinal words, Asian counting systems) become Decimal: the
// clause structure survives even if the glyphs differ.
func ParseWord(numFmt string) Style {
	switch numFmt {
	case "decimal", "":
		return Decimal
	case "decimalZero":
		return DecimalZero
	case "lowerLetter":
		return LowerLetter
	case "upperLetter":
		return UpperLetter
	case "lowerRoman":
		return LowerRoman
	case "upperRoman":
		return UpperRoman
	case "hebrew1":
		return Hebrew1
	case "hebrew2":
		return Hebrew2
	case "none":
		return None
	case "bullet":
		return Bullet
	}
	return Decimal
}

// ParseCSS maps an HTML ol type attribute ("1", "a", "A", "i", "I") or a
// CSS list-style-type keyword to a Style; ok is false when v is neither.
func ParseCSS(v string) (s Style, ok bool) {
	switch v {
	case "1", "decimal":
		return Decimal, true
	case "decimal-leading-zero":
		return DecimalZero, true
	case "a", "lower-alpha", "lower-latin":
		return LowerLetter, true
	case "A", "upper-alpha", "upper-latin":
		return UpperLetter, true
	case "i", "lower-roman":
		return LowerRoman, true
	case "I", "upper-roman":
		return UpperRoman, true
	case "hebrew":
		return Hebrew1, true
	case "none":
		return None, true
	case "disc", "circle", "square":
		return Bullet, true
	}
	return Decimal, false
}
