package hebrew

// Hebrew letter ranges and the letter classes used by matching.
const (
	alef = 'א'
	tav  = 'ת'
)

// IsLetter reports whether r is a Hebrew letter (א–ת, including final forms).
func IsLetter(r rune) bool { return r >= alef && r <= tav }

// IsMark reports whether r is a Hebrew point or cantillation mark: niqqud and
// te'amim that are written above or below letters and carry no meaning for
// matching. Maqaf, paseq, sof pasuq and the inverted nun are punctuation and
// are not marks.
func IsMark(r rune) bool {
	switch {
	case r >= 0x0591 && r <= 0x05BD, r == 0x05BF, r == 0x05C1, r == 0x05C2,
		r == 0x05C4, r == 0x05C5, r == 0x05C7:
		return true
	}
	return false
}

// finalToRegular maps the five final letter forms to their regular forms.
// A suffix turns a final letter back into its regular form (סכום → סכומים),
// so matching compares regular forms only.
func finalToRegular(r rune) rune {
	switch r {
	case 'ך':
		return 'כ'
	case 'ם':
		return 'מ'
	case 'ן':
		return 'נ'
	case 'ף':
		return 'פ'
	case 'ץ':
		return 'צ'
	}
	return r
}

// RegularForm returns the regular (non-final) form of a Hebrew letter, and r
// unchanged otherwise.
func RegularForm(r rune) rune { return finalToRegular(r) }

// FinalForm returns the final form of one of the five letters that have one,
// and r unchanged otherwise. Display code uses it to write a word back.
func FinalForm(r rune) rune {
	switch r {
	case 'כ':
		return 'ך'
	case 'מ':
		return 'ם'
	case 'נ':
		return 'ן'
	case 'פ':
		return 'ף'
	case 'צ':
		return 'ץ'
	}
	return r
}

// IsPrefixLetter reports whether r is one of the letters that attach to the
// front of a word as a prefix (אותיות השימוש: מש"ה וכל"ב).
func IsPrefixLetter(r rune) bool {
	switch r {
	case 'ו', 'ה', 'ב', 'כ', 'ל', 'מ', 'ש':
		return true
	}
	return false
}

// MaxPrefixChain is the longest chain of prefix letters accepted in front of
// a stem (e.g. וכשה in "וכשהספק").
const MaxPrefixChain = 4

// IsPrefixChain reports whether rs, the letters between the start of a word
// and a lexicon stem, form a valid chain of Hebrew prefixes: an optional
// conjunction ו first, then up to three of ש מ כ ל ב, with the article ה only
// last (והתשלום, שבהסכם, כשהספק, ומהספק, לכשיתעורר). An empty chain is valid.
// The rule is deliberately structural rather than a list of words: the stem
// must itself be a lexicon entry, so "ביטוח" is never read as ב + "יטוח".
func IsPrefixChain(rs []rune) bool {
	if len(rs) > MaxPrefixChain {
		return false
	}
	i := 0
	if i < len(rs) && rs[i] == 'ו' {
		i++
	}
	for ; i < len(rs); i++ {
		switch rs[i] {
		case 'ש', 'מ', 'כ', 'ל', 'ב':
		case 'ה':
			return i == len(rs)-1
		default:
			return false
		}
	}
	return true
}
