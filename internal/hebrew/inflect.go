package hebrew

import "strings"

// NounForms returns the number and construct-state forms of a folded Hebrew
// noun (regular letters only, as Fold returns them: the plural suffix is
// ימ, not ים), the word itself first:
//
//	תשלומ → תשלומ, תשלומימ, תשלומי, תשלומות
//	הודעה → הודעה, הודעת, הודעות
//	פיצויימ → פיצויימ
//
// The set is generous on purpose: a form that is not a real word never occurs
// in text and costs nothing, while a missed form loses a match. A word that
// is already plural keeps its one form: the construct of a plural (זמנימ →
// זמני) is also an adjective ("temporary") and a possessive, and matched
// response times as timelines. Words of fewer than three letters and
// non-Hebrew words are returned alone, because their forms collide with
// unrelated words.
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
	case strings.HasSuffix(word, "ימ"), strings.HasSuffix(word, "ות"), strings.HasSuffix(word, "ית"):
		return []string{word}
	case strings.HasSuffix(word, "ה"):
		stem := string(rs[:len(rs)-1])
		return []string{word, stem + "ת", stem + "ות"}
	}
	return []string{word, word + "ימ", word + "י", word + "ות"}
}
