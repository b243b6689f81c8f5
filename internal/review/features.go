package review

import (
	"strings"
	"unicode"

	"github.com/heskem/heskem/internal/hebrew"
)

// feature is a bit set of the structural signals a clause carries.
type feature uint16

const (
	fAmount feature = 1 << iota
	fPercent
	fDate
	fDuration
	fEmail
	fPhone
	fPayForm // שוטף + N, net N
	fPlaceholder
	fVague
	fDates2 // two or more dates
	// fPersonalEmail marks an e-mail address of a person (dana.levi@…),
	// not of a function (info@, support@, office@).
	fPersonalEmail
	// fAddress marks a postal address given as a field ("כתובת: רחוב
	// הסדנאות 4, הרצליה", "Registered office: 1 Market Street"): the
	// street's words ("הסדנאות", "Market") are a name, not an item.
	fAddress
	// fTaxed marks an amount whose VAT or GST is stated ("$210 + gst per
	// hive", "4,200 ש"ח בתוספת מע"מ"): only a price is stated with its
	// tax, not an insurance limit or a cap.
	fTaxed
	// fHours marks a range of hours of the day ("9am–5pm", "10:00–14:00",
	// "מ-08:00 עד 16:00"); beside a date it is when a one-day job or event
	// starts and ends.
	fHours
	// fServiceLine marks a quote's line of work: a Hebrew action noun
	// with its object, a colon, and what it holds ("צביעת דירת 4 חדרים: 2
	// שכבות סופרקריל, שפכטל ותיקון סדקים", "התקנת מערכת מצלמות: 4
	// מצלמות IP, מקליט NVR").
	fServiceLine
)

func (f feature) has(x feature) bool { return f&x != 0 }

// assignFeatures marks every clause with the scanner's tokens that start in
// it.
func (e *Engine) assignFeatures(doc *document) {
	mark := func(p int, f feature) {
		if i := doc.clauseAt(p); i >= 0 {
			doc.clauses[i].feat |= f
		}
	}
	sc := doc.sc
	for _, t := range sc.amounts {
		mark(t.start, fAmount)
		if t.vat != "unstated" {
			mark(t.start, fTaxed)
		}
	}
	for _, t := range sc.percents {
		mark(t.start, fPercent)
	}
	for _, t := range sc.dates {
		if a, _ := doc.norm.Span(t.start, t.end); !documentDate(doc.orig.slice(a-documentDateReach, a)) {
			mark(t.start, fDate)
		}
	}
	for _, t := range sc.durations {
		mark(t.start, fDuration)
	}
	for _, t := range sc.emails {
		mark(t.start, fEmail)
		if a, b := doc.norm.Span(t.start, t.end); personalEmail(doc.orig.slice(a, b)) {
			mark(t.start, fPersonalEmail)
		}
	}
	for _, t := range sc.phones {
		mark(t.start, fPhone)
	}
	for _, t := range sc.eomPlus {
		mark(t.start, fPayForm)
	}
	// Dual forms (יומיים, שנתיים) and durations in words ("six months")
	// are durations without digits.
	for _, h := range doc.hits {
		if e.isWordDuration(h.group) {
			mark(int(h.start), fDuration)
		}
	}
	// Two dates in one clause are a range or a sequence of dated steps.
	for i := range doc.clauses {
		c := &doc.clauses[i]
		if c.feat.has(fDate) && countIn(sc.dates, c.start, c.end) >= 2 {
			c.feat |= fDates2
		}
		if c.feat.has(fDate) && hoursRange(doc.norm.Runes[c.start:c.end]) {
			c.feat |= fHours
		}
		if e.serviceLine(doc, c) {
			c.feat |= fServiceLine
		}
	}
}

// serviceLine reports whether clause c is a line of work in a quote or an
// order: a few words (serviceHeadWords) that open with an action noun
// (actionNoun in Hebrew, englishActionNoun in English) naming no other
// item, then a colon or a dash, then a list (two commas or more) or a
// quantity; or a colon followed by a list that opens with such a noun. A price list's lines and a work
// order's items are written so; the action noun says that something is
// done, and the list says what. "ביטול: עד 14 יום לפני האירוע, 50%, …"
// opens with a word of termination, and "תשלום: …" with one of payment.
func (e *Engine) serviceLine(doc *document, c *clause) bool {
	rs := doc.norm.Runes[c.start+c.lbl.rest : c.end]
	sep := -1
	for k, r := range rs {
		if k > 60 {
			break
		}
		if r == ':' || (r == '-' && k > 0 && rs[k-1] == ' ') {
			sep = k
			break
		}
	}
	if sep <= 0 || countWords(rs[:sep]) > serviceHeadWords {
		return e.includesWork(doc, c, rs)
	}
	rest := rs[sep+1:]
	// The action noun opens the line ("צביעת דירת 4 חדרים: …") or the list
	// after the colon ("יבוצעו: החלפת לוח החשמל, התקנת ממסר פחת, …").
	base := c.start + c.lbl.rest
	isAction := func(ws, wt int) bool { return actionAt(doc, rs, base, ws, wt) }
	commas, digit := 0, false
	for _, r := range rest {
		if r == ',' {
			commas++
		}
		digit = digit || isDigit(r)
	}
	if commas == 1 && joinedLast(rest) {
		// A Hebrew list joins its last item with ו and no comma:
		// "פירוק המטבח, התקנת ארונות והרכבת משטח" is three lines of
		// work.
		commas++
	}
	ws, wt, ok := firstWord(rs, 0, sep)
	if !ok || !isAction(ws, wt) {
		// A list of actions after the colon needs to be a list: "Re:
		// extension of the agreement dated 3 March 2025" is a subject.
		if ws, wt, ok = firstWord(rs, sep+1, len(rs)); !ok || !isAction(ws, wt) || commas < 2 {
			return false
		}
	}
	if commas < 2 && !digit {
		return false
	}
	// The action noun names no other item ("ביטול", "תשלום", "הזמנת").
	return !e.otherItemWord(c, int32(base+ws), int32(base+wt))
}

// joinedLast reports whether the text after the last comma of a list
// holds its last item, an action noun joined by ו.
func joinedLast(rest []rune) bool {
	k := len(rest) - 1
	for k >= 0 && rest[k] != ',' {
		k--
	}
	found := false
	eachNextWord(rest, k+1, len(rest), func(w []rune) bool {
		if len(w) > 2 && w[0] == 'ו' && hebrew.IsLetter(w[1]) && actionNoun(w[1:]) {
			found = true
		}
		return !found
	})
	return found
}

// includesWork reports whether a clause says that the work, the offer or
// the package includes an action, the noun of the action right after the
// verb of inclusion: "ההצעה כוללת ניקיון יסודי של הדירה", "ההדרכה תכלול
// הכנת חומרים", "The service includes cleaning of all windows". rs is the
// clause after its label. The action noun is read by its shape, as in a
// line of work, and names no other item ("כולל ביטול", "includes
// termination").
func (e *Engine) includesWork(doc *document, c *clause, rs []rune) bool {
	g := e.masks.inclusion
	if g < 0 {
		return false
	}
	base := c.start + c.lbl.rest
	for _, h := range c.hits {
		if int(h.group) != g || h.neg || int(h.start) < base {
			continue
		}
		ws, wt := int(h.start)-base, int(h.stop())-base
		if !hebrew.IsLetter(rs[ws]) {
			// English is stemmed: only the present says what the work
			// holds ("includes"), not "included" or "including".
			a, b := doc.norm.Span(base+ws, base+wt)
			if w := strings.ToLower(doc.orig.slice(a, b)); w != "includes" && w != "include" && w != "comprises" && w != "comprise" {
				continue
			}
		}
		// The action noun follows the verb, after "את" or "the" at most.
		ns, nt := nextWordSpan(rs, wt)
		if ns >= 0 && wordIn(rs[ns:nt], inclusionFillers[:]) {
			ns, nt = nextWordSpan(rs, nt)
		}
		if ns < 0 {
			continue
		}
		if actionAt(doc, rs, base, ns, nt) && !e.otherItemWord(c, int32(base+ns), int32(base+nt)) {
			return true
		}
	}
	return false
}

// actionAt reports whether the word rs[ws:wt], rs starting at base in the
// normalized text, is the noun of an action: by its shape in Hebrew, by its
// suffix in English, read in the original text because the normalized one
// is stemmed.
func actionAt(doc *document, rs []rune, base, ws, wt int) bool {
	if hebrew.IsLetter(rs[ws]) {
		return actionNoun(rs[ws:wt])
	}
	a, b := doc.norm.Span(base+ws, base+wt)
	return englishActionNoun(doc.orig.slice(a, b))
}

// nextWordSpan returns the span of the first word of rs at or after i, or
// -1, -1 when none is left.
func nextWordSpan(rs []rune, i int) (int, int) {
	for i < len(rs) && !isWordRune(rs[i]) {
		i++
	}
	if i >= len(rs) {
		return -1, -1
	}
	j := i
	for j < len(rs) && (isWordRune(rs[j]) || rs[j] == '"') {
		j++
	}
	return i, j
}

// inclusionFillers are the words that may stand between a verb of
// inclusion (the signal "inclusion") and its action noun, in normalized
// form.
var inclusionFillers = [...]string{"את", "גמ", "the", "also"}

// otherItemWord reports whether a strong, weak or heading cue of an item
// other than scope overlaps [s, t) in clause c: "ביטול", "תשלום",
// "Cancellation" name the item they belong to, not a line of work.
func (e *Engine) otherItemWord(c *clause, s, t int32) bool {
	for _, h := range c.hits {
		if h.start >= t {
			break
		}
		if gi := e.ginfo[h.group]; h.stop() > s && gi.item >= 0 && gi.item != e.masks.scope && (gi.family == famStrong || gi.family == famWeak || gi.family == famHeading) {
			return true
		}
	}
	return false
}

// serviceHeadWords bounds the words before the colon of a line of work:
// "צביעת דירת 4 חדרים (כ-95 מ"ר):", "המהנדס יבצע פיקוח עליון על עבודות
// השלד:".
const serviceHeadWords = 8

// firstWord returns the span of the word of letters (Hebrew or Latin) that
// opens rs[from:to] after spaces, and false when none does.
func firstWord(rs []rune, from, to int) (int, int, bool) {
	i := from
	for i < to && rs[i] == ' ' {
		i++
	}
	j := i
	for j < to && (hebrew.IsLetter(rs[j]) || (rs[j] >= 'a' && rs[j] <= 'z')) {
		j++
	}
	return i, j, j > i
}

// englishActionNoun reports whether an English word, as written, is a noun
// of an action by its suffix: "Painting", "Installation", "Replacement",
// "Maintenance", "Removal".
func englishActionNoun(w string) bool {
	w = strings.ToLower(w)
	if len(w) < 6 {
		return false
	}
	for _, suf := range [...]string{"ing", "tion", "sion", "ment", "ance", "ence", "val"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// actionNoun reports whether a folded Hebrew word has the shape of a verbal
// noun in the construct state or of the commonest action nouns, which a
// quote's line of work opens with: הַקְטָלַת ("התקנת", "החלפת", "הוספת"),
// קְטִילַת ("צביעת", "בדיקת", "כתיבת"), קִיטּוּל ("ניקוי", "תיקון", "עיצוב",
// "צילום"), the four-letter קִטְלוּל ("תרגום", "שדרוג") and אַקְטָלַת
// ("אחזקת", "אספקת"); "ניקיון" too.
// Without vowels the shape is a guess; serviceLine asks for a list after
// it as well.
func actionNoun(w []rune) bool {
	n := len(w)
	switch {
	case n == 4 && w[0] == 'ה' && w[3] == 'ת': // הכנת, הסרת, הגשת
		return true
	case n == 5 && w[0] == 'ה' && w[4] == 'ת': // התקנת, החלפת, הוספת
		return true
	case n == 5 && w[2] == 'י' && w[4] == 'ת': // צביעת, בדיקת, בניית
		return true
	case n == 5 && w[0] == 'א' && w[4] == 'ת': // אחזקת, אספקת, אבטחת
		return true
	case n == 5 && w[3] == 'ו': // ניקוי, תיקון, עיצוב, צילום, תרגום
		return true
	case n == 6 && w[1] == 'י' && w[3] == 'י' && w[4] == 'ו': // ניקיון
		return true
	}
	return false
}

// hoursRange reports whether line holds a range of hours of the day: two
// times joined by a dash, "to", "until" or "עד" ("9am–5pm", "10:00 - 14:00",
// "08:00 עד 16:00"), at least one of them written as a time (with minutes
// or am/pm), so that "10-12 days" is no range of hours. A chat's time
// stamp is followed by the sender's name, not by a second time.
func hoursRange(line []rune) bool {
	for i := 0; i < len(line); i++ {
		if !isDigit(line[i]) || (i > 0 && (isDigit(line[i-1]) || line[i-1] == ':' || line[i-1] == '/' || line[i-1] == '.')) {
			continue
		}
		end, clock, ok := timeAt(line, i)
		if !ok {
			continue
		}
		j := end
		for j < len(line) && line[j] == ' ' {
			j++
		}
		switch {
		case j < len(line) && line[j] == '-':
			j++
		case hasWordAt(line, j, "to"), hasWordAt(line, j, "עד"):
			j += 2
		case hasWordAt(line, j, "until"):
			j += 5
		case j+1 < len(line) && line[j] == 'ל' && (line[j+1] == '-' || isDigit(line[j+1])):
			// "בין 10:00 ל-14:00"
			j++
			if line[j] == '-' {
				j++
			}
		default:
			i = end
			continue
		}
		for j < len(line) && line[j] == ' ' {
			j++
		}
		if j < len(line) && isDigit(line[j]) {
			if _, clock2, ok := timeAt(line, j); ok && (clock || clock2) {
				return true
			}
		}
		i = end
	}
	return false
}

// timeAt reads a time of day at i: H or HH, then ":MM" and/or "am"/"pm".
// clock reports whether it is written as a time (minutes or am/pm), not a
// bare number.
func timeAt(line []rune, i int) (end int, clock, ok bool) {
	j := i
	for j < len(line) && j-i < 2 && isDigit(line[j]) {
		j++
	}
	if j < len(line) && isDigit(line[j]) {
		return 0, false, false // three digits or more: no hour
	}
	h := 0
	for _, r := range line[i:j] {
		h = h*10 + int(r-'0')
	}
	if h > 24 {
		return 0, false, false
	}
	if j+2 < len(line) && line[j] == ':' && isDigit(line[j+1]) && isDigit(line[j+2]) {
		j += 3
		clock = true
	}
	k := j
	if k < len(line) && line[k] == ' ' {
		k++ // "9 am"
	}
	if k+1 < len(line) && (line[k] == 'a' || line[k] == 'p') && line[k+1] == 'm' && (k+2 >= len(line) || !isWordRune(line[k+2])) {
		j, clock = k+2, true
	}
	if j < len(line) && isWordRune(line[j]) {
		return 0, false, false // "10-12 days" reads "12" then a word
	}
	return j, clock, true
}

// hasWordAt reports whether word w stands at position i of line, as a
// whole word.
func hasWordAt(line []rune, i int, w string) bool {
	k := i
	for _, r := range w {
		if k >= len(line) || line[k] != r {
			return false
		}
		k++
	}
	return k >= len(line) || !isWordRune(line[k])
}

// decideDateOrder chooses how to read numeric dates such as 03/04/2026.
// A field above 12 settles it for the whole document; otherwise Hebrew and
// Israeli documents are day-first, and an English document is month-first
// only when it shows United States context (dollars, a US state or
// company form).
func (e *Engine) decideDateOrder(doc *document) {
	dayFirstVotes, monthFirstVotes := 0, 0
	for _, d := range doc.sc.dates {
		switch {
		case d.a > 12:
			dayFirstVotes++
		case d.b > 12:
			monthFirstVotes++
		}
	}
	usContext := false
	if g, ok := e.sig["us_context"]; ok {
		for _, h := range doc.hits {
			if int(h.group) == g {
				usContext = true
				break
			}
		}
	}
	switch {
	case dayFirstVotes > monthFirstVotes:
		doc.dayFirst, doc.dateNote = true, "day-first: the document writes dates with a day above 12 first"
	case monthFirstVotes > dayFirstVotes:
		doc.dayFirst, doc.dateNote = false, "month-first: the document writes dates with a day above 12 second"
	case doc.lang == "he":
		doc.dayFirst, doc.dateNote = true, "day-first: Israeli convention for a Hebrew document"
	case usContext:
		doc.dayFirst, doc.dateNote = false, "month-first: United States context (US parties, law or dollars)"
	default:
		doc.dayFirst, doc.dateNote = true, "day-first: Israeli and European convention; no United States context found"
	}
	for i := range doc.sc.dates {
		d := &doc.sc.dates[i]
		if d.a == 0 {
			continue
		}
		if doc.dayFirst {
			d.d, d.m = d.a, d.b
		} else {
			d.m, d.d = d.a, d.b
		}
		if d.m > 12 { // the other order is the only valid one
			d.d, d.m = d.m, d.d
		}
	}
}

// functionalMailboxes are the local parts of e-mail addresses that reach a
// function rather than a person: "generic support addresses" are not
// contacts (RUBRIC).
var functionalMailboxes = map[string]bool{
	"info": true, "office": true, "support": true, "contact": true, "contactus": true, "hello": true, "hi": true,
	"admin": true, "sales": true, "noc": true, "service": true, "services": true, "billing": true, "accounts": true,
	"accounting": true, "legal": true, "finance": true, "hr": true, "jobs": true, "help": true, "helpdesk": true,
	"team": true, "mail": true, "enquiries": true, "inquiries": true, "orders": true, "privacy": true, "dpo": true,
	"security": true, "it": true, "reception": true, "studio": true, "booking": true, "bookings": true,
	"customerservice": true, "noreply": true, "no-reply": true, "webmaster": true, "marketing": true,
	"purchasing": true, "procurement": true, "invoices": true, "invoice": true, "payments": true, "notices": true,
	"cs": true, "care": true, "tenders": true, "michrazim": true, "rechesh": true, "sherut": true, "moked": true,
	"infosec": true, "cybersecurity": true, "incidents": true, "incident": true, "compliance": true,
	"dataprotection": true, "gdpr": true, "abuse": true, "servicedesk": true, "operations": true, "ops": true,
	"cfo": true, "ceo": true, "cto": true, "coo": true, "payroll": true, "ap": true, "ar": true, "accountspayable": true, "projects": true, "crm": true,
	"complaints": true, "feedback": true, "enquiry": true, "inquiry": true, "press": true, "media": true,
	"careers": true, "contracts": true, "claims": true, "returns": true, "warranty": true, "hotline": true,
	"reservations": true, "events": true, "customers": true, "clients": true, "membership": true,
	"admissions": true, "dispatch": true, "scheduling": true, "accessibility": true,
}

// personalEmail reports whether an e-mail address, as written, belongs to
// a person: its local part is not a functional mailbox, not the name of
// the domain ("acme@acme.co.il"), and looks like a name: words joined by a
// dot, dash or underscore ("dana.levi"), or one word short enough to be a
// first name or initials ("kobi", "dlevi"). A long single word
// ("iconairisrael@gmail.com") is a business's mailbox.
func personalEmail(addr string) bool {
	local, domain, ok := strings.Cut(addr, "@")
	// "ל-hello@…": a Hebrew prefix written before the address is not
	// part of it.
	local = strings.TrimLeftFunc(strings.ToLower(strings.TrimSpace(local)), func(r rune) bool {
		return r > unicode.MaxASCII || r == '-'
	})
	if !ok || local == "" || functionalMailboxes[local] {
		return false
	}
	if label, _, _ := strings.Cut(strings.ToLower(domain), "."); label == local {
		return false
	}
	word := strings.TrimRightFunc(local, unicode.IsDigit)
	if strings.ContainsAny(word, "._-") {
		return true
	}
	return len(word) <= maxFirstNameMailbox
}

// maxFirstNameMailbox is the longest one-word local part still read as a
// person's (a first name, or an initial and a surname).
const maxFirstNameMailbox = 10

// documentDateReach is how many characters before a date documentDate
// reads: enough for a document's name and number ("הצעת המחיר מס' 1184
// מיום").
const documentDateReach = 60

// documentDate reports whether a date whose original text is preceded by
// before names a document rather than a time of the work: "Quotation No.
// Q-1187 dated January 20, 2025", "ההסכם מיום 15/03/2023", "הצעת המחיר
// מתאריך 2.1.2026". Such a date belongs to a pointer and says nothing of
// when the work starts or payment falls due.
func documentDate(before string) bool {
	w := strings.Fields(before)
	if len(w) == 0 {
		return false
	}
	word := func(k int) string { return strings.Trim(w[k], ",;:()\"'") }
	last := word(len(w) - 1)
	switch strings.ToLower(last) {
	case "dated", "revised", "updated":
		// "Quotation … dated 20 January", "Rates last revised
		// 01/06/2025", "Last updated: 1 March 2026": the date of a
		// document or of its version.
		return true
	}
	if len(w) >= 2 && (last == "אחרון" && word(len(w)-2) == "עדכון" ||
		last == "לאחרונה" && strings.HasPrefix(w[len(w)-2], "עודכ")) {
		// "עדכון אחרון: 12.1.2026", "עודכנו לאחרונה ביום".
		return true
	}
	if (last != "מיום" && last != "מתאריך") || len(w) < 2 {
		return false
	}
	// "הצעת המחיר מס' 1184 מיום": the document's number stands between
	// its name and the date.
	k := len(w) - 2
	for k > 0 && (word(k) == "מס" || w[k] == "מספר" || strings.IndexFunc(w[k], unicode.IsDigit) >= 0) {
		k--
	}
	switch strings.TrimPrefix(word(k), "ו") {
	case "הסכם", "ההסכם", "חוזה", "החוזה", "הצעה", "ההצעה", "הצעתנו", "הצעתי", "המחיר", "מכתב", "המכתב", "הזמנה", "ההזמנה", "התוספת", "תוספת", "נספח", "הנספח", "פרוטוקול", "הפרוטוקול", "סיכום", "הסיכום":
		return true
	}
	return false
}
