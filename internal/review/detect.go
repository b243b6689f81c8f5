package review

import (
	"math/bits"
	"sort"
	"strings"

	"github.com/heskem/heskem/internal/hebrew"
)

// Cue weights. A clause is evidence for an item when its score reaches
// evidenceThreshold: one strong phrase; two weak phrases; a weak phrase or
// a structural signal under a heading of the item. A heading alone (0.6)
// never reaches it, so a title with no substance does not count.
const (
	weightStrong      = 1.0
	weightWeak        = 0.5
	weightHeading     = 0.6
	evidenceThreshold = 1.0
	// definitionsFactor discounts a definitions line: "התמורה" – defined
	// as a name is not yet a payment clause. The services definition is
	// the exception: it is often the scope itself.
	definitionsFactor = 0.5
	maxEvidence       = 3
	// weightSubstance completes a heading cue for a clause of at least
	// minSubstanceWords words under that heading.
	weightSubstance   = 0.4
	minSubstanceWords = 4
	// placeholderOnlyWords: a short clause with a blank in it ("Force
	// majeure: [TBD]", "כוח עליון: ______ יסוכם") is a heading with nothing
	// under it yet, not substance.
	placeholderOnlyWords = 8
)

// itemResult is the document-level decision for one item.
type itemResult struct {
	status   Status
	evidence []int // clause indexes, best first
	excluded int   // clause index of an explicit exclusion, or -1
	missing  []string
}

// clauseCues is the per-clause tally for every item.
type clauseCues struct {
	score   [nItems]float32
	lexical uint32 // items with a strong or weak phrase (not negated), one bit each
	// pairOnly marks the items whose strong cues here are only pairs of
	// words ("the Vendor shall maintain"), with no strong phrase of the
	// item, no heading and no structure.
	pairOnly uint32
	excluded uint32 // items explicitly excluded in this clause
	// headed marks the items whose heading this clause stands under.
	headed  uint32
	checks  [nItems]uint8
	signals uint64
	// contentHead marks a heading line read as content (see scoreClause).
	contentHead bool
	// payAnchor is set when every payment word of the clause follows a
	// timeline's start word closely ("within 5 days of receipt of
	// payment"): the payment is when a period starts, not its subject.
	payAnchor bool
}

// detectItems decides every item except clarity (see decideClarity).
func (e *Engine) detectItems(doc *document) {
	doc.subsidiary = e.subsidiary(doc)
	doc.speakers = e.speakerRoles(doc)
	cues := make([]clauseCues, len(doc.clauses))
	titles, soft := e.clauseTitles(doc)
	scratch := pairScratch{ordered: &e.ordered}
	for i := range doc.clauses {
		e.scoreClause(doc, i, titles, soft, &cues[i], &scratch)
	}
	for it := range catalog {
		if catalog[it].id == "clarity" {
			continue
		}
		doc.results[it] = e.decideItem(doc, it, cues, titles)
	}
	e.additionsAsChanges(doc, cues)
	e.pricedWorkAsScope(doc, cues)
	e.decideClarity(doc)
}

// additionsAsChanges reads an ordering route for extra work that is made
// in writing ("extra work only on a written work order", "הצעת מחיר
// שתאושר בכתב") as a partial answer to changes when nothing else deals
// with them: the agreement says how additions are requested and approved,
// though not how agreed work is changed.
func (e *Engine) additionsAsChanges(doc *document, cues []clauseCues) {
	ch, add := itemIndex("changes"), itemIndex("additional_services")
	if ch < 0 || add < 0 || doc.results[ch].status != Missing || doc.results[ch].excluded >= 0 {
		return
	}
	ar := doc.results[add]
	if ar.status == Missing || ar.excluded >= 0 {
		return
	}
	for _, m := range ar.missing {
		if m == "ordering" {
			return
		}
	}
	writing := e.sigMask("writing")
	var evid []int
	for _, i := range ar.evidence {
		if cues[i].signals&writing != 0 {
			evid = append(evid, i)
		}
	}
	if len(evid) == 0 {
		return
	}
	doc.results[ch] = itemResult{status: Partial, evidence: evid, excluded: -1, missing: []string{"request", "impact"}}
}

// pricedWorkAsScope reads the payment terms as a partial answer to scope
// when nothing else describes the work: a price is always the price of
// something, and a chat or a quote that agrees "14,500 ₪ including
// materials and the scaffold tower" has agreed what is to be done, though
// in words no services clause uses. In the labelled corpora 97% of the
// agreements that deal with payment also deal with scope; the exceptions
// are amendments and addenda, which leave the services to the main
// agreement, so a subsidiary document is left as it is; so is one that
// sends the reader elsewhere for the work ("הכל לפי ההצעה ששלחתי לך",
// "the deliverables listed in the Campaign Brief"), where the price is of
// work this text does not describe.
func (e *Engine) pricedWorkAsScope(doc *document, cues []clauseCues) {
	sc, pay := itemIndex("scope"), itemIndex("payment")
	if sc < 0 || pay < 0 || doc.subsidiary || doc.results[sc].status != Missing || doc.results[sc].excluded >= 0 {
		return
	}
	pr := doc.results[pay]
	if pr.status == Missing || len(pr.evidence) == 0 {
		return
	}
	// "השירותים – כמפורט בהצעת המחיר": a pointer in a sentence that
	// speaks of the services in another sense sends them elsewhere.
	pointer := e.sigMask("pointer")
	for i := range doc.clauses {
		if cues[i].signals&pointer == 0 {
			continue
		}
		for _, h := range doc.clauses[i].hits {
			if gi := e.ginfo[h.group]; int(gi.item) == sc && gi.family == famSense && !h.neg {
				return
			}
		}
	}
	doc.results[sc] = itemResult{status: Partial, evidence: pr.evidence, excluded: -1, missing: []string{"services"}}
}

// clauseTitles returns, per clause, the items its title names (see
// titleItems) and those its title names by a soft heading.
func (e *Engine) clauseTitles(doc *document) (titles, soft []uint32) {
	titles = make([]uint32, len(doc.clauses))
	soft = make([]uint32, len(doc.clauses))
	for i := range doc.clauses {
		titles[i], soft[i] = e.titleItems(doc, i)
	}
	return titles, soft
}

// titleItems returns the items whose heading or strong phrases appear in
// the title of clause i, and those whose soft heading phrases do.
func (e *Engine) titleItems(doc *document, i int) (hard, soft uint32) {
	c := &doc.clauses[i]
	if !c.titled() {
		return 0, 0
	}
	s, t := c.titleSpan()
	// An inline title ("מנהלת הפרויקט מטעם החברה: …") is often a label
	// before a value; it names an item only when the item's phrase makes
	// up at least half of it.
	minWords := 0
	if !c.heading {
		minWords = (countWords(doc.norm.Runes[s:t]) + 1) / 2
	}
	var mask, negative uint32
	for _, h := range c.hits {
		if c.heading && e.input.ok && int(h.group) == e.input.verbYou && !h.neg && int(h.start) >= s && int(h.stop()) <= t {
			// A heading that asks the client for something ("מה נצטרך
			// מכם", "What we need you to do") heads the client's inputs,
			// a one-way duty to cooperate, whatever words its list uses.
			mask |= 1 << uint(e.input.item)
		}
		gi := e.ginfo[h.group]
		if gi.item < 0 || h.neg || int(h.start) < s || int(h.stop()) > t {
			continue
		}
		switch gi.family {
		case famSoftHeading:
			if e.lex.patterns[h.pat].words >= minWords {
				soft |= 1 << uint(gi.item)
			}
		case famHeading, famStrong:
			if e.lex.patterns[h.pat].words < minWords {
				continue
			}
			mask |= 1 << uint(gi.item)
		case famNegative:
			// "Schedule of Fees" is not a timeline heading.
			negative |= 1 << uint(gi.item)
		}
	}
	if sc := itemIndex("scope"); sc >= 0 && c.heading && i < titleLines && namesAgreement(doc.norm.Runes[s:t]) {
		// "TO THE CUSTOMER CONTACT CENTRE SERVICES AGREEMENT", "הסכם
		// למתן שירותי ניקיון": the document's own title names the
		// agreement, and what it names is not a description of the
		// services under it.
		negative |= 1 << uint(sc)
	}
	return mask &^ negative, soft &^ negative
}

// titleLines is how far into a document its title may stand.
const titleLines = 6

// namesAgreement reports whether a heading is an agreement's name: its
// last word is "agreement" or "contract", or it opens with "הסכם" or
// "חוזה". It reads normalized text, where final letters are plain
// ("הסכמ").
func namesAgreement(rs []rune) bool {
	w := strings.Fields(strings.TrimSpace(string(rs)))
	if len(w) < 2 {
		return false
	}
	switch strings.Trim(w[len(w)-1], ".:;,\"'") {
	case "agreement", "contract":
		return true
	}
	switch w[0] {
	case "הסכמ", "הסכם", "חוזה":
		return true
	}
	return false
}

func eligible(c *clause) bool {
	return !c.heading && (c.kind == kindBody || c.kind == kindDefinitions || c.kind == kindPreamble)
}

// shadowed reports whether hit i lies strictly inside a longer cue of
// another item: in "עבודה נוספת" (additional services) the word "עבודה"
// is not a scope cue, and in "Schedule of Fees" "schedule" is no timeline.
// It looks back over a window of hits for each hit; shadowedHits answers
// the same question for a whole clause in one pass, and falls back to this
// only for a clause with a hit longer than maxPhrase.
func shadowed(hits []hit, i int, gi []groupInfo, rs []rune) bool {
	h := hits[i]
	item := gi[h.group].item
	// Hits are sorted by start, and no phrase is longer than maxPhrase
	// runes, so only a short window before i can contain it.
	for j := i - 1; j >= 0 && h.start-hits[j].start <= maxPhrase; j-- {
		if covers(hits[j], h, item, gi, rs) {
			return true
		}
	}
	for j := i + 1; j < len(hits) && hits[j].start == h.start; j++ {
		if covers(hits[j], h, item, gi, rs) {
			return true
		}
	}
	return false
}

// shadowedHits fills out[k] with shadowed(hits, k, gi) for every hit of a
// clause that belongs to an item, in one pass over the hits instead of a
// look back over up to maxPhrase runes of hits for each (in English, where
// a hit starts every few runes, the look back was a tenth of a review).
//
// A cue g contains h when g starts at or before h and ends at or after it;
// it is longer when it also starts before h or ends after it. So, in
// order of start, it is enough to know the furthest end of the cues of
// other items that started before h (it must reach h's end) and of those
// that start where h does (it must pass h's end). A cue of at most
// maxPhrase runes that contains h starts within maxPhrase runes before it,
// which is shadowed's window; a clause with a longer hit (a party's term
// can fold to more runes than it is written with) is left to shadowed.
func shadowedHits(hits []hit, gi []groupInfo, rs []rune, out []bool) []bool {
	if cap(out) < len(hits) {
		out = make([]bool, len(hits))
	} else {
		out = out[:len(hits)]
		clear(out)
	}
	for _, h := range hits {
		if h.n > maxPhrase {
			for k := range hits {
				out[k] = gi[hits[k].group].item >= 0 && shadowed(hits, k, gi, rs)
			}
			return out
		}
	}
	var before, same farthestEnds
	for i := 0; i < len(hits); {
		start := hits[i].start
		j := i
		for ; j < len(hits) && hits[j].start == start; j++ {
			if o := gi[hits[j].group]; canShadow(o) {
				same.add(hits[j].stop(), o.item)
			}
		}
		for k := i; k < j; k++ {
			h := hits[k]
			if item := gi[h.group].item; item >= 0 {
				b := before.otherThan(item)
				out[k] = b > h.stop() || same.otherThan(item) > h.stop()
				if !out[k] && b == h.stop() {
					// A cue of another item that ends where h ends may
					// be h with a prefix before it (see covers).
					out[k] = shadowed(hits, k, gi, rs)
				}
			}
		}
		before.merge(same)
		same = farthestEnds{}
		i = j
	}
	return out
}

// farthestEnds keeps the two farthest ends of a set of cues that belong to
// two different items: enough to tell the farthest end of the cues of any
// item but one. The zero value is empty.
type farthestEnds struct {
	end  [2]int32 // end[0] >= end[1]; 0 is an empty slot (a cue ends after 0)
	item [2]int8  // item[0] != item[1] when both slots are full
}

// add records a cue of item that ends at end.
func (f *farthestEnds) add(end int32, item int8) {
	switch {
	case f.end[0] > 0 && f.item[0] == item:
		f.end[0] = max(f.end[0], end)
	case end > f.end[0]:
		f.end[1], f.item[1] = f.end[0], f.item[0]
		f.end[0], f.item[0] = end, item
	case end > f.end[1]:
		f.end[1], f.item[1] = end, item
	}
}

// merge adds the cues recorded in g.
func (f *farthestEnds) merge(g farthestEnds) {
	for k := range g.end {
		if g.end[k] > 0 {
			f.add(g.end[k], g.item[k])
		}
	}
}

// otherThan returns the farthest end of a cue of an item other than item,
// or -1.
func (f *farthestEnds) otherThan(item int8) int32 {
	for k := range f.end {
		if f.end[k] > 0 && f.item[k] != item {
			return f.end[k]
		}
	}
	return -1
}

// canShadow reports whether a cue of group o may shadow a cue of another
// item (see covers).
func canShadow(o groupInfo) bool {
	return o.item >= 0 && o.family != famCheck && o.family != famNegative && o.family != famSense && o.family != famHeading
}

// maxPhrase bounds the length of a lexicon phrase in runes (checked when
// the lexicon is loaded).
const maxPhrase = 80

// contentHeadWords bounds a heading line read as content: an item of a
// package's list is a few words; a longer line that looks like a heading
// opens what follows it.
const contentHeadWords = 5

// maxAnchorGap bounds the runes between a timeline's start word and the
// payment word it anchors on ("ממועד אישור התשלום", "of receipt of the
// payment").
const maxAnchorGap = 16

// covers reports whether g, a cue of another item, strictly contains h.
// A cue that is h with Hebrew prefix letters before it ("בדוא"ל" around
// "דוא"ל") is the same word, not a longer phrase: it does not shadow.
func covers(g, h hit, item int8, gi []groupInfo, rs []rune) bool {
	if g.stop() == h.stop() && g.start < h.start && h.start-g.start <= 3 && hebrew.IsPrefixChain(rs[g.start:h.start]) {
		return false
	}
	o := gi[g.group]
	// Only a cue of another item shadows: its sub-check phrases and its
	// negative and sense phrases say nothing about what this text is, and its
	// heading phrases speak only in a heading ("the deliverables" names a
	// scope section, but in a sentence it is the thing that is owned).
	if !canShadow(o) || o.item == item {
		return false
	}
	return g.start <= h.start && h.stop() <= g.stop() && g.stop()-g.start > h.stop()-h.start
}

// scoreClause tallies the cue families of every item in one clause.
func (e *Engine) scoreClause(doc *document, i int, titles, softTitles []uint32, out *clauseCues, ps *pairScratch) {
	c := &doc.clauses[i]
	ps.reset(doc.norm.Runes, c, e.anaphora)
	ps.openLead(doc.norm.Runes, c, e.condLead)
	defer ps.closeLead(i)
	ps.shadow = shadowedHits(c.hits, e.ginfo, doc.norm.Runes, ps.shadow)
	var strong, weak [nItems][2]int32 // distinct pattern ids, -1 empty
	var nStrong, nWeak [nItems]int
	var negStrong [nItems]int
	var phrase uint32 // items with a strong phrase of their own (not a pair)
	var negative uint32
	var weakEnd [nItems]int32 // end of the last weak phrase counted
	var cued uint32           // items with a phrase or structure of their own here
	type span struct{ s, t int32 }
	var negSpans [nItems][]span
	// senseSents holds, per item, the sentences of the clause that use
	// the item's words in another sense, one bit per sentence.
	var senseSents [nItems]uint64
	for k := range strong {
		strong[k] = [2]int32{-1, -1}
		weak[k] = [2]int32{-1, -1}
	}
	anchorEnd, payLoose := int32(-1), false
	for _, h := range c.hits {
		gi := e.ginfo[h.group]
		// A negative or sense phrase tells the sense of the words
		// around it, negated or not: "not liable for fines or
		// interest", "without affecting any other right or remedy". For an
		// item that only counts affirmations, a negated other sense is
		// the item itself: "swap deliverables without a change order".
		if h.neg && ((gi.family != famNegative && gi.family != famSense) || catalog[gi.item].affirmOnly) {
			continue
		}
		if gi.item == e.masks.schedule && gi.family == famCheck && gi.check == e.masks.scheduleStart {
			anchorEnd = h.stop()
		}
		if bit, ok := e.signalBit(int(h.group)); ok {
			out.signals |= bit
			if bit&e.masks.payment != 0 && !(anchorEnd >= 0 && h.start >= anchorEnd && h.start-anchorEnd <= maxAnchorGap) {
				payLoose = true
			}
		}
		if gi.item >= 0 && gi.family == famNegative {
			negative |= 1 << uint(gi.item)
			negSpans[gi.item] = append(negSpans[gi.item], span{h.start, h.stop()})
		}
		if gi.item >= 0 && gi.family == famSense {
			senseSents[gi.item] |= sentenceBit(ps.sentenceOf(h.start))
		}
	}
	out.payAnchor = out.signals&e.masks.payment != 0 && !payLoose
	for hi, h := range c.hits {
		gi := e.ginfo[h.group]
		if gi.item >= 0 && gi.family != famSense && senseSents[gi.item] != 0 && senseSents[gi.item]&sentenceBit(ps.sentenceOf(h.start)) != 0 {
			// "the Supplier shall pay USD 500 as liquidated damages":
			// the sentence speaks of the item's words in another sense.
			continue
		}
		// A side of a pair is never shadowed: "terminate" inside
		// "terminate this agreement" is still the consequence a
		// sanction pairs with a breach.
		pairSide := gi.family == famPairA || gi.family == famPairB
		if gi.item < 0 || (!pairSide && ps.shadow[hi]) {
			continue
		}
		it := gi.item
		negatedHere := h.neg && (catalog[it].negatable || catalog[it].affirmOnly)
		if !negatedHere && gi.family != famHeading && gi.family != famNegative && gi.family != famExclusion {
			cued |= 1 << uint(it)
		}
		switch gi.family {
		case famStrong:
			if negatedHere {
				negStrong[it]++
				continue
			}
			vetoed := false
			ns := negSpans[it]
			// A strong cue that overlaps a negative phrase is read in the
			// negative phrase's sense ("אימון כוח עליון").
			k := sort.Search(len(ns), func(i int) bool { return ns[i].s > h.start-maxPhrase })
			for ; k < len(ns) && ns[k].s < h.stop(); k++ {
				if ns[k].t > h.start {
					vetoed = true
				}
			}

			if !vetoed {
				addDistinct(&strong[it], &nStrong[it], e.lex.patterns[h.pat].canon)
				phrase |= 1 << uint(it)
			}
		case famWeak:
			// Two weak phrases count when they are two cues, not one
			// phrase inside another ("סדר עדיפויות" holds "עדיפויות").
			if !negatedHere && negative&(1<<uint(it)) == 0 && h.start >= weakEnd[it] && !(h.pat >= 0 && meetsStandard(doc.norm.Runes, e.lex.patterns[h.pat].text, int(h.stop()))) {
				addDistinct(&weak[it], &nWeak[it], e.lex.patterns[h.pat].canon)
				weakEnd[it] = h.stop()
			}
		case famExclusion:
			out.excluded |= 1 << uint(it)
		case famCheck:
			if !negatedHere && gi.check >= 0 {
				out.checks[it] |= 1 << uint(gi.check)
			}
		case famPairA, famPairB:
			if gi.family == famPairA && !h.neg && e.negatedA[it]&(1<<uint(gi.check)) != 0 {
				continue
			}
			if negatedHere || (negative&(1<<uint(it)) != 0 && e.despite[it]&(1<<uint(gi.check)) == 0) || (h.pat >= 0 && meetsStandard(doc.norm.Runes, e.lex.patterns[h.pat].text, int(h.stop()))) {
				continue
			}
			ps.add(it, gi.check, gi.family == famPairB, h.start)
		}
	}
	for _, p := range ps.satisfied() {
		// A satisfied pair counts as a distinct strong cue; pattern ids
		// are never negative and -1 marks an empty slot, so -(k+2)
		// cannot collide.
		addDistinct(&strong[p.item], &nStrong[p.item], -int32(p.k)-2)
	}
	if in := &e.input; in.ok && negative&(1<<uint(in.item)) == 0 && out.signals&(in.objectBit|in.verbBits) != 0 &&
		e.inputDutySentence(doc, c, doc.speakerOf(i), ps, func(s int) bool { return senseSents[in.item]&sentenceBit(s) != 0 }) {
		it := in.item
		addDistinct(&strong[it], &nStrong[it], inputDutyCue)
		cued |= 1 << uint(it)
	}
	// A short heading line that names no item but completes one of an
	// item's pairs ("תמיכה בוואטסאפ" in a package's list of short lines)
	// says what the package holds: it counts as content for that pair.
	// A lead-in ending with a colon still only opens what follows.
	var own uint32 // items with a strong phrase or a completed pair here
	for it := range catalog {
		if nStrong[it] > 0 {
			own |= 1 << uint(it)
		}
	}
	out.contentHead = c.heading && c.kind == kindBody && titles[i] == 0 && softTitles[i] == 0 && own&^phrase != 0 &&
		c.words <= contentHeadWords && !endsWithColon(doc.norm.Runes[c.start:c.end])
	if !eligible(c) && !out.contentHead {
		return
	}
	var heading uint32 = titles[i]
	for _, p := range c.parents {
		heading |= titles[p]
	}
	// Structure, like a weak phrase, says nothing when the clause uses
	// the item's words in another sense ("the impact of the change on the
	// delivery dates").
	var sensed uint32
	for it := range senseSents {
		if senseSents[it] != 0 {
			sensed |= 1 << uint(it)
		}
	}
	var phrased uint32 // items with a strong or weak phrase here
	for it := range catalog {
		if nStrong[it] > 0 || nWeak[it] > 0 {
			phrased |= 1 << uint(it)
		}
	}
	var structure [nItems]float32
	for it := range catalog {
		if sensed&(1<<uint(it)) != 0 && !(catalog[it].id == "contacts" && c.feat.has(fPersonalEmail) && out.checks[it] != 0 && !allSentences(senseSents[it], sentenceCount(doc.norm.Runes, c, ps))) {
			// Structure belongs to the clause, and the clause speaks
			// of the item's words in another sense; a person's own
			// e-mail address, with a name or a stand-in beside it, is
			// a contact detail whatever another sentence of the clause
			// says of representatives ("If you
			// have any questions, please contact me at john@…" alone
			// is a letter's closing).
			continue
		}
		// A person's own e-mail address is a contact detail even in a
		// notices clause ("notices to Dana Levi, Head of Procurement,
		// dana.levi@…"); a notices clause to an office is not.
		if negative&(1<<uint(it)) == 0 || (catalog[it].id == "contacts" && c.feat.has(fPersonalEmail)) {
			structure[it] = e.structureBonus(it, c.feat, out, phrased)
			if structure[it] > 0 {
				cued |= 1 << uint(it)
			}
		}
	}
	// A sentence in another sense takes the clause out from under the
	// heading as well: "3.3 two trainings for the client's staff" under
	// "Installation and Training" is a deliverable, not a joint activity.
	heading = shareHeading(heading&^negative&^sensed, cued)
	// Under a soft heading ("Client Responsibilities") a clause that gives,
	// provides or assists is the item, as under its own heading; so is an
	// item of a bulleted list there ("- הזמנת מעלית משא", "- parking
	// permits"), a duty written as a noun.
	if out.signals&e.masks.duty != 0 || c.lbl.bullet {
		soft := softTitles[i]
		for _, p := range c.parents {
			soft |= softTitles[p]
		}
		heading |= soft &^ negative &^ sensed
	}
	head := letterhead(doc, i)
	// A clause that only names an item and points elsewhere for it
	// deals with none of the items it names (see barePointer).
	var pointerOnly uint32
	if e.barePointer(doc, c, ps) {
		pointerOnly = ^e.pointers.keep
	}
	// A clause that is one pointer to the main agreement ("Termination of
	// this SOW is governed by clause 17 of the Framework") says nothing of
	// the item its heading names.
	if out.signals&e.masks.unchanged != 0 && sentenceCount(doc.norm.Runes, c, ps) == 1 {
		heading = 0
	}
	for it := range catalog {
		if catalog[it].id == "clarity" || (c.feat.has(fAddress) && catalog[it].id != "contacts") {
			continue
		}
		if head && catalog[it].id == "contacts" {
			// A letterhead identifies its sender; it designates no
			// one to deal with.
			continue
		}
		bit := uint32(1) << uint(it)
		s := weightStrong*float32(min(nStrong[it], 2)) + weightWeak*float32(min(nWeak[it], 2))
		if nStrong[it]+nWeak[it] > 0 {
			out.lexical |= bit
		}
		st := structure[it]
		s += st
		underHeading := heading&bit != 0
		if underHeading {
			out.headed |= bit
			s += weightHeading
			if c.words >= minSubstanceWords && !(c.feat.has(fPlaceholder) && c.words < placeholderOnlyWords) {
				// Under a heading that names the item, a clause with
				// substance deals with it, however it is worded; only
				// a heading with nothing under it does not count.
				s += weightSubstance
			}
		}
		if ((c.kind == kindDefinitions && catalog[it].id != "scope") || c.kind == kindPreamble) && !(catalog[it].id == "contacts" && c.feat.has(fPersonalEmail)) {
			// A letterhead or an e-mail header keeps its contact
			// details at full weight.
			s *= definitionsFactor
		}
		if (out.lexical&bit == 0 && st == 0 && !underHeading) || pointerOnly&bit != 0 {
			s = 0
		}
		if s > 0 && phrase&bit == 0 && st == 0 && !underHeading {
			out.pairOnly |= bit
		}
		// A negated cue with nothing affirmative of the item's substance
		// left in the clause is an explicit exclusion: "no interest, late
		// fees or penalties shall be payable on late payments". Not when
		// the words are used in another sense: "not liable for fines
		// imposed by the tax authorities" excludes no sanction.
		if catalog[it].negatable && negStrong[it] > 0 && (nStrong[it] == 0 || out.checks[it] == 0) && negative&bit == 0 {
			out.excluded |= bit
		}
		out.score[it] = s
	}
}

// meetsStandard reports whether the stemmed word "meet" ending at end is
// the verb of meeting a standard, not a meeting: "meets the Hospital's
// immunisation requirements", "meet the agreed service levels". The
// stemmer folds "meeting" and "meets" into one word, so the words after it
// tell the sense.
func meetsStandard(rs []rune, text string, end int) bool {
	if text != "meet" {
		return false
	}
	return nextWordHasStem(rs, end, 5, standardStems[:])
}

// standardStems begin the nouns of what is met in the other sense.
var standardStems = [...]string{"requir", "standard", "criteri", "specif", "deadlin", "target", "oblig", "expect", "qualif", "threshold", "kpi"}

// sentenceCount returns the number of sentences of clause c: a sentence
// break at its very end opens no new one.
func sentenceCount(rs []rune, c *clause, ps *pairScratch) int {
	last := c.end - 1
	for last > c.start && (rs[last] == ' ' || rs[last] == '\n') {
		last--
	}
	return ps.sentenceOf(int32(last)) + 1
}

// allSentences reports whether a sentence set holds every one of a
// clause's n sentences.
func allSentences(set uint64, n int) bool {
	if n >= 64 {
		return set == ^uint64(0)
	}
	return set == 1<<uint(n)-1
}

// sentenceBit is the bit of sentence k of a clause in a sentence set; the
// sentences after the 63rd share the last bit.
func sentenceBit(k int) uint64 { return 1 << uint(min(k, 63)) }

// shareHeading divides a combined heading among its items. "Duration and
// Law", "Term and Termination", "סודיות וזכויות" name two items each, and a
// clause under such a heading belongs to the items it has words or
// structure of: "6.2 This undertaking is governed by the law of England" is
// the law half of "Duration and Law". A clause with words of none of them
// stays under all of them, as under a heading that names one item.
func shareHeading(heading, cued uint32) uint32 {
	if bits.OnesCount32(heading) < 2 || heading&cued == 0 {
		return heading
	}
	return heading & cued
}

func addDistinct(set *[2]int32, n *int, pat int32) {
	for _, p := range set {
		if p == pat {
			return
		}
	}
	if *n < 2 {
		set[*n] = pat
	}
	*n++
}

// decideItem turns per-clause scores into the item's status, evidence and
// failed sub-checks.
func (e *Engine) decideItem(doc *document, it int, cues []clauseCues, titles []uint32) itemResult {
	res := itemResult{excluded: -1}
	bit := uint32(1) << uint(it)
	type cand struct {
		idx     int
		score   float32
		lexical bool // carries the item's own phrases, not only its heading
	}
	// Count the candidates first so that the list is allocated once.
	npos := 0
	for i := range cues {
		if (eligible(&doc.clauses[i]) || cues[i].contentHead) && cues[i].excluded&bit == 0 && cues[i].score[it] >= evidenceThreshold {
			npos++ // an upper bound: a subsidiary document drops some of them
		}
	}
	pos := make([]cand, 0, npos)
	for i := range cues {
		c := &doc.clauses[i]
		if !eligible(c) && !cues[i].contentHead {
			continue
		}
		if cues[i].excluded&bit != 0 {
			if res.excluded < 0 {
				res.excluded = i
			}
			continue
		}
		if cues[i].score[it] >= evidenceThreshold && !(doc.subsidiary && e.subsidiaryDrops(doc, it, i, cues)) && !pricedOffer(c, it) {
			pos = append(pos, cand{i, cues[i].score[it], cues[i].lexical&bit != 0})
		}
	}
	if len(pos) == 0 {
		if res.excluded >= 0 {
			res.status = Partial
			res.missing = []string{"excluded"}
			return res
		}
		res.status = Missing
		return res
	}
	// The sub-checks look at the evidence, its sub-clauses and every
	// clause of a section whose heading names the item.
	inScope := make([]bool, len(doc.clauses))
	for _, p := range pos {
		inScope[p.idx] = true
	}
	count := 0
	for i := range doc.clauses {
		if inScope[i] {
			count++
			continue
		}
		c := &doc.clauses[i]
		if !eligible(c) {
			continue
		}
		for _, p := range c.parents {
			if inScope[int(p)] || titles[p]&bit != 0 {
				inScope[i] = true
				count++
				break
			}
		}
	}
	scope := make([]int, 0, count)
	for i, in := range inScope {
		if in {
			scope = append(scope, i)
		}
	}
	evid := make([]int, len(pos))
	for k, p := range pos {
		evid[k] = p.idx
	}
	res.missing = e.failedChecks(doc, it, evid, scope, cues)
	if catalog[it].id == "payment" && bareReference(doc, scope, res.missing) && pointsElsewhere(cues, evid, e.sigMask("pointer")) {
		// "The consideration and payment terms of the main agreement
		// remain unchanged", "fees as set out in Schedule 3": no amount
		// and no time to pay, only a pointer to another document, which
		// says nothing of the item here.
		res.status = Missing
		res.missing = nil
		return res
	}
	res.missing = append(res.missing, indefinite(doc, evid)...)
	if len(res.missing) == 0 {
		res.status = Present
	} else {
		res.status = Partial
	}
	// Quote first the clauses that carry the item's own phrases; a clause
	// that counts only by its heading is quoted when nothing better is.
	sort.SliceStable(pos, func(a, b int) bool {
		if pos[a].lexical != pos[b].lexical {
			return pos[a].lexical
		}
		return pos[a].score > pos[b].score
	})
	for k := 0; k < len(pos) && k < maxEvidence; k++ {
		if k > 0 && pos[0].lexical && !pos[k].lexical {
			break
		}
		res.evidence = append(res.evidence, pos[k].idx)
	}
	sort.Ints(res.evidence)
	return res
}

// pricedOffer reports whether clause c, evidence of joint activities by
// its words, prices what it names: "a breathing workshop for the team –
// 900 ₪ + VAT", "a cooking workshop, priced separately by group size" is
// a service on offer, which one side delivers and the other buys, not an
// activity the parties share.
func pricedOffer(c *clause, it int) bool {
	return catalog[it].id == "shared_activities" && c.feat.has(fAmount)
}

// subsidiaryLines is how far into a document its title may stand.
const subsidiaryLines = 4

// subsidiaryTitleLines is how far down the title word of a subsidiary
// document may open a line: its first lines, or the third under a
// two-line letterhead ("מדינת ישראל / משרד הבינוי והשיכון / תוספת מס' 1").
const subsidiaryTitleLines = 3

// subsidiary reports whether the document is an amendment, addendum,
// schedule or annex to another agreement ("AMENDMENT NO. 2 TO THE … SERVICES
// AGREEMENT", "נספח ד' … להסכם למתן שירותי …"): its title opens with such a
// word and one of its first lines refers to the main agreement. Such a text
// relies on the main agreement for what the services are; that the supplier
// "shall maintain" or "shall deliver" something in it is a new duty, not a
// description of the services (every labeller of the corpus reads it so).
func (e *Engine) subsidiary(doc *document) bool {
	title, ref := false, false
	sub, main := e.lex.id(sectionGroup("subsidiary")), e.lex.id(sectionGroup("main_ref"))
	for i := 0; i < len(doc.clauses) && i < subsidiaryLines; i++ {
		c := &doc.clauses[i]
		for _, h := range c.hits {
			switch int(h.group) {
			case sub:
				// The title word opens the line ("SCHEDULE 4", "*תוספת
				// מס' 2*"), before any numbering is read as a label.
				if i < subsidiaryTitleLines && (int(h.start) <= c.start+2 || ordinalOpens(doc.norm.Runes, c.start, int(h.start))) {
					title = true
					// "AMENDING AGREEMENT NO. 2", "Addendum No. 1" name
					// what they amend further down; a schedule or an
					// annex may be part of the agreement itself.
					ref = ref || amendingTitle(e.lex.patterns[h.pat].text)
				}
			case main:
				ref = true
			}
		}
	}
	return title && ref
}

// ordinalOpens reports whether the only word between a line's start and
// a title word at start is an ordinal: "SECOND AMENDMENT TO …", "Third
// Addendum".
func ordinalOpens(rs []rune, lineStart, start int) bool {
	w := strings.Fields(string(rs[lineStart:start]))
	if len(w) != 1 {
		return false
	}
	switch w[0] {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth":
		return true
	}
	return false
}

// amendingTitle tells the title words that make a document an amendment
// of another whatever its first lines say.
func amendingTitle(text string) bool {
	switch text {
	case "amend agreement", "amendment agreement", "variation agreement", "deed of variation", "addendum", "תוספת", "תוספת מס", "כתב תיקון":
		return true
	}
	return false
}

// subsidiaryDrops reports whether clause i of a subsidiary document is no
// evidence of item it, though its words would be elsewhere. The main
// agreement holds the services and the price: here a new duty of the
// supplier ("shall maintain ISO 27001") describes no services, and a
// clause counts as payment only when it states an amount or a rate and
// speaks of paying it, not of insurance limits, agreed compensation or a
// change's "effect on the fee" (labellers read every such amendment so).
func (e *Engine) subsidiaryDrops(doc *document, it, i int, cues []clauseCues) bool {
	c := &doc.clauses[i]
	switch catalog[it].id {
	case "scope":
		// Only a clause under a heading of the services, or opening
		// with one ("Scope of Services. From 1 March …", "השירותים"),
		// restates them; "the Supplier shall provide the evidence
		// items within 10 days" is a new duty. Nor does one that says
		// the services go on as the main agreement describes them
		// ("will continue to provide the Services described in
		// Schedule A of the Agreement", "אין שינוי בשירותים").
		headed := cues[i].headed&(1<<uint(it)) != 0 || e.startsWith(c, itemGroup("scope", "heading"))
		return !headed || e.namesMainAgreement(c) || cues[i].signals&e.masks.unchanged != 0
	case "payment":
		if !c.feat.has(fAmount) && !c.feat.has(fPercent) && !c.feat.has(fPayForm) && cues[i].signals&e.masks.payVerb == 0 {
			return true
		}
		return cues[i].signals&e.masks.payment == 0 || cues[i].lexical&e.notPayment != 0
	}
	return false
}

// namesMainAgreement reports whether clause c opens with a reference to
// the main agreement ("to the Master Maintenance Services Agreement between
// …", "להסכם למתן שירותי הדרכה …"): the agreement's name is not its scope.
func (e *Engine) namesMainAgreement(c *clause) bool {
	return e.startsWith(c, sectionGroup("main_ref"))
}

// indefinite reports the evidence of an item as incomplete when a clause
// of it holds a blank ("___%") or when every clause of it is vague ("ככל
// הניתן", "when useful"): the item is dealt with, but not settled.
func indefinite(doc *document, evid []int) []string {
	var out []string
	vague := len(evid) > 0
	for _, i := range evid {
		f := doc.clauses[i].feat
		if f.has(fPlaceholder) && len(out) == 0 {
			out = append(out, "blank")
		}
		if !f.has(fVague) {
			vague = false
		}
	}
	if vague {
		out = append(out, "definite")
	}
	return out
}

// pointsElsewhere reports whether every evidence clause points to another
// document (a schedule, the main agreement, a quote): "payments against a
// tax invoice" beside the pointer says something of its own, and the item
// is partial.
func pointsElsewhere(cues []clauseCues, evid []int, pointer uint64) bool {
	for _, i := range evid {
		if cues[i].signals&pointer == 0 {
			return false
		}
	}
	return len(evid) > 0
}

// bareReference reports whether a payment item has nothing of its own:
// its clauses state no amount or percentage and its due time failed.
func bareReference(doc *document, scope []int, missing []string) bool {
	due := false
	for _, m := range missing {
		due = due || m == "due_time"
	}
	if !due {
		return false
	}
	for _, i := range scope {
		if doc.clauses[i].feat.has(fAmount) || doc.clauses[i].feat.has(fPercent) {
			return false
		}
	}
	return true
}

// letterheadLines is how far into a document a letterhead may stand.
const letterheadLines = 4

// letterhead reports whether clause i is a letterhead line: among the
// first lines, before any heading, details run together with separators
// ("רח' הנשיא 14, כפר סבא | 050-4418273 | eli@…", "Unit 4 · 020 7946 0018
// · hello@…").
func letterhead(doc *document, i int) bool {
	if i >= letterheadLines {
		return false
	}
	for k := 0; k < i; k++ {
		if doc.clauses[k].heading && doc.clauses[k].kind != kindPreamble {
			return false
		}
	}
	c := &doc.clauses[i]
	seps := 0
	for _, r := range doc.norm.Runes[c.start:c.end] {
		if r == '|' || r == '·' || r == '•' {
			seps++
		}
	}
	return seps >= 2
}
