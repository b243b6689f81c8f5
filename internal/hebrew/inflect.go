package hebrew

import "strings"

// NounForms returns the number and construct-state forms of a folded Hebrew
// noun (regular letters only, as Fold returns them), the word itself first:
//
//	תשלום → תשלום, תשלומים, תשלומי, תשלומות
//	הודעה → הודעה, הודעת, הודעות
//	פיצויים → פיצויים, פיצויי
//
// The set is generous on purpose: a form that is not a real word never occurs
// in text and costs nothing, while a missed form loses a match. Words of fewer
// than three letters and non-Hebrew words are returned alone, because their
// forms collide with unrelated words.
func NounForms(word string) []string {
	rs := []rune(word)
	if len(rs) < 3 {
		return []string{word}
	}
	for _, r := range rs {
		if !IsLetter(r) {
			return []string{word}
		}
	}
	switch {
	case strings.HasSuffix(word, "ים"):
		stem := string(rs[:len(rs)-2])
		return []string{word, stem + "י"}
	case strings.HasSuffix(word, "ות"), strings.HasSuffix(word, "ית"):
		return []string{word}
	case strings.HasSuffix(word, "ה"):
		stem := string(rs[:len(rs)-1])
		return []string{word, stem + "ת", stem + "ות"}
	}
	return []string{word, word + "ים", word + "י", word + "ות"}
}
