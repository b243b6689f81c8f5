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

// VerbForms returns the person and number forms of a folded Hebrew verb in
// the future tense, the word itself first, when the word reads as one, and
// then its infinitive and present forms (see infinitiveAndPresent):
//
//	יעביר → יעביר, תעביר, נעביר, אעביר, יעבירו, תעבירו, להעביר, מעביר…
//	ימסור → ימסור, תמסור, נמסור, אמסור, ימסרו, תמסרו, למסור, מוסר…
//	יידחה → יידחה, תידחה, נידחה, אידחה, יידחו, תידחו, להידחות
//
// Contracts state duties in the future tense, and one author writes "הספק
// ימסור" where another writes "החברה תמסור", "נמסור" or "הספקים ימסרו": a
// lexicon entry written once in the third person must match them all. Only
// a word of four letters or more that opens with י or ת (the third person
// and the second) and does not end like a noun (ות, ימ, ית) or a plural
// verb (ו) is read as a verb; a form that is not a word never occurs in text and costs nothing.
// Callers use it for the verb of a phrase of two words or more, where a
// generated form that happens to be another word ("תאריך" → "יאריך")
// cannot match on its own.
func VerbForms(word string) []string {
	rs := []rune(word)
	if len(rs) < 4 || (rs[0] != 'י' && rs[0] != 'ת') {
		return []string{word}
	}
	for _, r := range rs {
		if !IsLetter(r) {
			return []string{word}
		}
	}
	if strings.HasSuffix(word, "ות") || strings.HasSuffix(word, "ימ") || strings.HasSuffix(word, "ית") || strings.HasSuffix(word, "ו") {
		return []string{word}
	}
	rest := string(rs[1:])
	// The plural: a final ה gives way to ו ("יבנה" → "יבנו"), a ו before
	// the last letter drops ("ימסור" → "ימסרו"), a י stays ("יעביר" →
	// "יעבירו").
	body := rs[1:]
	var plural string
	switch n := len(body); {
	case body[n-1] == 'ה':
		plural = string(body[:n-1]) + "ו"
	case n >= 3 && body[n-2] == 'ו':
		plural = string(body[:n-2]) + string(body[n-1]) + "ו"
	default:
		plural = string(body) + "ו"
	}
	out := []string{word}
	for _, p := range []string{"י", "ת", "נ", "א"} {
		if f := p + rest; f != word {
			out = append(out, f)
		}
	}
	out = append(out, "י"+plural, "ת"+plural)
	return append(out, infinitiveAndPresent(body)...)
}

// VerbPersons is VerbForms without the present: the persons, the plural
// and the infinitive. A lone word has no phrase around it to tell a
// present participle from the noun it often is ("ינהל" → "מנהל", a
// manager; "יבצע" → "מבצע", a sale), so a verb written as one word, the
// side of a pair, takes only the forms that are verbs alone: "יתעד" also
// matches "נתעד", "אתעד", "יתעדו", "לתעד".
func VerbPersons(word string) []string {
	forms := VerbForms(word)
	if len(forms) == 1 {
		return forms
	}
	rs := []rune(word)
	if inf := infinitiveAndPresent(rs[1:]); len(inf) > 1 {
		return forms[:len(forms)-len(inf)+1]
	}
	return forms
}

// infinitiveAndPresent returns the infinitive and the present forms (both
// numbers and genders) of a future-tense verb without its person prefix,
// by the binyan its letters show. Contracts state a duty in the future
// ("הספק יעביר") as often as with an infinitive ("הספק מתחייב להעביר", "על
// הספק להעביר") or, in letters, the present ("אנו מעבירים"):
//
//	עביר (hif'il, י before the last letter) → להעביר, מעביר
//	ימסר (nif'al, doubled י)               → להימסר (its present is its past)
//	ושלמ (passive, ו first)                 → nothing
//	מסור (pa'al, ו before the last letter)  → למסור, מוסר
//	תחדש (hitpa'el, ת first)                → להתחדש, מתחדש
//	שנה (ל"ה)                               → לשנות, משנה
//	שלמ (pi'el and the rest)                → לשלמ, משלמ
func infinitiveAndPresent(body []rune) []string {
	n := len(body)
	s := string(body)
	var inf, present string
	switch {
	case body[0] == 'י':
		// The nif'al present is also its past ("נרשם בפרוטוקול", was
		// recorded): a fact told, not a duty; only the infinitive.
		inf = "לה" + s
		if body[n-1] == 'ה' {
			inf = "לה" + string(body[:n-1]) + "ות" // להידחות
		}
	case body[0] == 'ו' && !(n >= 3 && body[n-2] == 'י'):
		// A passive ("יושלם") has no infinitive, and its present
		// ("מושלם") is an adjective.
		return nil
	case n >= 3 && body[n-2] == 'י', body[0] == 'ת':
		inf, present = "לה"+s, "מ"+s
	case body[n-1] == 'ה':
		inf, present = "ל"+string(body[:n-1])+"ות", "מ"+s
	case n >= 3 && body[n-2] == 'ו':
		inf, present = "ל"+s, string(body[0])+"ו"+string(body[1:n-2])+string(body[n-1])
	default:
		inf, present = "ל"+s, "מ"+s
	}
	if present == "" {
		return []string{inf}
	}
	stem := strings.TrimSuffix(present, "ה")
	return []string{inf, present, stem + "ימ", stem + "ות", stem + "ה", stem + "ת"}
}

// CopulaForms returns the other persons, genders and numbers of a folded
// Hebrew copula with the adjective or participle after it, which agrees
// with it, as pairs of copula and adjective:
//
//	אינו אחראי → אינה אחראית, אינמ אחראימ, אינן אחראיות, איננו אחראימ, אינני אחראי…
//	יהיה רשאי  → תהיה רשאית, יהיו רשאימ, יהיו רשאיות, נהיה רשאימ…
//	אינו כלול  → אינה כלולה, אינה כלולת, אינמ כלולימ, אינן כלולות…
//
// A disclaimer is written of whoever gives it: "הספק אינו אחראי", "החברה
// אינה אחראית", "המארגנים אינם אחראים", "איננו אחראים". Only the masculine
// singular (אינו, יהיה) is expanded, since the other forms cannot be
// traced back to it without vowels; a generated form that is not a word
// never occurs in text and costs nothing. It returns nil for another
// copula, or an adjective of fewer than three letters or with a non-letter.
func CopulaForms(copula, adj string) [][2]string {
	rs := []rune(adj)
	if len(rs) < 3 {
		return nil
	}
	for _, r := range rs {
		if !IsLetter(r) {
			return nil
		}
	}
	var fs []string
	var mp string
	if strings.HasSuffix(adj, "י") {
		fs, mp = []string{adj + "ת"}, adj+"מ"
	} else {
		fs, mp = []string{adj + "ת", adj + "ה"}, adj+"ימ"
	}
	fp := adj + "ות"
	var out [][2]string
	add := func(c string, as ...string) {
		for _, a := range as {
			out = append(out, [2]string{c, a})
		}
	}
	switch copula {
	case "אינו":
		add("אינה", fs...)
		add("אינמ", mp)
		add("אינן", fp)
		add("איננו", mp)
		add("אינני", adj)
		add("אינני", fs...)
	case "יהיה":
		add("תהיה", fs...)
		add("יהיו", mp, fp)
		add("נהיה", mp)
		add("אהיה", adj)
		add("אהיה", fs...)
		add("תהיו", mp)
	default:
		return nil
	}
	return out
}
