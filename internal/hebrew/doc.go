// Package hebrew normalizes Hebrew and English contract text for matching.
//
// Contract text arrives with niqqud, cantillation, three spellings of the
// gershayim (ASCII quote, U+05F4 and a pair of apostrophes), final letters,
// bidirectional controls and Word's typographic quotes. A lexicon entry
// written once must match all of those spellings, and every match must point
// back at the exact characters of the original so that a reader can check the
// evidence. Normalize therefore returns the normalized runes together with a
// map from every normalized rune to its code-point offset in the original
// text.
//
// Hebrew prefix letters (ו ה ב כ ל מ ש) are not stripped here: stripping every
// initial letter would break ביטוח, מחיר and ספק. Instead a matcher finds the
// lexicon stem and asks IsPrefixChain whether the letters between the start of
// the word and the stem form a valid chain of prefixes. English words are
// folded to lower case and reduced by a small suffix stemmer so that
// "payments", "paid on", "terminates" and "terminated" meet their lexicon
// entries.
package hebrew
