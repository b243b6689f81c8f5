package review

import (
	"embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/heskem/heskem/internal/hebrew"
	"github.com/heskem/heskem/internal/review/ahocorasick"
)

//go:embed lexicon/*.json templates/*.json
var dataFS embed.FS

// lexiconFile is the on-disk shape of lexicon/<lang>.json. Every list holds
// phrases written naturally (final letters, niqqud, any quote style and any
// inflection of an English word are normalized at load time). A phrase that
// ends in * matches as the start of a word ("ישולמ*").
type lexiconFile struct {
	Language string `json:"language"`
	// Negation words open a negation scope ("לא", "no", "without").
	Negation []string `json:"negation"`
	// NegationVoid phrases begin with a negation word but do not negate
	// ("לא יאוחר", "no later than", "without derogating").
	NegationVoid []string `json:"negation_void"`
	// Exception words turn a negation into a condition ("אלא אם",
	// "unless"): "no change is valid unless in writing" sets a rule.
	Exception []string `json:"exception"`
	// NegationStop words end a negation's reach when they open the main
	// clause after a negated condition ("any amount not paid when due
	// shall bear interest"): they count from the second word on.
	NegationStop []string `json:"negation_stop"`
	// Sections maps a kind of section (recitals, definitions, title,
	// signatures) to the words that head it or open its lines.
	Sections map[string][]string `json:"sections"`
	// Signals are shared cue groups (time, breach, writing…) that structural
	// rules and sub-checks of several items use.
	Signals map[string][]string `json:"signals"`
	// Durations maps "unit/count" ("months/6") to durations written in
	// words ("six months", "שישה חודשים", "חצי שנה"): the scanner reads
	// digits, and small-business agreements often spell numbers out.
	Durations map[string][]string `json:"durations"`
	// Items maps a rubric item or protection id to its cue families.
	Items map[string]itemLexicon `json:"items"`
	// Vague lists vague phrases with a concrete rewrite.
	Vague []vagueEntry `json:"vague"`
	// Placeholders lists words that mark an unfilled blank ("יושלם", "TBD").
	Placeholders []string `json:"placeholders"`
}

// itemLexicon holds the cue families of one item.
type itemLexicon struct {
	// Families describes, for the lawyer who extends the lists, the ways
	// the item is expressed (and the look-alikes it is not) that the lists
	// below cover. The engine does not read it; a test checks that every
	// item has it.
	Families []string `json:"families"`
	// Heading phrases count when they appear in the clause's heading path.
	Heading []string `json:"heading"`
	// SoftHeading phrases name a section where the item lives among other
	// things ("Client Responsibilities" holds cooperation duties and the
	// client's own compliance): a clause under one counts only when it
	// also carries the signal "duty" (provides, gives access, assists).
	SoftHeading []string `json:"soft_heading"`
	// Strong phrases alone show that a clause deals with the item.
	Strong []string `json:"strong"`
	// Weak phrases count in pairs, or with the heading or structure.
	Weak []string `json:"weak"`
	// Negative phrases show the item's words used in another sense
	// ("פיצוי" paid by an insurer).
	Negative []string `json:"negative"`
	// Sense phrases put a whole sentence in another sense: in "the
	// Supplier shall pay USD 500 as liquidated damages" no word of the
	// sentence speaks of the price, and in "the term shall terminate on
	// 31 December 2026" none speaks of a right to end. Other sentences
	// of the clause keep their own sense.
	Sense []string `json:"sense"`
	// Exclusion phrases state that the item does not apply ("לא יחולו
	// פיצויים מוסכמים"): the item is then partial, with that evidence.
	Exclusion []string `json:"exclusion"`
	// Checks maps a sub-check of the rubric's "complete when" column to
	// the phrases that satisfy it.
	Checks map[string][]string `json:"checks"`
	// Together lists pairs of phrase sets: a clause with a phrase of each
	// set counts as a strong cue ("notes" with "calls", "liability" with
	// "limited"), because neither word alone is specific enough.
	Together []pairLexicon `json:"together"`
}

// pairLexicon is one co-occurrence cue.
type pairLexicon struct {
	A []string `json:"a"`
	B []string `json:"b"`
	pairFlags
}

// pairFlags are the options of one pair, written beside its phrases.
type pairFlags struct {
	// DespiteNegative keeps the pair in a clause that holds one of the
	// item's negative phrases, for a pair one of whose sides names what
	// the negative phrase names: "may terminate this agreement if an
	// invoice is overdue" is a sanction although "overdue" otherwise
	// marks the late-payment clause that a sanction is not.
	DespiteNegative bool `json:"despite_negative"`
	// AFirst completes the pair only when a phrase of A comes before a
	// phrase of B in the sentence: the supplier as the subject of "will
	// provide", not its object ("the employer will provide the
	// contractor with a workspace").
	AFirst bool `json:"a_first"`
	// NegatedA counts a phrase of A only inside a negation: "shall not,
	// without the Client's consent, publish or communicate any report"
	// keeps the Client's information; "shall publish the report" does
	// not. The negation may stand words away from the verb, which a
	// phrase that begins with "not" cannot reach.
	NegatedA bool `json:"negated_a"`
}

// vagueEntry is a vague phrase and how to make it measurable.
type vagueEntry struct {
	Phrase  string `json:"phrase"`
	Rewrite string `json:"rewrite"`
}

// patternMeta says how a compiled pattern is matched at word boundaries.
type patternMeta struct {
	text       string
	wildcard   bool // no end boundary: the phrase may continue the word
	hebrewHead bool // starts with a Hebrew letter: a prefix chain may precede it
	shortHead  bool // the first word has fewer than three letters
	// symbolHead and symbolTail mark a phrase that starts or ends with a
	// symbol ("+ מע"מ", "שוטף +"): no word boundary is needed there.
	symbolHead bool
	symbolTail bool
	// absorbed marks the form of a phrase without its article ה, which
	// matches only after a prefix chain ending in ב, כ or ל.
	absorbed bool
	// fieldLabel marks a phrase that ends with a colon ("Includes:",
	// "לא כולל:"): it names the label of a form field or a quote's line,
	// so it counts only at the head of a line, after list markers and
	// emphasis, never inside a sentence ("a report that includes:").
	fieldLabel bool
	// canon is the id of the first pattern with the same text, so that a
	// phrase and its article-less form count as one cue.
	canon int32
	// words is the number of words of the phrase.
	words int
}

// lexicon is every phrase of every language compiled into one automaton,
// with the groups each pattern belongs to.
type lexicon struct {
	ac        *ahocorasick.Automaton
	patterns  []patternMeta
	patGroups [][]int32
	groups    []string       // group id → name
	groupID   map[string]int // name → group id
	// partyRefs lists, per party role, the pair groups that name the
	// party by role ("@supplier"): its defined term counts as their
	// phrase (see addPartyHits).
	partyRefs map[string][]int
	// pairFlags holds the options of the pairs that have any, by their
	// group prefix (pairGroup without the side).
	pairFlags map[string]pairFlags
	vague     map[int]vagueInfo
	// patternsIn lists, per group, the pattern texts (for tests and docs).
	languages []string
}

type vagueInfo struct {
	lang, phrase, rewrite string
}

// group names
const (
	gNegation     = "negation"
	gNegationVoid = "negation_void"
	gException    = "exception"
	gNegationStop = "negation_stop"
	gPlaceholder  = "placeholder"
)

func sectionGroup(kind string) string      { return "section/" + kind }
func signalGroup(name string) string       { return "signal/" + name }
func durationGroup(key string) string      { return "duration/" + key }
func itemGroup(item, family string) string { return "item/" + item + "/" + family }
func checkGroup(item, check string) string { return "item/" + item + "/check/" + check }
func pairGroup(item string, k int, side string) string {
	return pairPrefix(item, k) + "/" + side
}
func pairPrefix(item string, k int) string { return fmt.Sprintf("item/%s/pair/%d", item, k) }
func vagueGroup(lang string, i int) string { return fmt.Sprintf("vague/%s/%d", lang, i) }
func (lx *lexicon) id(name string) int     { return lx.groupIDOr(name) }
func (lx *lexicon) groupIDOr(name string) int {
	if id, ok := lx.groupID[name]; ok {
		return id
	}
	return -1
}

// maxPairsPerLanguage bounds the together pairs of one item in one
// language; with two languages the pair numbers stay under the 32 a clause
// tally can hold.
const maxPairsPerLanguage = 16

// lexiconBuilder accumulates phrases before the automaton is built.
type lexiconBuilder struct {
	// langIndex is the position of the language being added.
	langIndex int
	lx        *lexicon
	ac        ahocorasick.Builder
	byText    map[string]int
	err       error
	// words holds the folded words of the file being added, for
	// pairSideForms.
	words map[string]bool
}

// loadLexicon reads and compiles the embedded lexicons of the given
// languages.
func loadLexicon(langs []string) (*lexicon, error) {
	b := &lexiconBuilder{
		lx:     &lexicon{groupID: map[string]int{}, partyRefs: map[string][]int{}, vague: map[int]vagueInfo{}, languages: langs},
		byText: map[string]int{},
	}
	if len(langs)*maxPairsPerLanguage > 32 {
		return nil, fmt.Errorf("too many languages for the pair numbering: %d", len(langs))
	}
	for li, lang := range langs {
		b.langIndex = li
		raw, err := dataFS.ReadFile("lexicon/" + lang + ".json")
		if err != nil {
			return nil, fmt.Errorf("read lexicon %s: %w", lang, err)
		}
		var f lexiconFile
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, fmt.Errorf("parse lexicon %s: %w", lang, err)
		}
		if err := b.addFile(lang, &f); err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", lang, err)
		}
		if b.err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", lang, b.err)
		}
	}
	if len(b.lx.groups) > math.MaxInt16 {
		return nil, fmt.Errorf("too many lexicon groups: %d", len(b.lx.groups))
	}
	ac, err := b.ac.Build()
	if err != nil {
		return nil, fmt.Errorf("build automaton: %w", err)
	}
	b.lx.ac = ac
	return b.lx, nil
}

func (b *lexiconBuilder) addFile(lang string, f *lexiconFile) error {
	for id := range f.Items {
		if _, ok := specByID(id); !ok {
			return fmt.Errorf("unknown item %q", id)
		}
	}
	b.words = lexiconWords(f)
	b.addAll(gNegation, f.Negation, false)
	b.addAll(gNegationVoid, f.NegationVoid, false)
	b.addAll(gException, f.Exception, false)
	b.addAll(gNegationStop, f.NegationStop, false)
	b.addAll(gPlaceholder, f.Placeholders, false)
	for _, kind := range sortedKeys(f.Sections) {
		b.addAll(sectionGroup(kind), f.Sections[kind], false)
	}
	for _, key := range sortedKeys(f.Durations) {
		b.addAll(durationGroup(key), f.Durations[key], false)
	}
	for _, name := range sortedKeys(f.Signals) {
		// A given name is not a noun: "שירה" has no plural, and the
		// plural form would be "שירות", a service.
		b.addAll(signalGroup(name), f.Signals[name], name != "given_name")
	}
	for _, id := range sortedKeys(f.Items) {
		il := f.Items[id]
		b.addAll(itemGroup(id, "heading"), il.Heading, true)
		b.addAll(itemGroup(id, "soft_heading"), il.SoftHeading, true)
		b.addAll(itemGroup(id, "strong"), il.Strong, true)
		b.addAll(itemGroup(id, "weak"), il.Weak, true)
		b.addAll(itemGroup(id, "negative"), il.Negative, true)
		b.addAll(itemGroup(id, "exclusion"), il.Exclusion, false)
		b.addAll(itemGroup(id, "sense"), il.Sense, true)
		if len(il.Together) > maxPairsPerLanguage {
			return fmt.Errorf("item %s: more than %d together pairs", id, maxPairsPerLanguage)
		}
		for k, pair := range il.Together {
			// Each language numbers its own pairs: pair 1 of Hebrew and
			// pair 1 of English are different rules, and a party
			// reference in one must not complete the other.
			n := b.langIndex*maxPairsPerLanguage + k
			b.addPairSide(pairGroup(id, n, "a"), pair.A)
			b.addPairSide(pairGroup(id, n, "b"), pair.B)
			if pair.pairFlags != (pairFlags{}) {
				if b.lx.pairFlags == nil {
					b.lx.pairFlags = map[string]pairFlags{}
				}
				b.lx.pairFlags[pairPrefix(id, n)] = pair.pairFlags
			}
		}
		for _, c := range sortedKeys(il.Checks) {
			if !specHasCheckPhrases(id, c) {
				return fmt.Errorf("item %s: unknown check %q", id, c)
			}
			b.addAll(checkGroup(id, c), il.Checks[c], true)
		}
	}
	for i, v := range f.Vague {
		g := vagueGroup(lang, i)
		b.addAll(g, []string{v.Phrase}, false)
		b.lx.vague[b.group(g)] = vagueInfo{lang: lang, phrase: v.Phrase, rewrite: v.Rewrite}
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func (b *lexiconBuilder) group(name string) int {
	if id, ok := b.lx.groupID[name]; ok {
		return id
	}
	id := len(b.lx.groups)
	b.lx.groups = append(b.lx.groups, name)
	b.lx.groupID[name] = id
	return id
}

// addAll adds phrases to a group. With inflect, each Hebrew phrase also adds
// the number and construct forms of its first and last words (הודעה →
// הודעת, תשלום → תשלומי), so that a lawyer writes the dictionary form once.
func (b *lexiconBuilder) addAll(groupName string, phrases []string, inflect bool) {
	b.addForms(groupName, phrases, inflect, hebrewForms)
}

// addPairSide adds the phrases of one side of a pair. A side is often one
// verb ("יתעד"), and a verb alone gets its other persons too ("נתעד",
// "אתעד", "יתעדו"): a pair needs its other side in the sentence, so a
// generated form that happens to be another word cannot match on its own.
//
// A generated form that the lexicon uses as a word of its own is that
// word, not the verb: "יציג" (will present) gives "נציג", which is a
// representative, and "יאחר" (will be late) gives "לאחר", which is "after".
func (b *lexiconBuilder) addPairSide(groupName string, phrases []string) {
	b.addForms(groupName, phrases, true, b.pairSideForms)
}

// pairSideForms returns the forms of one folded phrase of a pair's side.
func (b *lexiconBuilder) pairSideForms(folded string) []string {
	forms := hebrewForms(folded)
	if strings.Contains(folded, " ") {
		return forms
	}
	for _, f := range hebrew.VerbPersons(folded)[1:] {
		if !b.words[f] && !slices.Contains(forms, f) {
			forms = append(forms, f)
		}
	}
	return forms
}

// lexiconWords returns the folded words of the phrases of a lexicon file's
// lists that name things: signals, headings, phrases and checks ("לאחר" of
// "לאחר קבלת" is "after", not the infinitive of "יאחר"). The sides of
// pairs are left out, since they list verbs in their persons ("נתעד",
// "אתעד") as often as nouns.
func lexiconWords(f *lexiconFile) map[string]bool {
	words := map[string]bool{}
	add := func(ps []string) {
		for _, p := range ps {
			for _, w := range strings.Fields(hebrew.Fold(p)) {
				words[w] = true
			}
		}
	}
	for _, ps := range f.Signals {
		add(ps)
	}
	for _, il := range f.Items {
		add(il.Heading)
		add(il.SoftHeading)
		add(il.Strong)
		add(il.Weak)
		add(il.Negative)
		add(il.Sense)
		for _, c := range il.Checks {
			add(c)
		}
	}
	return words
}

// addForms adds phrases to a group with the forms that expand gives each
// folded Hebrew phrase when inflect is set.
func (b *lexiconBuilder) addForms(groupName string, phrases []string, inflect bool, expand func(string) []string) {
	g := int32(b.group(groupName))
	for _, p := range phrases {
		if role, ok := strings.CutPrefix(p, "@"); ok {
			b.addPartyRef(groupName, role, int(g))
			continue
		}
		wildcard := strings.HasSuffix(p, "*")
		folded := hebrew.Fold(strings.TrimSuffix(p, "*"))
		if folded == "" {
			continue
		}
		if n := len([]rune(folded)); n > maxPhrase-4 {
			b.err = fmt.Errorf("group %s: phrase %q is longer than %d characters", groupName, p, maxPhrase-4)
			return
		}
		forms := []string{folded}
		if inflect && !wildcard {
			forms = append(expand(folded), contractedForms(folded)...)
		}
		for _, form := range forms {
			b.addPattern(form, wildcard, false, g)
			// After ב, כ or ל the article is absorbed into the prefix:
			// "התמורה" is written "בתמורה", "לתמורה".
			if inflect {
				if bare, ok := dropArticle(form); ok {
					b.addPattern(bare, wildcard, true, g)
				}
			}
		}
	}
}

// contractedForms returns the contracted forms of an English phrase that
// opens with "will": "will design" is also written "we'll design", "I'll
// design", "you'll design". The contraction carries its subject, so each
// form has one; a pair whose other side is that subject ("we'll") still
// finds it at the same position.
func contractedForms(folded string) []string {
	rest, ok := strings.CutPrefix(folded, "will ")
	if !ok || rest == "" {
		return nil
	}
	subjects := [...]string{"i", "we", "you", "they", "he", "she", "it"}
	out := make([]string, 0, len(subjects))
	for _, subj := range subjects {
		out = append(out, subj+"'ll "+rest)
	}
	return out
}

// addPartyRef records that group refers to a party by role. Only pair
// lists and the subject signals may: their hits are counted by position,
// never by pattern.
func (b *lexiconBuilder) addPartyRef(groupName, role string, g int) {
	known := false
	for _, r := range partyRoles {
		known = known || r == role
	}
	if !known || !(strings.Contains(groupName, "/pair/") || strings.HasPrefix(groupName, "signal/subject_")) {
		b.err = fmt.Errorf("group %s: party reference @%s is allowed only in a together list or a subject signal, for a known role", groupName, role)
		return
	}
	for _, have := range b.lx.partyRefs[role] {
		if have == g {
			return
		}
	}
	b.lx.partyRefs[role] = append(b.lx.partyRefs[role], g)
}

func (b *lexiconBuilder) addPattern(text string, wildcard, absorbed bool, g int32) {
	key := text
	if wildcard {
		key += "*"
	}
	if absorbed {
		key = "^" + key
	}
	id, ok := b.byText[key]
	if !ok {
		rs := []rune(text)
		id = b.ac.Add(rs)
		b.byText[key] = id
		first := rs
		if i := indexRune(rs, ' '); i >= 0 {
			first = rs[:i]
		}
		canon := int32(id)
		for _, k := range []string{text, "^" + text} {
			if other, ok := b.byText[k]; ok && other != id {
				canon = b.lx.patterns[other].canon
				break
			}
		}
		b.lx.patterns = append(b.lx.patterns, patternMeta{
			canon:      canon,
			words:      countWords(rs),
			text:       text,
			wildcard:   wildcard,
			hebrewHead: hebrew.IsLetter(rs[0]),
			shortHead:  len(first) < 3,
			symbolHead: !isWordRune(rs[0]),
			absorbed:   absorbed,
			symbolTail: !isWordRune(rs[len(rs)-1]),
			fieldLabel: rs[len(rs)-1] == ':',
		})
		b.lx.patGroups = append(b.lx.patGroups, nil)
	}
	for _, have := range b.lx.patGroups[id] {
		if have == g {
			return
		}
	}
	b.lx.patGroups[id] = append(b.lx.patGroups[id], g)
}

func indexRune(rs []rune, r rune) int {
	for i, x := range rs {
		if x == r {
			return i
		}
	}
	return -1
}

// hebrewForms expands a folded Hebrew phrase: the number and construct
// forms of its first and last words, and the definite article on the words
// after the first ("לוח זמנים" → "לוח הזמנים", "עם סיום" → "עם הסיום"); the
// article of the first word is a prefix the matcher already accepts.
func hebrewForms(folded string) []string {
	words := strings.Split(folded, " ")
	if len(words) > 1 {
		// The verb of a phrase of two words or more, after a negation
		// if there is one, in every person and number, the infinitive
		// and the present (see hebrew.VerbForms): "לא יעביר" also
		// matches "לא תעביר", "לא נעביר", "לא יעבירו", "לא להעביר".
		v := 0
		if words[0] == "לא" || words[0] == "שלא" || words[0] == "ולא" {
			v = 1
		}
		// A copula and its adjective agree in person, gender and
		// number: "אינו אחראי" also matches "אינה אחראית" and "אינם
		// אחראים" (see hebrew.CopulaForms).
		var agreeing []string
		if len(words) > v+1 {
			for _, p := range hebrew.CopulaForms(words[v], words[v+1]) {
				ws := append([]string(nil), words...)
				ws[v], ws[v+1] = p[0], p[1]
				agreeing = append(agreeing, strings.Join(ws, " "))
			}
		}
		// The other persons replace the verb alone: expanding their
		// nouns as well would multiply the automaton for forms that
		// hardly combine.
		if forms := hebrew.VerbForms(words[v]); len(forms) > 1 {
			out := append(nounExpand(words), agreeing...)
			for _, f := range forms[1:] {
				ws := append([]string(nil), words...)
				ws[v] = f
				out = append(out, strings.Join(ws, " "))
			}
			return out
		}
		return append(nounExpand(words), agreeing...)
	}
	return nounExpand(words)
}

// nounExpand is hebrewForms without the verb forms.
func nounExpand(words []string) []string {
	firsts := hebrew.NounForms(words[0])
	if len(words) == 1 {
		return firsts
	}
	tails := [][]string{words[1:]}
	if withArticle, ok := addArticle(words[1:]); ok {
		tails = append(tails, withArticle)
	}
	var out []string
	for _, tail := range tails {
		mid := strings.Join(tail[:len(tail)-1], " ")
		for _, f := range firsts {
			for _, l := range hebrew.NounForms(tail[len(tail)-1]) {
				parts := []string{f}
				if mid != "" {
					parts = append(parts, mid)
				}
				out = append(out, strings.Join(append(parts, l), " "))
			}
		}
	}
	return out
}

// addArticle prefixes ה to every Hebrew word of three or more letters that
// does not already start with it.
func addArticle(words []string) ([]string, bool) {
	out := make([]string, len(words))
	changed := false
	for i, w := range words {
		rs := []rune(w)
		if len(rs) >= 3 && hebrew.IsLetter(rs[0]) && rs[0] != 'ה' && isHebrewWord(rs) {
			out[i] = "ה" + w
			changed = true
		} else {
			out[i] = w
		}
	}
	return out, changed
}

func isHebrewWord(rs []rune) bool {
	for _, r := range rs {
		if !hebrew.IsLetter(r) {
			return false
		}
	}
	return true
}

// dropArticle returns a Hebrew phrase without the article ה of its first
// word, when that word is long enough for the ה to be an article.
func dropArticle(form string) (string, bool) {
	rs := []rune(form)
	if len(rs) < 5 || rs[0] != 'ה' || !hebrew.IsLetter(rs[1]) {
		return "", false
	}
	first := indexRune(rs, ' ')
	if first < 0 {
		first = len(rs)
	}
	if first < 4 {
		return "", false
	}
	return string(rs[1:]), true
}
