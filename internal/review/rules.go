package review

import "sort"

// signalBit returns the bit of a signal group in clauseCues.signals.
func (e *Engine) signalBit(g int) (uint64, bool) {
	if g < 0 || g >= len(e.sigBits) || e.sigBits[g] == 0 {
		return 0, false
	}
	return e.sigBits[g], true
}

// sigMask returns the bits of the named signals.
func (e *Engine) sigMask(names ...string) uint64 {
	var m uint64
	for _, n := range names {
		if g, ok := e.sig[n]; ok && g < len(e.sigBits) {
			m |= e.sigBits[g]
		}
	}
	return m
}

// sigGroup returns the group of the named signal, or -1.
func (e *Engine) sigGroup(name string) int {
	if g, ok := e.sig[name]; ok {
		return g
	}
	return -1
}

// signalMasks are the bits of the signals that rules test in a loop over
// clauses or items, resolved once by name in New (a signal missing from the
// lexicons has no bits, as sigMask gives it).
type signalMasks struct {
	duty, unchanged, payVerb, payment, delay, breach, otherPeriod, workLength, role, contactVerb, tax, unreachable, onRequest, honorific, givenName uint64
	// additional is the item bit of additional services (not a signal).
	additional uint32
	// schedule and scheduleStart locate the start words of a timeline
	// ("from", "of receipt", "ממועד"), after which a payment word is the
	// event a period runs from, not a payment term.
	schedule, scheduleStart int8
	// scope is the item index of scope (see serviceLine).
	scope int8
	// inclusion is the group of the verbs of inclusion ("כוללת",
	// "includes"), -1 when the lexicons have none (see includesWork).
	inclusion int
}

func (e *Engine) resolveSignalMasks() signalMasks {
	return signalMasks{
		duty: e.sigMask("duty"), unchanged: e.sigMask("unchanged"), payVerb: e.sigMask("pay_verb"),
		payment: e.sigMask("payment"), delay: e.sigMask("delay"), breach: e.sigMask("breach"),
		otherPeriod: e.sigMask("other_period"), workLength: e.sigMask("work_length"), role: e.sigMask("role"),
		contactVerb: e.sigMask("contact_verb"), tax: e.sigMask("tax"), unreachable: e.sigMask("unreachable"),
		onRequest: e.sigMask("on_request"), honorific: e.sigMask("honorific"), givenName: e.sigMask("given_name"),
		additional:    1 << uint(itemIndex("additional_services")),
		schedule:      int8(itemIndex("schedule")),
		scheduleStart: int8(checkIndex(&catalog[itemIndex("schedule")], "start")),
		scope:         int8(itemIndex("scope")),
		inclusion:     e.sigGroup("inclusion"),
	}
}

// structureBonus scores the structural cues of an item in a clause: a
// payment clause carries an amount and a time term; a sanction carries an
// amount or rate tied to breach or delay; contacts carry e-mail or phone
// with a role; a timeline carries dates with start or end words.
//
// phrased holds the items with a strong or weak phrase in the clause, for
// the structure that means one item or another by the words beside it.
func (e *Engine) structureBonus(it int, f feature, cc *clauseCues, phrased uint32) float32 {
	chk := func(name string) bool {
		k := checkIndex(&catalog[it], name)
		return k >= 0 && cc.checks[it]&(1<<uint(k)) != 0
	}
	m := &e.masks
	sig := func(mask uint64) bool { return cc.signals&mask != 0 }
	switch catalog[it].id {
	case "payment":
		if (f.has(fTaxed) || (f.has(fPercent) && sig(m.tax))) && phrased&m.additional == 0 {
			// An amount stated with its VAT is a price, in a chat's
			// answer to "what are you charging?" as in a fee clause,
			// and so is the rate of tax on a price list ("GST 18%
			// extra"); the price of extra work is additional services'.
			return 1.0
		}
		if f.has(fAmount) && (f.has(fPayForm) || f.has(fDuration) || f.has(fDate) || chk("due_time")) {
			return 0.5
		}
		if f.has(fAmount) || f.has(fPayForm) {
			return 0.3
		}
	case "scope":
		if f.has(fServiceLine) {
			// A quote's line of work: what is done, and what it holds.
			return 1.0
		}
	case "additional_services":
		if f.has(fAmount) && sig(m.onRequest) {
			// A price for something offered on request ("Garden waste
			// on request KES 2,500 per trip", "קריאה נפרדת, 200 ש"ח")
			// is the price of extra work, and the request is how it
			// is ordered.
			return 1.0
		}
	case "late_payment":
		if f.has(fPercent) && sig(m.delay) && sig(m.payment) {
			return 0.5
		}
	case "sanctions":
		if (f.has(fAmount) || f.has(fPercent)) && sig(m.breach|m.delay) && !sig(m.payment) {
			return 0.5
		}
	case "schedule":
		// A timeline is a date or a duration tied to when something
		// starts, ends or is delivered: "from 1.3.2026 until 31.12.2026",
		// "within 90 days of the notice to proceed, the works shall be
		// completed", "Phase 1 will take four weeks from kick-off". Two of
		// start, end, stage (or two dates) make a clause a timeline on
		// their own; one makes it half of one. Periods of another kind
		// (payment terms, notice, warranty, response times, survival) are
		// never more than half. A payment that is only the event a
		// period runs from ("delivered within 5 business days of
		// payment", "תוך 5 ימי עסקים ממועד אישור התשלום") is the start
		// of a delivery period, not a payment term.
		if (sig(m.payment) && !cc.payAnchor) || !(f.has(fDate) || f.has(fDuration)) {
			return 0
		}
		if f.has(fDate) && f.has(fHours) {
			// A date with its hours ("14 & 15 Aug 2025, 9am–5pm",
			// "חמישי 11/9, 07:30 עד 17:00") is when a one-day job or
			// event starts and ends.
			return 1.0
		}
		n := 0
		for _, c := range []string{"start", "end", "milestones"} {
			if chk(c) {
				n++
			}
		}
		if f.has(fDates2) {
			n += 2
		}
		switch {
		case n >= 2 && !sig(m.otherPeriod):
			return 1.0
		case n == 1 && chk("end") && f.has(fDate) && !f.has(fDuration) && !sig(m.otherPeriod):
			// A deadline with its calendar date ("The Contractor shall
			// complete the Works by 31 March 2026") is the end of the
			// work, a timeline in part; a start word with one date is
			// not enough ("from the date of signing", a letter's
			// "further to our call on 12.2.2026").
			return 1.0
		case f.has(fDuration) && sig(m.workLength) && !sig(m.otherPeriod):
			// The length of the whole work or term ("the project will
			// take about three months") is a timeline, if without a
			// start.
			return 1.0
		case n >= 1:
			return 0.5
		}
	case "termination":
		if f.has(fDuration) && chk("notice") {
			return 0.3
		}
	case "contacts":
		if f.has(fPersonalEmail) {
			// A person's own address ("dana.levi@…", "From: Jess
			// Moreno <jess@…>") is a contact detail wherever it
			// stands, except in a signature block.
			return 1.0
		}
		if f.has(fPhone) && sig(m.role|m.contactVerb|m.unreachable|m.honorific|m.givenName) {
			// "For anything on the day, ring Declan on 087 214 6630":
			// a number and whom to call on it; "if I'm not answering,
			// phone Sipho 082 555 0194", "אם אני לא עונה תכתבי לשירן
			// 052-…": the stand-in and the number to reach them on;
			// "עם אב הבית, מר שלום, בטלפון 02-…": a person by title
			// and the number; "מוטי אלקיים, 050-4418730", "Sipho
			// 082 555 0193": a person by a given name and the number.
			return 1.0
		}
	case "communication":
		if f.has(fPhone) && sig(m.contactVerb) {
			// The same line is the channel the parties use.
			return 1.0
		}
	}
	return 0
}

// failedChecks evaluates the rubric's "complete when" sub-checks of an item
// over its clauses and returns those that failed (nil when complete).
func (e *Engine) failedChecks(doc *document, it int, evid, scope []int, cues []clauseCues) []string {
	d := &catalog[it]
	var checks uint8
	var feat feature
	var sigs uint64
	for _, i := range scope {
		checks |= cues[i].checks[it]
		feat |= doc.clauses[i].feat
		sigs |= cues[i].signals
	}
	has := func(name string) bool {
		k := checkIndex(d, name)
		return k >= 0 && checks&(1<<uint(k)) != 0
	}
	sig := func(names ...string) bool { return sigs&e.sigMask(names...) != 0 }
	// clauseWith reports whether one clause of the scope carries all of
	// the features and a check phrase (when named).
	clauseWith := func(f feature, any feature, check string) bool {
		k := checkIndex(d, check)
		for _, i := range scope {
			c := &doc.clauses[i]
			if c.feat&f != f || (any != 0 && c.feat&any == 0) {
				continue
			}
			if k >= 0 && cues[i].checks[it]&(1<<uint(k)) == 0 {
				continue
			}
			return true
		}
		return false
	}
	var missing []string
	need := func(ok bool, name string) {
		if !ok {
			missing = append(missing, name)
		}
	}
	switch d.id {
	case "scope":
		concrete := false
		for _, i := range evid {
			c := &doc.clauses[i]
			if c.words >= 6 && !c.feat.has(fPlaceholder) {
				concrete = true
			}
		}
		need(concrete, "services")
	case "schedule":
		dates := 0
		for _, i := range scope {
			c := &doc.clauses[i]
			if c.feat.has(fDate) {
				dates += countIn(doc.sc.dates, c.start, c.end)
			}
		}
		need(has("start") || dates >= 2, "start")
		need(has("end") || dates >= 2 || (feat.has(fDuration) && sig("period")), "end")
		if has("milestones") {
			need(clauseWith(0, fDate|fDuration, "milestones"), "milestones")
		}
	case "payment":
		need(feat.has(fAmount) || feat.has(fPercent) || has("price"), "price")
		need(feat.has(fPayForm) || has("due_time") || feat.has(fDuration) || feat.has(fDate), "due_time")
	case "late_payment":
		need(has("consequence") || feat.has(fPercent), "consequence")
	case "additional_services":
		need(has("ordering"), "ordering")
		need(has("pricing") || feat.has(fAmount) || feat.has(fPercent), "pricing")
	case "unforeseen":
		need(has("events"), "events")
		need(has("effect"), "effect")
	case "communication":
		need(has("channels") || feat.has(fEmail) || feat.has(fPhone), "channels")
		need(has("rhythm"), "rhythm")
	case "meeting_summaries":
		need(has("written"), "written")
		need(has("distribution"), "distribution")
	case "flexibility":
		need(has("mechanism"), "mechanism")
	case "changes":
		need(has("request"), "request")
		need(has("impact"), "impact")
		need(has("approval"), "approval")
		need(has("in_writing") || sig("writing"), "in_writing")
	case "sanctions":
		amount := clauseWith(0, fAmount|fPercent, "amount_or_rate")
		cure := clauseWith(fDuration, 0, "cure_period")
		if !amount && !cure {
			missing = append(missing, "amount_or_rate", "cure_period")
		}
	case "dispute_resolution":
		need(has("forum"), "forum")
		need(has("governing_law"), "governing_law")
	case "termination":
		need(has("right"), "right")
		need(has("notice"), "notice")
		need(has("effects"), "effects")
	case "collaboration":
		need(has("mutual"), "mutual")
	case "shared_activities":
		need(has("recurring") || len(evid) >= 2, "recurring")
	case "confidentiality":
		// A narrow fragment ("our cleaners don't read papers on desks",
		// "photos are not posted before the launch") deals with the item
		// but leaves the other side's information at large.
		need(has("general_duty"), "general_duty")
	case "intellectual_property":
		need(has("ownership"), "ownership")
	case "liability":
		need(has("cap_or_indemnity"), "cap_or_indemnity")
	case "independent_contractor":
		need(has("status"), "status")
		need(has("no_employment"), "no_employment")
	case "data_protection":
		need(has("handling"), "handling")
	case "contacts":
		need(has("names") || sig("honorific") || sig("given_name") || feat.has(fEmail), "names")
		need(feat.has(fEmail) || feat.has(fPhone), "details")
		need(has("backup"), "backup")
	}
	return missing
}

// countIn counts the dates that start inside [s, t).
func countIn(ds []dateTok, s, t int) int {
	n := 0
	for _, d := range ds[sort.Search(len(ds), func(i int) bool { return ds[i].start >= s }):] {
		if d.start >= t {
			break
		}
		n++
	}
	return n
}
