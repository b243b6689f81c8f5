package hebrew

// Stem reduces a lower-case English word to the stem used for matching. It is
// a deliberately small suffix stripper (-s, -es, -ies, -ed, -ied, -ing, and a
// final silent e), not a linguistic stemmer: the same function runs over the
// lexicon and over the text, so "payments"/"payment", "terminates"/
// "terminated"/"terminating"/"terminate" and "parties"/"party" meet at one
// stem. Words shorter than four letters are left alone ("has", "its", "fee").
func Stem(word string) string { return string(stemRunes([]rune(word))) }

// stemRunes stems a word (see Stem) in place: the stem is w or a prefix of
// it with its last letters changed, never a new slice, so that the
// normalizer stems a word where it wrote it and allocates nothing.
func stemRunes(w []rune) []rune {
	if len(w) < 4 || !isASCIIWord(w) {
		return w
	}
	if len(w) == 5 && w[0] == 'w' && w[1] == 'o' && w[2] == 'u' && w[3] == 'l' && w[4] == 'd' {
		// Minutes and e-mails report the deal in the conditional ("FM
		// would work 2 days a week", "changes would be agreed"): for
		// matching, "would" is the "will" of an agreed term.
		w[1], w[2], w[3] = 'i', 'l', 'l'
		return w[:4]
	}
	// Compared rune by rune: converting the tail to a string for every
	// suffix tried was a tenth of an English review's time.
	hasSuffix := func(s string) bool {
		if len(w) < len(s) {
			return false
		}
		t := w[len(w)-len(s):]
		for i := 0; i < len(s); i++ {
			if t[i] != rune(s[i]) {
				return false
			}
		}
		return true
	}
	if possessive(w) {
		// "yours" is not "your": "the files will be yours" gives
		// ownership, "will be your responsibility" does not.
		return w
	}
	stripE := true
	switch {
	case hasSuffix("ies") && len(w) > 4, hasSuffix("ied") && len(w) > 4:
		w[len(w)-3] = 'y'
		w = w[:len(w)-2]
		stripE = false
	case hasSuffix("sses"):
		w = w[:len(w)-2]
	case hasSuffix("ches"), hasSuffix("shes"), hasSuffix("xes"), hasSuffix("zes"):
		w = w[:len(w)-2]
	case hasSuffix("ss"), hasSuffix("us"), hasSuffix("is"):
	case hasSuffix("s"):
		w = w[:len(w)-1]
	}
	switch {
	case hasSuffix("ing") && len(w) >= 6:
		w = undouble(w[:len(w)-3])
	case hasSuffix("reed"):
		w = w[:len(w)-1] // agreed → agree (then e is stripped below)
	case hasSuffix("ed") && len(w) >= 5:
		w = undouble(w[:len(w)-2])
		stripE = false
	}
	if stripE && len(w) >= 4 && w[len(w)-1] == 'e' {
		w = w[:len(w)-1]
	}
	// "note", "notes" and "noted" would meet "not" and read as a negation.
	if len(w) == 3 && w[0] == 'n' && w[1] == 'o' && w[2] == 't' {
		return append(w, 'e') // within the word: it had four letters or more
	}
	return w
}

// possessive reports whether w is an independent possessive pronoun
// (yours, ours, hers, theirs), which keeps its final s.
func possessive(w []rune) bool {
	switch len(w) {
	case 4:
		return (w[0] == 'o' && w[1] == 'u' && w[2] == 'r' && w[3] == 's') || (w[0] == 'h' && w[1] == 'e' && w[2] == 'r' && w[3] == 's')
	case 5:
		return w[0] == 'y' && w[1] == 'o' && w[2] == 'u' && w[3] == 'r' && w[4] == 's'
	case 6:
		return w[0] == 't' && w[1] == 'h' && w[2] == 'e' && w[3] == 'i' && w[4] == 'r' && w[5] == 's'
	}
	return false
}

// undouble turns a doubled final consonant left by -ed/-ing back into one
// (committed → commit) but keeps the letters English doubles in the base
// form (billing → bill, staffed → staff, passed → pass).
func undouble(w []rune) []rune {
	n := len(w)
	if n >= 3 && w[n-1] == w[n-2] {
		switch w[n-1] {
		case 'l', 's', 'z', 'f', 'e', 'o':
			return w
		}
		return w[:n-1]
	}
	return w
}

func isASCIIWord(w []rune) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}
