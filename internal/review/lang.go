package review

import (
	"unicode"
	"unicode/utf8"

	"github.com/heskem/heskem/internal/hebrew"
)

// detectLanguage chooses Hebrew or English by script: Hebrew when at least
// three letters in ten are Hebrew, because Hebrew agreements carry English
// names, e-mail addresses and terms (SLA, KPI) but an English agreement
// rarely carries much Hebrew. Text with no letters counts as Hebrew, the
// product's first language.
func detectLanguage(text string) string {
	he, lat := 0, 0
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			// An ASCII byte is a letter exactly when it is a-z or A-Z.
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				lat++
			}
			i++
			continue
		}
		r, size := decodeRune(text[i:])
		i += size
		switch {
		case hebrew.IsLetter(r):
			he++
		case r < 0x250 && unicode.IsLetter(r):
			lat++
		}
	}
	if he == 0 && lat > 0 {
		return "en"
	}
	if he*10 >= (he+lat)*3 {
		return "he"
	}
	return "en"
}

// decodeRune is utf8.DecodeRuneInString with the Hebrew block U+05C0–U+05FF
// (D7 followed by a continuation byte), most of a Hebrew text, decoded in
// place.
func decodeRune(s string) (rune, int) {
	if len(s) > 1 && s[0] == 0xD7 && s[1]&0xC0 == 0x80 {
		return 0x05C0 + rune(s[1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s)
}
