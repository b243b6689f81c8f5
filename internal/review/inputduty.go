package review

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/heskem/heskem/internal/hebrew"
)

// Input duties. The commonest way an agreement deals with cooperation is a
// one-way duty of the client to give the supplier what the work needs:
// "The Owner shall give the Manager copies of all leases", "המשפחה תאפשר
// למטפלת גישה לבית", "you will send us the glossary". Labellers read such a
// duty as partial collaboration. No phrase list can hold every verb, party
// name and object together, so the rule is one of grammar: in one sentence,
// a verb of giving whose subject is the client, in a form that states a
// duty ("shall provide", "will give", "מתחייב להעביר", the Hebrew future
// "ימסור"), followed by a thing the work needs (input_object). A sentence
// that opens with a condition ("Where the Client provides term lists",
// "ככל שהלקוח ימסור") states none.
//
// The subject is the last party named before the verb: "the Client shall
// provide the documents" is the client's duty, "the Supplier shall provide
// the Client with documents" is the service itself, and "the Client may
// ask the Supplier to provide information" is a request, not a duty of the
// client. A Hebrew second-person plural verb (תעבירו, תמסרו) carries its
// own subject: in a letter or quote from the supplier, "you" is the client.

// inputDutyCue is the pattern id an input duty counts as among an item's
// distinct strong cues; pair cues use -2 to -33 and patterns are never
// negative.
const inputDutyCue = -64

// inputGroups are the signal groups the input-duty rule reads, and the
// item it speaks to; ok is false when a lexicon lacks one of them.
type inputGroups struct {
	client, supplier, verb, verbFuture, verbYou, object, modal, condition, not int
	// verbWe is the group of first-person verbs of giving ("נשלח",
	// "אעביר"), read only in the client's own messages; -1 when absent.
	verbWe    int
	objectBit uint64
	// verbBits are the signal bits of the verbs of giving: a clause with
	// one of them may state a duty to give what no object names.
	verbBits uint64
	item     int
	ok       bool
}

// resolveInputGroups looks the rule's signal groups up once, when the
// engine is built.
func (e *Engine) resolveInputGroups() inputGroups {
	var g inputGroups
	for _, f := range []struct {
		name string
		dst  *int
	}{
		{"subject_client", &g.client}, {"subject_supplier", &g.supplier}, {"input_verb", &g.verb},
		{"input_verb_future", &g.verbFuture}, {"input_verb_you", &g.verbYou}, {"input_object", &g.object},
		{"duty_modal", &g.modal}, {"condition", &g.condition}, {"input_not", &g.not},
	} {
		id, ok := e.sig[f.name]
		if !ok {
			return inputGroups{}
		}
		*f.dst = id
	}
	g.objectBit = e.sigBits[g.object]
	g.verbBits = e.sigBits[g.verb] | e.sigBits[g.verbFuture]
	g.verbWe = e.lex.id(sectionGroup("input_verb_we"))
	g.item = itemIndex("collaboration")
	g.ok = g.item >= 0
	return g
}

// inputDutySentence reports whether clause c has, in one sentence, a
// client's duty to provide something the work needs. senseSent tells
// whether a sentence uses the item's words in another sense.
//
// speaker is the role of the clause's sender in a chat or an e-mail thread
// (see speakerRoles): in the client's own messages "we" and "I" are the
// client and "you" the supplier.
func (e *Engine) inputDutySentence(doc *document, c *clause, speaker int8, ps *pairScratch, senseSent func(int) bool) bool {
	in := &e.input
	client, supplier, verb, verbFuture, verbYou, object, modal, condition, not := in.client, in.supplier, in.verb, in.verbFuture, in.verbYou, in.object, in.modal, in.condition, in.not
	rs := doc.norm.Runes
	sentence := -1
	var subject int // 0 none, 1 client, 2 supplier: the last party named
	var pending, modalSeen, conditional, found bool
	var modalEnd int32 = -10
	// youEnd is the end of a subject "you" (the client, as the supplier
	// writes): "You send me the program data by 3/16" states the duty
	// in the present, with no "will".
	var youEnd int32 = -10
	var foundEnd int32 // end of the object that made found
	// strongAt is the end of a verb that gives whatever follows it
	// ("shall provide", "יעמיד"), pending a duty: what it gives need not
	// be on the list of things the work needs, only not a notice, an
	// invoice or a payment.
	var strongAt int32 = -1
	// A list item under "התחייבויות בעל העסק" or "The Client shall:"
	// takes its subject and its word of duty from the line above it:
	// "4.2 לאפשר למשגיח כניסה…" is the business owner's duty.
	inherited := e.clientLead(doc, c)
	// verbEnd is the end of a future verb of giving whose subject is
	// not known: "הרשת תמסור לספק", "הזוג ימסור לסטודיו". Giving to the
	// supplier is the client's giving, whoever the subject is.
	var verbEnd int32 = -10
	for _, h := range c.hits {
		if s := ps.sentenceOf(h.start); s != sentence {
			if found || (strongAt >= 0 && !senseSent(sentence)) {
				return true
			}
			sentence, subject, pending, modalSeen, conditional, verbEnd, strongAt = s, 0, false, false, false, -10, -1
			if inherited && s == 0 {
				subject, modalSeen = 1, true
			}
		}
		group := int(h.group)
		if speaker == speakerClient && h.pat >= 0 && (group == client || group == supplier) {
			switch personOf(e.lex.patterns[h.pat].text) {
			case 1:
				group = client
			case -1:
				group = supplier
			}
		}
		switch group {
		case client, supplier:
			if group == supplier && !pending && !conditional && recipientAfter(rs, int(verbEnd), int(h.start)) {
				pending = true
				continue
			}
			if doc.compoundModifier(int(h.stop())) {
				// "will process Customer Data only to provide": a thing
				// between the word of duty and the verb, whose subject
				// is not the client.
				modalSeen = false
				continue
			}
			if possessive(rs, int(h.stop())) || !subjectPosition(rs, int(h.start)) {
				// "the Customer's safeguarding policy", "מידע של
				// החברה", "ימסור ללקוח" name no subject.
				continue
			}
			subject = 1
			if group == supplier {
				subject = 2
			}
			youEnd = -10
			if group == client && h.pat >= 0 && doc.lang == "en" && e.lex.patterns[h.pat].text == "you" && opensSentence(rs, int(c.start), int(h.start)) {
				youEnd = h.stop()
			}
			if subject == 1 && !pending && !conditional && verbEnd >= 0 && adjacentAfter(rs, int(verbEnd), int(h.start)) {
				// Verb before subject, as Hebrew often writes it:
				// "ימסור הלקוח לספק תחזית".
				pending = true
			}
			// The duty word belongs to this subject: after it ("the
			// Client shall provide") or just before it ("על הלקוח
			// להעביר").
			modalSeen = h.start-modalEnd <= 2
		case modal:
			modalSeen, modalEnd = true, h.stop()
		case not:
			// "You must send legal notices … with a copy to", "תמסור
			// רשימת ליקויים": notices, invoices and defects lists are
			// not what the work needs. Once a thing the work needs has
			// been given in the sentence, an invoice shown after it
			// ("למסור למשגיח מפתח …, ולהציג לו כל חשבונית") takes
			// nothing back.
			// The not-phrase that overlaps the object found ("לספק
			// מידע מדויק", accurate information about oneself) names
			// that object, and so does one right after it ("רשימת ליקויים").
			if !found || h.start <= foundEnd+1 {
				conditional = true
				found = false
			}
			strongAt = -1
		case condition:
			// "Where the Client provides term lists, the Translator
			// will use them": a condition, not a duty.
			conditional = conditional || !pending
		case verb, verbFuture, verbYou:
			if h.neg || conditional || pending || (int(h.group) != verbYou && subordinate(rs, int(h.start))) || meansOrPassive(rs, int(h.start)) {
				continue
			}
			switch int(h.group) {
			case verb:
				// An infinitive or a bare English verb needs a word of
				// duty before it: "shall provide", "מתחייב להעביר";
				// "without using the Client's equipment, supplies" has
				// none.
				pending = subject == 1 && (modalSeen || (adjacentAfter(rs, int(youEnd), int(h.start)) && !licenceVerb(e.lex.patterns[h.pat].text)))
			case verbFuture:
				pending = subject == 1 || (subject == 0 && toWriter(rs, int(h.stop())))
				// Giving to the supplier right after the verb ("יאפשר
				// לספק גישה") is the client's giving; the verb's end is
				// kept to see it, unless the supplier is the subject
				// ("הספק לא ימסור לקבלן משנה גישה").
				if subject != 2 {
					verbEnd = h.stop()
				}
			case verbYou:
				// "Please send us the logo" asks the client, unless the
				// client writes it.
				pending = speaker != speakerClient
			}
			if pending && h.pat >= 0 && strongGiving(e.lex.patterns[h.pat].text) && !negatedBefore(rs, int(modalEnd), int(h.start)) && !givesNoInput(rs, int(h.stop())) && !participle(rs, int(h.start), int(h.stop())) {
				strongAt = h.stop()
			}
		case in.verbWe:
			// "נשלח לך את התסריט", "I'll book the room" in the client's
			// own messages: the client gives.
			if speaker == speakerClient && !h.neg && !conditional && !pending {
				pending = true
			}
		case object:
			if pending && !conditional && !senseSent(sentence) {
				found, foundEnd = true, h.stop()
			}
		}
	}
	return found || (strongAt >= 0 && !senseSent(sentence))
}

// strongGiving tells the verbs that give whatever follows them to the
// work: to provide, supply, furnish or make available ("להעמיד", "לספק",
// "להמציא"). With the client as subject they state an input duty whatever
// the thing is ("the Theatre shall provide a physio room and ice").
func strongGiving(text string) bool {
	if text == "לספק" {
		// Also "to the supplier".
		return false
	}
	for _, p := range givingStems {
		if strings.Contains(text, p) {
			return true
		}
	}
	return false
}

// givingStems are the stems of the verbs strongGiving accepts (the English
// patterns are stemmed: "provid", "mak avail").
var givingStems = [...]string{"provid", "suppl", "furnish", "mak avail", "make avail", "hand over", "עמיד", "ספק", "מציא"}

// givesNoInput reports whether one of the four words after a verb of
// giving ending at end names what is no input to the work: the service
// itself ("החברה תעמיד את השירות בזמינות של 99.5%"), insurance, a
// certificate, a guarantee or a bond.
func givesNoInput(rs []rune, end int) bool {
	return nextWordHasStem(rs, end, 4, noInputStems[:])
}

// noInputStems are the stems givesNoInput looks for.
var noInputStems = [...]string{"servic", "insuranc", "certificat", "guarant", "bond", "שירות", "ביטוח", "אישור", "ערבות", "פוליס"}

// meansOrPassive reports whether the word before a verb of giving makes it
// a means or a passive: "will be notified by email", "is supplied via the
// portal", "has been provided".
func meansOrPassive(rs []rune, start int) bool {
	passive := false
	eachPrevWord(rs, start, 1, func(w []rune) bool {
		switch string(w) {
		case "by", "via", "be", "been", "being", "per":
			passive = true
		}
		return false
	})
	return passive
}

// participle reports whether the verb between start and end is a past
// participle of reference, not a duty: "except as expressly provided in
// Exhibit A", "provided that", "as supplied by". The English patterns
// are stemmed, so the words around the verb tell it.
func participle(rs []rune, start, end int) bool {
	ref := false
	eachPrevWord(rs, start, 1, func(w []rune) bool {
		switch string(w) {
		case "as", "expressly", "otherwise", "herein", "hereby", "is", "are", "was", "were":
			ref = true
		}
		return false
	})
	if ref {
		return true
	}
	k := end
	for k < len(rs) && rs[k] == ' ' {
		k++
	}
	j := k
	for j < len(rs) && isWordRune(rs[j]) {
		j++
	}
	switch string(rs[k:j]) {
	case "that", "in", "for", "by", "under", "herein", "hereunder", "therein":
		return true
	}
	return false
}

// negatedBefore reports whether a word between the duty word (ending at
// from, or the four words before the verb when none was seen) and a verb
// at start negates it: "the customer must not copy … or use it to provide
// services".
func negatedBefore(rs []rune, from, start int) bool {
	if from < 0 || from >= start {
		// No duty word: the four words before the verb.
		neg := false
		eachPrevWord(rs, start, 4, func(w []rune) bool {
			neg = negWord(w)
			return !neg
		})
		return neg
	}
	for j := start; j > from; {
		for j > from && !isWordRune(rs[j-1]) {
			j--
		}
		k := j
		for k > from && isWordRune(rs[k-1]) {
			k--
		}
		if k < j && negWord(rs[k:j]) {
			return true
		}
		j = k
	}
	return false
}

// negWord reports whether w is a word of negation.
func negWord(w []rune) bool {
	switch string(w) { // compared only, so the conversion does not allocate
	case "not", "never", "no", "nor", "לא", "אל", "אין", "ולא":
		return true
	}
	return false
}

// clientLead reports whether the nearest line above clause c that heads it
// names the client as the one bound: a heading ("התחייבויות בעל העסק",
// "Client Responsibilities" with the party's own term) or a lead-in that
// ends with a colon ("The Client shall:", "המזמין מתחייב:").
func (e *Engine) clientLead(doc *document, c *clause) bool {
	if len(c.parents) == 0 {
		return false
	}
	p := &doc.clauses[c.parents[len(c.parents)-1]]
	if !p.heading && !endsWithColon(doc.norm.Runes[p.start:p.end]) {
		return false
	}
	rs := doc.norm.Runes
	// Only the title speaks for the list: in "Great to meet you. Here's
	// what I'd propose:" the greeting's "you" binds no one.
	var from int
	if p.heading {
		from, _ = p.titleSpan()
	} else {
		from = p.start + lastSentence(rs[p.start:p.end])
	}
	client, supplier := false, false
	for _, h := range p.hits {
		if int(h.start) < from {
			continue
		}
		switch int(h.group) {
		case e.input.client:
			client = client || (!possessive(rs, int(h.stop())) && subjectPosition(rs, int(h.start)))
		case e.input.supplier:
			supplier = true
		}
	}
	return client && !supplier
}

// endsWithColon reports whether a line ends with a colon, spaces aside.
func endsWithColon(line []rune) bool {
	k := len(line) - 1
	for k >= 0 && line[k] == ' ' {
		k--
	}
	return k >= 0 && line[k] == ':'
}

// possessive reports whether the word ending at end is followed by 's
// ("the Client's premises").
func possessive(rs []rune, end int) bool {
	return end+1 < len(rs) && (rs[end] == '\'' || rs[end] == '’') && (rs[end+1] == 's' || rs[end+1] == 'S')
}

// compoundModifier reports whether the party's name ending at end (in
// normalized text) modifies the capitalized word after it, as English
// defined terms do: "Customer Data", "Client Materials", "Customer
// Personal Data" name a thing, not a subject ("Tessellate shall not permit
// any Customer Data to be accessed" is no duty of the customer). A verb
// after a subject is in lower case ("the Customer shall provide"); a line
// in capitals tells nothing and is not read so.
func (doc *document) compoundModifier(end int) bool {
	rs := doc.norm.Runes
	k := end
	if k >= len(rs) || rs[k] != ' ' {
		return false
	}
	k++
	w := k
	for w < len(rs) && unicode.IsLetter(rs[w]) {
		w++
	}
	if w == k {
		return false
	}
	word, _, _ := doc.quote(k, w)
	first, size := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(first) || first > unicode.MaxLatin1 {
		return false
	}
	return strings.ContainsFunc(word[size:], unicode.IsLower)
}

// subjectPosition reports whether a party's name at start can be the
// subject of what follows: not after a preposition ("of the Client", "by
// the Customer", "של החברה", "עם המזמין") and not with a Hebrew
// prepositional prefix ("ללקוח", "מהמזמין", "בחברה").
func subjectPosition(rs []rune, start int) bool {
	w := start
	for w > 0 && hebrew.IsLetter(rs[w-1]) {
		w--
	}
	for _, r := range rs[w:start] {
		switch r {
		case 'ל', 'מ', 'ב', 'כ':
			return false
		}
	}
	// The word before the name, or before its article.
	after := true
	eachPrevWord(rs, w, 2, func(word []rune) bool {
		switch string(word) {
		case "the":
			return true
		case "של", "עם", "את", "אל", "ידי", "מטעם", "לטובת", "כלפי", "בין", "עבור",
			"of", "to", "by", "for", "with", "from", "on", "between", "against", "at", "through", "via":
			after = false
		}
		return false
	})
	return after
}

// recipientAfter reports whether the word at start, right after a verb
// ending at verbEnd, is a recipient with the prefix ל ("ימסור לספק").
func recipientAfter(rs []rune, verbEnd, start int) bool {
	if verbEnd < 0 || start <= verbEnd {
		return false
	}
	w := start
	for w > 0 && hebrew.IsLetter(rs[w-1]) {
		w--
	}
	if !adjacentAfter(rs, verbEnd, w) {
		// "תעמיד לרשות הקבלן": at the disposal of the supplier.
		return atDisposalOf(rs, verbEnd, w)
	}
	return rs[w] == 'ל'
}

// atDisposalOf reports whether the words between a verb ending at verbEnd
// and the word at w are "לרשות" (at the disposal of).
func atDisposalOf(rs []rune, verbEnd, w int) bool {
	if verbEnd+1 >= w || rs[verbEnd] != ' ' {
		return false
	}
	return strings.TrimSpace(string(rs[verbEnd+1:w])) == "לרשות"
}

// opensSentence reports whether the word at start opens its sentence or
// list item within the clause starting at from: "- You send me the data"
// states a duty, "the data you submit" names a thing.
func opensSentence(rs []rune, from, start int) bool {
	for k := start - 1; k >= from; k-- {
		switch r := rs[k]; {
		case r == ' ':
		case r == '.' || r == ':' || r == ';' || r == '!' || r == '-' || r == '•' || r == '–' || r == '*' || r == ')':
			return true
		default:
			return false
		}
	}
	return true
}

// licenceVerb tells the verbs that, after a bare "you", grant rights
// rather than hand something over: "You grant us a licence to host Your
// Content", "You give us a worldwide licence".
// The lexicon's English patterns are stemmed ("giv", "ensur"), so the
// test is on the stem.
func licenceVerb(text string) bool {
	for _, p := range []string{"grant", "giv", "allow", "permit", "mak", "ensur"} {
		if strings.HasPrefix(text, p) {
			return true
		}
	}
	return false
}

// adjacentAfter reports whether the word at start follows the word ending
// at end with one space between them.
func adjacentAfter(rs []rune, end, start int) bool {
	return end >= 0 && start == end+1 && end < len(rs) && rs[end] == ' '
}

// toWriter reports whether the word after a verb ending at end gives to
// the writer of a letter ("תעמיד לרשותנו", "תמסור לנו"): in an engagement
// letter or a quote the writer is the supplier.
func toWriter(rs []rune, end int) bool {
	if end >= len(rs) || rs[end] != ' ' {
		return false
	}
	e := end + 1
	for e < len(rs) && hebrew.IsLetter(rs[e]) {
		e++
	}
	switch string(rs[end+1 : e]) {
	case "לנו", "לרשותנו", "לי", "לרשותי", "אלינו", "אלי", "אליי":
		return true
	}
	return false
}

// subordinate reports whether the Hebrew verb at start carries the prefix
// ש, which makes it a relative or subordinate clause: "כל מה שתשלח לי" is
// what the client may send, not a duty to send it. (A second-person plural
// after ש is a request, "נבקש שתעבירו", and is not asked about.)
func subordinate(rs []rune, start int) bool {
	for w := start; w > 0 && hebrew.IsLetter(rs[w-1]); w-- {
		if rs[w-1] == 'ש' {
			return true
		}
	}
	return false
}
