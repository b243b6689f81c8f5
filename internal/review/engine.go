package review

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/heskem/heskem/internal/hebrew"
)

// MaxCharacters bounds the input: about 3,000 pages of text. Larger input is
// refused with an error instead of exhausting memory.
const MaxCharacters = 10_000_000

// Engine evaluates agreements. Build it once with New: the lexicons, the
// automaton and the templates are compiled there, and Review only reads
// them, so one Engine is safe for concurrent use.
type Engine struct {
	lex    *lexicon
	labels labelWords
	words  *wordTables
	ginfo  []groupInfo
	tmpl   map[string]*templateSet
	// signal group ids by name, and the bit of each signal group in a
	// clause's signal set, resolved once.
	sig     map[string]int
	sigBits []uint64
	// despite holds, per item, the pairs (one bit per pair number) that
	// count despite the item's negative phrases (see pairLexicon).
	despite [nItems]uint32
	// negatedA holds, per item, the pairs whose side A counts only
	// inside a negation (see pairFlags.NegatedA).
	negatedA [nItems]uint32
	// ordered holds, per item, the pairs (one bit per pair number) whose
	// side a must come before side b in the sentence (see pairLexicon).
	ordered [nItems]uint32
	// wordDur holds, per group, the value of a duration written in words
	// (שבועיים, "six months"), with count 0 for the other groups; payKind
	// holds, per group, the payment-term kind of a signal group, "" for
	// the others; vague holds, per group, the vague phrase it stands for,
	// nil for the others. They are indexed by group rather than keyed in
	// maps because several stages look every hit of a review up in them.
	wordDur []wordDuration
	payKind []string
	vague   []*vagueInfo
	// masks holds the bits of the signals that rules test clause by
	// clause, and sections the section groups the structure pass tests
	// line by line, so that no rule looks a group up by name in a loop.
	masks    signalMasks
	sections sectionGroups
	// input holds the signal groups of the input-duty rule, resolved
	// once (see inputDutySentence).
	input inputGroups
	// pointers holds the groups of the bare-pointer test (see
	// barePointer).
	pointers pointerGroups
	// notPayment holds the items whose words in a clause of an amendment
	// make its amounts something other than the price (see
	// subsidiaryDrops), one bit each.
	notPayment uint32
	// anaphora is the group of sentence openers that point back to the
	// sentence before ("If that happens", "במקרה כאמור"), -1 when the
	// lexicons have none (see pairScratch.reset).
	anaphora int
	// condLead is the group of the words that end a conditional lead-in
	// ("may terminate if:"), or -1 (see pairScratch.openLead).
	condLead int
}

// wordDuration is the value of a duration written in words.
type wordDuration struct {
	count int
	unit  string
}

// validUnit reports whether unit is a duration unit of the report.
func validUnit(unit string) bool {
	switch unit {
	case "days", "business_days", "weeks", "months", "years":
		return true
	}
	return false
}

// Input is one document to evaluate.
type Input struct {
	// Name is shown in the report (a file name). A name ending in .pdf
	// tells the engine that right-to-left embedding marks are extraction
	// artifacts, not hidden controls written by the author.
	Name string
	// Text is the extracted plain text, one paragraph per line.
	Text string
	// Lang is "he", "en" or "auto" (or empty): detect from the script.
	Lang string
}

// groupInfo says what a lexicon group means to the detector.
type groupInfo struct {
	item   int8 // catalog index, -1 for other groups
	family int8
	check  int8 // check index (famCheck) or pair index (famPair*)
}

const (
	famNone int8 = iota
	famHeading
	famStrong
	famWeak
	famNegative
	famExclusion
	famCheck
	famPairA
	famPairB
	famSense
	famSoftHeading
)

// New compiles the embedded lexicons and templates.
func New() (*Engine, error) {
	lx, err := loadLexicon([]string{"he", "en"})
	if err != nil {
		return nil, fmt.Errorf("review: %w", err)
	}
	tm, err := loadTemplates([]string{"he", "en"})
	if err != nil {
		return nil, fmt.Errorf("review: %w", err)
	}
	e := &Engine{lex: lx, labels: newLabelWords(), words: newWordTables(), tmpl: tm, sig: map[string]int{}}
	e.ginfo = make([]groupInfo, len(lx.groups))
	for g, name := range lx.groups {
		gi := classifyGroup(name)
		e.ginfo[g] = gi
		if gi.family == famPairA {
			pf := lx.pairFlags[strings.TrimSuffix(name, "/a")]
			if pf.DespiteNegative {
				e.despite[gi.item] |= 1 << uint(gi.check)
			}
			if pf.AFirst {
				e.ordered[gi.item] |= 1 << uint(gi.check)
			}
			if pf.NegatedA {
				e.negatedA[gi.item] |= 1 << uint(gi.check)
			}
		}
	}
	e.sigBits = make([]uint64, len(lx.groups))
	for _, name := range sortedKeys(lx.groupID) {
		if s, ok := strings.CutPrefix(name, "signal/"); ok {
			g := lx.groupID[name]
			e.sig[s] = g
			if len(e.sig) > 64 {
				return nil, fmt.Errorf("review: more than 64 signal groups")
			}
			e.sigBits[g] = 1 << uint(len(e.sig)-1)
		}
	}
	e.input = e.resolveInputGroups()
	e.pointers = e.resolvePointerGroups()
	e.anaphora = e.lex.id(sectionGroup("anaphora"))
	e.condLead = e.lex.id(sectionGroup("condition_lead"))
	for _, id := range []string{"sanctions", "liability", "additional_services", "late_payment"} {
		if k := itemIndex(id); k >= 0 {
			e.notPayment |= 1 << uint(k)
		}
	}
	e.wordDur, e.payKind = make([]wordDuration, len(lx.groups)), make([]string, len(lx.groups))
	for _, unit := range []string{"days", "weeks", "months", "years"} {
		if g, ok := e.sig["dual_"+unit]; ok {
			e.wordDur[g] = wordDuration{count: 2, unit: unit}
		}
	}
	for name, g := range lx.groupID {
		key, ok := strings.CutPrefix(name, "duration/")
		if !ok {
			continue
		}
		unit, count, _ := strings.Cut(key, "/")
		n, err := strconv.Atoi(count)
		if err != nil || n <= 0 || !validUnit(unit) {
			return nil, fmt.Errorf("review: duration group %q: want unit/count", key)
		}
		e.wordDur[g] = wordDuration{count: n, unit: unit}
	}
	for sig, kind := range map[string]string{
		"pay_on_signature": "on_signature", "pay_on_acceptance": "on_acceptance",
		"pay_on_milestone": "on_milestone", "pay_in_advance": "in_advance",
	} {
		if g, ok := e.sig[sig]; ok {
			e.payKind[g] = kind
		}
	}
	e.vague = make([]*vagueInfo, len(lx.groups))
	for g, v := range lx.vague {
		e.vague[g] = &v
	}
	e.masks = e.resolveSignalMasks()
	e.sections = lx.resolveSectionGroups()
	return e, nil
}

// isWordDuration reports whether group g is a duration written in words.
func (e *Engine) isWordDuration(g int16) bool { return e.wordDur[g].count > 0 }

func classifyGroup(name string) groupInfo {
	gi := groupInfo{item: -1}
	rest, ok := strings.CutPrefix(name, "item/")
	if !ok {
		return gi
	}
	item, rest, _ := strings.Cut(rest, "/")
	idx := itemIndex(item)
	if idx < 0 {
		return gi
	}
	gi.item = int8(idx)
	switch rest {
	case "heading":
		gi.family = famHeading
	case "strong":
		gi.family = famStrong
	case "weak":
		gi.family = famWeak
	case "negative":
		gi.family = famNegative
	case "exclusion":
		gi.family = famExclusion
	case "sense":
		gi.family = famSense
	case "soft_heading":
		gi.family = famSoftHeading
	default:
		if c, ok := strings.CutPrefix(rest, "check/"); ok {
			gi.family = famCheck
			gi.check = int8(checkIndex(&catalog[idx], c))
		}
		if p, ok := strings.CutPrefix(rest, "pair/"); ok {
			var k int
			var side string
			if n, _ := fmt.Sscanf(strings.Replace(p, "/", " ", 1), "%d %s", &k, &side); n == 2 && k < 32 {
				gi.family = famPairA
				if side == "b" {
					gi.family = famPairB
				}
				gi.check = int8(k)
			}
		}
	}
	return gi
}

// document is the working state of one review.
type document struct {
	name     string
	lang     string
	orig     origText
	norm     hebrew.Text
	hits     []hit
	clauses  []clause
	sc       *scanned
	dayFirst bool
	dateNote string
	// subsidiary marks an amendment, addendum, schedule or annex to
	// another agreement (see Engine.subsidiary).
	subsidiary bool
	// chat marks an exported chat (see chatExport), decided once by
	// the structure pass.
	chat bool
	// speakers holds the role of each clause's sender in a chat export
	// or an e-mail thread, nil when unknown (see speakerRoles).
	speakers []int8
	defined  map[string]bool
	parties  []Party
	results  [nItems]itemResult
	findings []Finding
	terms    Terms
}

// Review evaluates one document. It fails only on invalid input (too large,
// an unknown language) or a cancelled context; an agreement with nothing in
// it is a valid report with every item missing.
func (e *Engine) Review(ctx context.Context, in Input) (*Report, error) {
	doc, err := e.analyze(ctx, in)
	if err != nil {
		return nil, fmt.Errorf("review %s: %w", in.Name, err)
	}
	rep := e.buildReport(doc)
	rep.Document = Document{Name: in.Name, Language: doc.lang, SHA256: hashText(in.Text), Characters: doc.orig.n}
	return rep, nil
}

// hashText returns the hex SHA-256 of s. It feeds the hash through a small
// buffer: writing the string at once would first copy the whole document
// into a []byte.
func hashText(s string) string {
	h := sha256.New()
	var buf [4096]byte
	for len(s) > 0 {
		n := copy(buf[:], s)
		_, _ = h.Write(buf[:n]) // a hash never fails to write
		s = s[n:]
	}
	return hex.EncodeToString(h.Sum(nil))
}

// analyze runs every stage over the text: normalization, the automaton,
// negation, structure, the scanner, definitions, findings, items and terms.
func (e *Engine) analyze(ctx context.Context, in Input) (*document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// A text of no more bytes than the limit has no more characters than
	// it: only a longer one is counted.
	if len(in.Text) > MaxCharacters {
		if n := utf8.RuneCountInString(in.Text); n > MaxCharacters {
			return nil, fmt.Errorf("%d characters exceeds the limit of %d", n, MaxCharacters)
		}
	}
	doc := &document{name: in.Name, orig: newOrigText(in.Text)}
	switch in.Lang {
	case "", "auto":
		doc.lang = detectLanguage(in.Text)
	case "he", "en":
		doc.lang = in.Lang
	default:
		return nil, fmt.Errorf("unknown language %q (want he, en or auto)", in.Lang)
	}
	doc.norm = hebrew.Normalize(in.Text)
	doc.hits = e.lex.findHits(doc.norm.Runes)
	doc.hits = e.dropReferenceTitles(doc.norm.Runes, doc.hits)
	e.segment(doc)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc.parties = e.parties(doc)
	e.inferRoles(doc, doc.parties)
	e.addPartyHits(doc, doc.parties)
	e.markNegation(doc)
	doc.sc = e.scan(doc.norm.Runes)
	e.decideDateOrder(doc)
	e.assignFeatures(doc)
	e.collectDefinitions(doc)
	e.findFindings(doc, in.Name)
	e.detectItems(doc)
	e.extractTerms(doc)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return doc, nil
}

// assignHits gives every clause the hits that start inside it.
func (e *Engine) assignHits(doc *document) {
	h := doc.hits
	k := 0
	for i := range doc.clauses {
		c := &doc.clauses[i]
		for k < len(h) && int(h[k].start) < c.start {
			k++
		}
		j := k
		for j < len(h) && int(h[j].start) < c.end {
			j++
		}
		c.hits = h[k:j:j]
		k = j
	}
}

// quote returns the original text of a normalized range and its
// code-point offsets.
func (doc *document) quote(s, t int) (string, int, int) {
	a, b := doc.quoteRange(s, t)
	return doc.orig.slice(a, b), a, b
}

// quoteRange returns the code-point offsets that quote would quote.
func (doc *document) quoteRange(s, t int) (int, int) {
	a, b := doc.norm.Span(s, t)
	// Trailing invisible characters belong to the next word, not the quote.
	for b > a {
		r := doc.orig.at(b - 1)
		if !hebrew.IsInvisible(r) && r != ' ' && r != '\t' {
			break
		}
		b--
	}
	return a, b
}

// clauseAt returns the index of the clause containing normalized position
// p, or -1.
func (doc *document) clauseAt(p int) int {
	i := sort.Search(len(doc.clauses), func(i int) bool { return doc.clauses[i].end > p })
	if i < len(doc.clauses) && doc.clauses[i].start <= p {
		return i
	}
	return -1
}
