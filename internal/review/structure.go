package review

import (
	"strings"
	"unicode"

	"github.com/heskem/heskem/internal/hebrew"
)

// sectionKind says what part of an agreement a line belongs to.
type sectionKind uint8

const (
	kindBody sectionKind = iota
	kindTitle
	kindRecital
	kindDefinitions
	kindTOC
	kindSignature
	// kindPreamble is text before the first heading or numbered clause:
	// title block, dates, a marketing blurb. It counts at half weight.
	kindPreamble
)

// clause is one line (paragraph) of the document with its place in the
// structure. Positions are normalized rune indexes; the line excludes its
// line break.
type clause struct {
	start, end int
	lbl        label // positions relative to start
	// section is the display label ("7.3", "7.3(א)", "Exhibit A 2"),
	// quoted from the original text.
	section string
	heading bool // a heading line: a title without substance
	// titleEnd > 0 marks an inline title "תמורה:" at [start+lbl.rest,
	// start+titleEnd) of a line that also has substance.
	titleEnd int
	// titleStart > 0 marks where, in a heading line, the title starts:
	// the last sentence of a lead-in ("Great to chat today. Here's what
	// I can do:").
	titleStart int
	depth      int
	// parents are the enclosing lines that give this clause its heading
	// path, outermost first.
	parents []int32
	kind    sectionKind
	words   int
	feat    feature
	hits    []hit
}

// titled reports whether c carries a heading, as a heading line or an
// inline title.
func (c *clause) titled() bool { return c.heading || c.titleEnd > 0 }

// titleSpan is the normalized range of the clause's heading text.
func (c *clause) titleSpan() (int, int) {
	if c.heading {
		return c.start + max(c.lbl.rest, c.titleStart), c.end
	}
	if c.titleEnd > 0 {
		return c.start + c.lbl.rest, c.start + c.titleEnd
	}
	return c.start, c.start
}

// segment splits the normalized text into clauses and builds their
// numbering, heading paths and section kinds. orig is the original text as
// runes, used to quote labels as written and to see letter case.
func (e *Engine) segment(doc *document) {
	rs := doc.norm.Runes
	lines := 1
	for _, r := range rs {
		if r == '\n' {
			lines++
		}
	}
	clauses := make([]clause, 0, lines)
	lineStart := 0
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && rs[i] != '\n' {
			continue
		}
		s, t := lineStart, i
		lineStart = i + 1
		for s < t && rs[s] == ' ' {
			s++
		}
		for t > s && rs[t-1] == ' ' {
			t--
		}
		if s == t {
			continue
		}
		clauses = append(clauses, clause{start: s, end: t})
	}
	doc.clauses = clauses
	e.assignHits(doc)
	doc.chat = chatExport(rs, clauses)
	st := structurer{e: e, doc: doc, chat: doc.chat, greeting: -1}
	for i := range doc.clauses {
		st.place(i)
	}
	markPreamble(doc, st.messages >= 2)
}

// minChatStamps is how many time-stamped lines make a chat export; at
// least a quarter of the lines must have one.
const minChatStamps = 3

// chatExport reports whether the document is an exported chat: lines that
// open with a date and a time ("12/03/26, 10:42 am - Kavya: …", "[12.1.2026,
// 21:14:05] מיכל: …").
func chatExport(rs []rune, clauses []clause) bool {
	n := 0
	for _, c := range clauses {
		if chatStamp(rs[c.start:c.end]) {
			n++
		}
	}
	return n >= minChatStamps && 4*n >= len(clauses)
}

// chatStamp reports whether a line opens with a chat time stamp: a date of
// three numbers (day, month, year in any order a phone writes them),
// then a time of day.
func chatStamp(line []rune) bool {
	i := 0
	if i < len(line) && line[i] == '[' {
		i++
	}
	for part := 0; part < 3; part++ {
		j := i
		for j < len(line) && j-i < 4 && line[j] >= '0' && line[j] <= '9' {
			j++
		}
		if j == i {
			return false
		}
		i = j
		if part < 2 {
			if i >= len(line) || (line[i] != '/' && line[i] != '.' && line[i] != '-') {
				return false
			}
			i++
		}
	}
	if i < len(line) && line[i] == ',' {
		i++
	}
	for i < len(line) && line[i] == ' ' {
		i++
	}
	j := i
	for j < len(line) && j-i < 2 && line[j] >= '0' && line[j] <= '9' {
		j++
	}
	return j > i && j+2 < len(line) && line[j] == ':' && line[j+1] >= '0' && line[j+1] <= '9'
}

// markPreamble marks the body lines before the first heading or numbered
// clause, when the document has such structure at all; an unstructured
// letter keeps every line as body.
func markPreamble(doc *document, thread bool) {
	if doc.chat || thread {
		// Every message of a chat or an e-mail thread is the
		// agreement's text: a numbered summary or a list half-way down
		// does not make the messages above it a preamble.
		return
	}
	first := -1
	for i := range doc.clauses {
		c := &doc.clauses[i]
		if (c.heading || c.lbl.kind != labelNone) && c.kind != kindTitle && c.kind != kindSignature {
			first = i
			break
		}
	}
	if first < 0 || first > len(doc.clauses)/2 {
		return
	}
	for i := 0; i < first; i++ {
		if doc.clauses[i].kind == kindBody {
			doc.clauses[i].kind = kindPreamble
		}
	}
}

// structurer carries the heading stack while lines are placed in order.
type structurer struct {
	e   *Engine
	doc *document
	// stack of enclosing lines, outermost first.
	stack []stackEntry
	// lastDepth is the depth of the last dotted or word label, the base
	// for relative labels such as (a) and א.
	lastDepth   int
	lastSection string
	annex       string
	inRecitals  bool
	inDefs      bool
	defsTop     string // top-level number of the definitions section
	signed      bool
	seenBody    bool
	// numbered is set at the first numbered clause: a letter's opening
	// after it no longer follows a letterhead.
	numbered bool
	// chat marks an exported chat (WhatsApp, Telegram): its lines open
	// with a time stamp, and a line without one continues the message
	// above it ("Toyota Camry ₹4,800", "GST 5% extra"), so it is never a
	// heading of the messages after it.
	chat      bool
	inMessage bool
	// mailHeader marks the line being placed as a printed mail header
	// (see mailHeader); messages counts the lines that open a message
	// of a thread, a From: line or such a header: with two the document
	// is an e-mail thread.
	mailHeader bool
	messages   int
	// greeting is the index of the last greeting or sign-off line, -1
	// before the first: the short line after a sign-off is the
	// sender's name.
	greeting int
}

// greetingWords bounds a greeting or sign-off line: "Hi Priya," and
// "Kind regards," stand alone; "Hi Dean, here's the plan: …" is content.
const greetingWords = 4

type stackEntry struct {
	depth int // 0 for an unnumbered heading
	idx   int32
}

func (st *structurer) place(i int) {
	doc := st.doc
	c := &doc.clauses[i]
	line := doc.norm.Runes[c.start:c.end]
	c.lbl = st.e.labels.parseLabel(line)
	c.words = countWords(line[c.lbl.rest:])
	st.mailHeader = mailHeader(line)
	if st.mailHeader || opens(c, st.e.sections.fromLine) {
		st.messages++
	}

	if st.signatureLine(i, c, line) {
		// A signature line is never a heading, a section or a clause
		// of the body: it keeps the section of the clause before it.
		c.kind = kindSignature
		c.section = st.lastSection
		return
	}
	if c.lbl.kind == labelNone && ((opens(c, st.e.sections.letter) && !st.datesField(c)) || st.mailHeader) {
		// "Dear Ms. Okafor:", "Re: Extension of …", "לכבוד", "הנדון":
		// the frame of a letter, never a heading of what follows.
		c.kind = kindPreamble
		c.section = st.lastSection
		st.letterhead(i)
		// A new message's header starts afresh: the numbered points
		// of the reply above it do not head the message below.
		st.stack = st.stack[:0]
		return
	}
	greeting := c.lbl.kind == labelNone && c.words <= greetingWords && opens(c, st.e.sections.greeting)
	if greeting || (c.lbl.kind == labelNone && i > 0 && i == st.greeting+1 && c.words <= 3) {
		// "Hi Priya,", "Cheers," and the name under it, "בברכה,": the
		// frame of an e-mail. As headings they made every message after
		// them one section, and a list under "Here's what I can do:" lost
		// its lead-in.
		c.kind = kindPreamble
		c.section = st.lastSection
		if greeting {
			st.greeting = i
		}
		return
	}
	if isTOCLine(line) {
		c.kind = kindTOC
		c.section = st.lastSection
		return
	}
	if i == 0 && c.lbl.kind == labelNone && c.words <= 12 && !endsSentence(line) {
		c.kind = kindTitle
		return
	}
	stamped := st.chat && chatStamp(line)
	if stamped {
		// A chat message's text starts after its time stamp and sender:
		// "12/08/25, 8:52 pm - Matt: What we need from you: …" has the
		// inline title "What we need from you", not "12/08/25, 8". A new
		// message closes whatever the one above it opened.
		if b := chatBody(line); b > 0 && c.lbl.kind == labelNone {
			c.lbl.rest = b
			c.words = countWords(line[b:])
		}
		st.stack = st.stack[:0]
		st.lastDepth = 0
	}
	st.inMessage = st.inMessage || stamped
	// Inside a conversation no line is a heading: "Perfect 👌" and
	// "סגור" are short replies, not titles. A message that ends with a
	// colon above its own further lines heads them (see below).
	c.heading = !st.inMessage && st.isHeading(i, c, line)
	if !c.heading && !opens(c, st.e.sections.parties) {
		c.titleEnd = inlineTitle(line, c.lbl.rest, c.lbl.kind == labelNone, doc.orig, &doc.norm.Offsets, c.start)
		if c.titleEnd > 0 && titleHasGroup(c, st.e.sections.address) {
			c.feat |= fAddress
		}
	}

	depth := 0
	switch c.lbl.kind {
	case labelDotted, labelWord:
		depth = c.lbl.depth
		st.lastDepth = depth
		st.numbered = true
	case labelParen, labelLetter:
		depth = st.lastDepth + 1
	case labelAnnex:
		depth = 1
		st.stack = st.stack[:0]
		st.annex = st.quote(c.start+c.lbl.start, c.start+c.lbl.end)
		st.lastDepth = 0
	}
	c.depth = depth

	// Recitals and definitions are regions: a recital line opens or
	// continues one; a heading or a numbered clause closes it.
	recitalLine := st.recitalOpener(c)
	top := topNumber(line, c.lbl)
	if c.heading || c.lbl.kind == labelDotted || c.lbl.kind == labelWord || c.lbl.kind == labelAnnex {
		st.inRecitals = false
		if depth <= 1 || c.lbl.kind == labelNone || (top != "" && top != st.defsTop) {
			st.inDefs = false
		}
	}
	if c.titled() && recitalTitle(st.doc.norm.Runes, c, st.e.sections.recitals) && !titleHasGroup(c, st.e.sections.goals) {
		st.inRecitals = true
	}
	if c.titled() && titleHasGroup(c, st.e.sections.definitions) {
		st.inDefs = true
		st.defsTop = top
	}
	if recitalLine || (st.inRecitals && !c.heading) {
		st.inRecitals = true
		if c.kind == kindBody {
			c.kind = kindRecital
		}
	} else if st.inDefs && c.kind == kindBody {
		c.kind = kindDefinitions
	}
	if c.kind == kindBody && (c.lbl.kind != labelNone || c.heading) {
		st.seenBody = true
	}

	// Heading stack: pop what this line closes, record the path, push the
	// line if children may inherit from it.
	if !c.heading && !st.chat && st.listLead(i, c, line) {
		// "Great to chat today. Here's what I can do:" above a
		// bulleted list heads the list as a lead-in does.
		c.heading, c.titleEnd, c.titleStart = true, 0, lastSentence(line)
	}
	if stamped && c.lbl.rest > 0 && st.chatListLead(i, c, line) {
		// "Here's our usual package, all in one place:" and "לסיכום
		// כדי שיהיה כתוב:" open a message whose further lines are the
		// list they announce.
		c.heading, c.titleEnd = true, 0
		c.titleStart = c.lbl.rest + lastSentence(line[c.lbl.rest:])
	}
	leadIn := c.lbl.kind == labelNone && c.heading && (st.isLeadIn(c, line) || endsWithColon(line))
	if leadIn {
		// "The Client agrees to:" introduces the list that follows
		// inside the current section; it does not start a section.
		depth = st.lastDepth + 1
		c.depth = depth
	}
	switch {
	case leadIn:
		keep := st.stack[:0]
		for _, s := range st.stack {
			if s.depth < depth {
				keep = append(keep, s)
			}
		}
		st.stack = keep
	case c.lbl.kind == labelNone && c.heading:
		st.stack = st.stack[:0]
	case c.lbl.kind != labelNone:
		keep := st.stack[:0]
		for _, s := range st.stack {
			if s.depth < depth && (s.depth > 0 || !c.heading) {
				keep = append(keep, s)
			}
		}
		st.stack = keep
	}
	c.parents = make([]int32, 0, len(st.stack))
	for _, s := range st.stack {
		c.parents = append(c.parents, s.idx)
	}
	if c.heading || c.lbl.kind != labelNone {
		st.stack = append(st.stack, stackEntry{depth: depth, idx: int32(i)})
	}
	c.section = st.sectionLabel(c)
	if c.lbl.kind != labelNone || c.heading {
		st.lastSection = c.section
	}
}

// datesField reports whether clause c opens with "Dates:", which folds to
// the same stem as a letter's "Date:" line but is a field of the timeline
// ("Dates: Tuesdays from 04/03/2025 to 10/04/2025"), not the frame of a
// letter.
func (st *structurer) datesField(c *clause) bool {
	w := strings.ToLower(st.quote(c.start+c.lbl.rest, min(c.end, c.start+c.lbl.rest+6)))
	return strings.HasPrefix(w, "dates")
}

// letterhead handles the lines above a letter's opening (line i): before
// the body begins they are the sender's name and address ("Okafor Advisory
// Services", "47 Sparks Street"), not headings, and nothing below inherits
// them.
func (st *structurer) letterhead(i int) {
	if st.numbered {
		return
	}
	// A letterhead is a block of short lines; after a paragraph of
	// substance the opening belongs to a later letter of a thread.
	for j := 0; j < i; j++ {
		if c := &st.doc.clauses[j]; c.kind != kindTitle && c.words > 12 {
			return
		}
	}
	for j := 0; j < i; j++ {
		c := &st.doc.clauses[j]
		if c.lbl.kind == labelNone && (c.kind == kindBody || c.kind == kindPreamble) {
			c.heading, c.titleEnd, c.kind = false, 0, kindPreamble
			c.parents, c.section = nil, ""
		}
	}
	st.stack = st.stack[:0]
	st.lastSection = ""
}

func (st *structurer) quote(s, t int) string {
	a, b := st.doc.norm.Span(s, t)
	return st.doc.orig.slice(a, b)
}

// sectionLabel builds the label a reader looks for: "7.3", "7.3(א)",
// "Exhibit A 2.1", or the heading text of an unnumbered section.
func (st *structurer) sectionLabel(c *clause) string {
	doc := st.doc
	own := ""
	if c.lbl.kind != labelNone {
		own = trimLabel(st.quote(c.start+c.lbl.start, c.start+c.lbl.end))
	}
	switch c.lbl.kind {
	case labelAnnex:
		return own
	case labelParen, labelLetter:
		base := ""
		for j := len(c.parents) - 1; j >= 0; j-- {
			p := &doc.clauses[c.parents[j]]
			if p.lbl.kind == labelDotted || p.lbl.kind == labelWord {
				base = p.section
				break
			}
		}
		if c.lbl.kind == labelLetter {
			own = "(" + own + ")"
		}
		return joinLabel(st.annex, base+own)
	case labelDotted, labelWord:
		return joinLabel(st.annex, own)
	}
	if c.heading && (c.depth == 0 || len(c.parents) == 0) {
		return joinLabel(st.annex, st.quoteShort(c.start, c.end))
	}
	if len(c.parents) > 0 {
		return doc.clauses[c.parents[len(c.parents)-1]].section
	}
	return st.lastSection
}

func (st *structurer) quoteShort(s, t int) string {
	q := []rune(st.quote(s, t))
	if len(q) > 40 {
		q = q[:40]
	}
	return string(q)
}

func joinLabel(annex, own string) string {
	if annex == "" || own == annex {
		return own
	}
	if own == "" {
		return annex
	}
	return annex + " " + own
}

// trimLabel drops the closing dot or parenthesis of "7." and "a)" and the
// word of "סעיף 5", keeping what a reader calls the section.
func trimLabel(s string) string {
	rs := []rune(s)
	for len(rs) > 1 && (rs[len(rs)-1] == '.' || rs[len(rs)-1] == ')') && rs[0] != '(' {
		rs = rs[:len(rs)-1]
	}
	for i, r := range rs {
		if r == ' ' && i+1 < len(rs) && unicode.IsDigit(rs[i+1]) {
			return string(rs[i+1:])
		}
	}
	return string(rs)
}

// isHeading decides whether a line is a heading: a short line without a
// final period, or a numbered line whose text is a short title.
func (st *structurer) isHeading(i int, c *clause, line []rune) bool {
	rest := line[c.lbl.rest:]
	if c.lbl.kind == labelAnnex {
		return true
	}
	if len(rest) == 0 {
		return c.lbl.kind != labelNone
	}
	if c.lbl.bullet || isField(rest) {
		// An item of a bulleted list ("- Designate primary contact for
		// Company") and a form field ("Contact Person: [Name]", "Payment
		// terms: net 30") are short and have no period, but they are
		// content.
		return false
	}
	if c.words > 8 || len(rest) > 70 || (endsSentence(rest) && !st.dottedTitle(i, c, rest)) {
		return false
	}
	if !hasLetter(rest) || digitCount(rest) >= 5 || st.tableRow(c) {
		return false
	}
	commas, dots := 0, 0
	for k, r := range rest {
		switch r {
		case '·', '|', '•':
			// "Real estate photography · Drone · Floor plans": a
			// tagline or a letterhead's run of details.
			dots++
		case '"':
			// A defined term or a party line, but not the gershayim of
			// an acronym between two Hebrew letters ("ע"י", "מע"מ").
			if k == 0 || k+1 >= len(rest) || !hebrew.IsLetter(rest[k-1]) || !hebrew.IsLetter(rest[k+1]) {
				return false
			}
		case '@':
			return false // contact details
		case '(':
			// A qualifier follows a title; a line in brackets is none.
			if !hasLetter(rest[:k]) || !qualifier(rest[k:]) {
				return false // a party line, a date or a count
			}
		case ',':
			commas++
		}
	}
	if commas >= 2 || dots >= 2 {
		return false
	}
	if opens(c, st.e.sections.parties) || st.recitalOpener(c) || st.partyName(i) {
		return false
	}
	if c.lbl.kind == labelNone {
		return c.words <= 8
	}
	return c.words <= 6
}

// partyName reports whether line i names a party: it follows a line that
// only opens the parties ("BETWEEN:", "AND:", "בין:", "לבין:"), so "THE
// OWNERS, STRATA PLAN EPS4412" is a name, not the heading of the address
// lines under it.
func (st *structurer) partyName(i int) bool {
	rs := st.doc.norm.Runes
	for j := i - 1; j >= 0; j-- {
		p := &st.doc.clauses[j]
		s, t := p.start, p.end
		for s < t && rs[s] == ' ' {
			s++
		}
		for t > s && (rs[t-1] == ' ' || rs[t-1] == ':') {
			t--
		}
		if s == t {
			continue // an empty line
		}
		if t-s > len("by and between") {
			return false
		}
		switch string(rs[s:t]) { // compared only, so no allocation
		case "between", "by and between", "and", "בין", "לבין", "ובין":
			return true
		}
		return false
	}
	return false
}

// tableRow reports whether a line's text holds two cells of a table, a
// tab between two of its words in the original text (normalization turns
// tabs into spaces): "2\tTermite Protection Plan – year 1\tIncluded" is
// a row of a price table, and the rows after it are not under it.
func (st *structurer) tableRow(c *clause) bool {
	a, b := st.doc.norm.Span(c.start+c.lbl.rest, c.end)
	line := strings.TrimSpace(st.doc.orig.slice(a, b))
	tab := strings.IndexByte(line, '\t')
	return tab > 0 && strings.TrimSpace(line[tab:]) != ""
}

// qualifier reports whether p, from an opening parenthesis to the end of
// a heading line, is a short qualifier of the heading: "לוחות זמנים
// (משוערים)", "Timeline (indicative)", "השירותים המוזמנים (סמן X)",
// "תנאי ביטול (ע"י המזמין, בהודעה במייל)". Up to four words with no
// digit, closing the line.
func qualifier(p []rune) bool {
	end := len(p) - 1
	for end > 0 && p[end] == ' ' {
		end--
	}
	if end < 2 || p[end] != ')' {
		return false
	}
	inner := p[1:end]
	if indexRune(inner, '(') >= 0 || digitCount(inner) > 0 {
		return false
	}
	return countWords(inner) <= 4
}

// recitalOpener reports whether clause c opens with a recital word
// ("הואיל", "Background") and is not a short heading of background and
// goals ("רקע ומטרות"), whose content the parties agree; a recital that
// speaks of goals ("WHEREAS the Client wishes to meet its objectives")
// is still a recital.
func (st *structurer) recitalOpener(c *clause) bool {
	if c.titleEnd > 0 && !recitalTitle(st.doc.norm.Runes, c, st.e.sections.recitals) {
		// "4. Background Screening Services. The following is added…"
		// opens with a recital word but is titled otherwise.
		return false
	}
	return opens(c, st.e.sections.recitals) && !(c.words <= 4 && hasGroup(c, st.e.sections.goals))
}

// isLeadIn reports whether a heading-like line ends with a colon and
// reads as the start of a sentence ("The Client agrees to:", "הלקוח מתחייב
// כדלקמן:") rather than as a title.
func (st *structurer) isLeadIn(c *clause, line []rune) bool {
	k := len(line) - 1
	for k >= 0 && line[k] == ' ' {
		k--
	}
	return k >= 0 && line[k] == ':' && c.words >= 2 && hasGroup(c, st.e.sections.leadIn)
}

// listLeadWords bounds a sentence that introduces a list: longer lines
// that end with a colon are paragraphs, not lead-ins.
const listLeadWords = 25

// listLead reports whether an unnumbered line that ends with a colon opens
// the bulleted list on the next line: "Here's what I can do:" after a
// greeting, "A few things from our side:".
func (st *structurer) listLead(i int, c *clause, line []rune) bool {
	if c.lbl.kind != labelNone || c.words > listLeadWords || !endsWithColon(line) || i+1 >= len(st.doc.clauses) {
		return false
	}
	n := &st.doc.clauses[i+1]
	return st.e.labels.parseLabel(st.doc.norm.Runes[n.start:n.end]).bullet
}

// chatListLead reports whether a chat message's first line ends with a
// colon and the message goes on below it: the lines without a time stamp
// that follow are the list it introduces.
func (st *structurer) chatListLead(i int, c *clause, line []rune) bool {
	if !endsWithColon(line) || i+1 >= len(st.doc.clauses) {
		return false
	}
	// The lead-in is the message's last sentence: "All good. I'd move it
	// onto my hosting (…). For a cafe site what I normally do is:".
	body := line[c.lbl.rest:]
	if countWords(body[lastSentence(body):]) > listLeadWords {
		return false
	}
	n := &st.doc.clauses[i+1]
	return !chatStamp(st.doc.norm.Runes[n.start:n.end])
}

// lastSentence returns the offset in line where its last sentence starts.
func lastSentence(line []rune) int {
	for k := len(line) - 2; k >= 0; k-- {
		if isSentenceBreak(line, k) {
			k++
			for k < len(line) && line[k] == ' ' {
				k++
			}
			return k
		}
	}
	return 0
}

// isField reports whether a line is a label and its value: a colon after
// a word (or a closing bracket) with something other than white space
// after it.
func isField(rest []rune) bool {
	for k, r := range rest {
		if r != ':' {
			continue
		}
		if k == 0 || !unicode.IsLetter(rest[k-1]) && rest[k-1] != ')' && rest[k-1] != ']' {
			return false // "10:00", "1:1", a label of its own
		}
		for _, v := range rest[k+1:] {
			if v != ' ' {
				return true
			}
		}
		return false
	}
	return false
}

// dottedTitle accepts a numbered title that ends with a period ("7.
// INTELLECTUAL PROPERTY.", "7. מועדים.") when the next line opens its first
// sub-clause (7.1): at most three words, or at most six when every Latin
// word is capitalized in the original, which a sentence is not. A short
// item of a list ("1. פיתוח אתר.") is followed by its sibling instead.
func (st *structurer) dottedTitle(i int, c *clause, rest []rune) bool {
	if c.lbl.kind != labelDotted || rest[len(rest)-1] != '.' || i+1 >= len(st.doc.clauses) {
		return false
	}
	n := &st.doc.clauses[i+1]
	next := st.e.labels.parseLabel(st.doc.norm.Runes[n.start:n.end])
	line := st.doc.norm.Runes[c.start:c.end]
	if next.kind != labelDotted || next.depth != c.lbl.depth+1 ||
		topNumber(st.doc.norm.Runes[n.start:n.end], next) != topNumber(line, c.lbl) {
		return false
	}
	if c.words <= 3 {
		return true
	}
	return c.words <= 6 && capitalized(rest[:len(rest)-1], st.doc.orig, &st.doc.norm.Offsets, c.start+c.lbl.rest)
}

// startsWith reports whether a phrase of the group opens clause c's text,
// after its numbering (a space or a mark of emphasis may stand first).
func (e *Engine) startsWith(c *clause, group string) bool {
	return opens(c, e.lex.id(group))
}

// opens reports whether a phrase of group g opens clause c's text (see
// startsWith). The clause's hits are sorted by start, so only those at the
// opening are looked at.
func opens(c *clause, g int) bool {
	from := c.start + c.lbl.rest
	for k := firstFrom(c.hits, from); k < len(c.hits) && int(c.hits[k].start) <= from+1; k++ {
		if int(c.hits[k].group) == g {
			return true
		}
	}
	return false
}

// hasGroup reports whether clause c holds a phrase of group g.
func hasGroup(c *clause, g int) bool {
	for _, h := range c.hits {
		if int(h.group) == g {
			return true
		}
	}
	return false
}

// titleHasGroup reports whether a phrase of group g lies inside clause c's
// title; the hits before the title are skipped by a binary search.
func titleHasGroup(c *clause, g int) bool {
	s, t := c.titleSpan()
	for k := firstFrom(c.hits, s); k < len(c.hits) && int(c.hits[k].start) < t; k++ {
		if h := c.hits[k]; int(h.group) == g && int(h.stop()) <= t {
			return true
		}
	}
	return false
}

// recitalTitle reports whether clause c's title names the recitals: a
// heading line with a recital word ("RECITALS", "רקע"), or an inline title
// that is the recital word itself ("1. Background. The Client runs…"). An
// inline title that goes on past it names something else: "4. Background
// Screening Services. The following is added…" is an operative clause.
func recitalTitle(rs []rune, c *clause, g int) bool {
	s, t := c.titleSpan()
	for k := firstFrom(c.hits, s); k < len(c.hits) && int(c.hits[k].start) < t; k++ {
		if h := c.hits[k]; int(h.group) == g && int(h.stop()) <= t && (c.heading || !hasLetter(rs[h.stop():t])) {
			return true
		}
	}
	return false
}

// sectionGroups are the ids of the section groups that the structure pass
// tests on every line, resolved once in New (-1 for a group no lexicon
// has, which no hit carries).
type sectionGroups struct {
	letter, parties, address, recitals, definitions, leadIn, signatures, signatureWords, greeting int
	// goals marks a background heading that also names the parties'
	// goals ("רקע ומטרות", "Background and objectives"): what it holds
	// is agreed, not recited.
	goals int
	// fromLine, speakerSupplier and speakerClient serve speakerRoles.
	fromLine, speakerSupplier, speakerClient int
}

func (lx *lexicon) resolveSectionGroups() sectionGroups {
	id := func(kind string) int { return lx.id(sectionGroup(kind)) }
	return sectionGroups{
		letter: id("letter"), parties: id("parties"), address: id("address"), recitals: id("recitals"),
		definitions: id("definitions"), leadIn: id("lead_in"), signatures: id("signatures"),
		signatureWords: id("signature_words"), greeting: id("greeting"), goals: id("goals"),
		fromLine: id("from_line"), speakerSupplier: id("speaker_supplier"), speakerClient: id("speaker_client"),
	}
}
