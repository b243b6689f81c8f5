package review

import (
	"fmt"
	"sort"
	"strings"
)

// extractTerms fills doc.terms from the scanner's tokens, the preamble and
// the lexicon signals.
func (e *Engine) extractTerms(doc *document) {
	sc := doc.sc
	// The lists are sized from the scanner's tokens up front: grown by
	// appending, they would leave copies behind on a long agreement.
	t := Terms{
		Parties: doc.parties, Dates: make([]Date, 0, len(sc.dates)),
		Durations: make([]Duration, 0, len(sc.durations)), Amounts: make([]Amount, 0, len(sc.amounts)),
		Rates: make([]Rate, 0, len(sc.percents)), PaymentTerms: []PaymentTerm{}, GoverningLaw: e.governingLaw(doc),
	}
	for _, d := range sc.dates {
		x := Date{Span: doc.span(d.start, d.end), Value: fmt.Sprintf("%04d-%02d-%02d", d.y, d.m, d.d)}
		if d.a != 0 && d.a <= 12 && d.b <= 12 && d.a != d.b {
			x.Note = doc.dateNote
		}
		if !validDate(d.y, d.m, d.d) {
			continue
		}
		t.Dates = append(t.Dates, x)
	}
	for _, d := range sc.durations {
		x := Duration{Span: doc.span(d.start, d.end), Count: d.count, Unit: d.unit}
		if d.anchorEnd > d.anchorStart {
			x.Anchor, _, _ = doc.quote(d.anchorStart, d.anchorEnd)
		}
		t.Durations = append(t.Durations, x)
	}
	lastEnd := int32(-1)
	for i, h := range doc.hits {
		d := e.wordDur[h.group]
		if d.count == 0 || h.neg || h.stop() <= lastEnd || e.longerDurationAt(doc.hits, i) {
			// "five days" inside "forty-five days" is not a duration
			// of its own.
			continue
		}
		lastEnd = h.stop()
		t.Durations = append(t.Durations, Duration{Span: doc.span(int(h.start), int(h.stop())), Count: d.count, Unit: d.unit})
	}
	sort.SliceStable(t.Durations, func(i, j int) bool { return t.Durations[i].Start < t.Durations[j].Start })
	for _, a := range sc.amounts {
		t.Amounts = append(t.Amounts, Amount{Span: doc.span(a.start, a.end), Value: a.value, Currency: a.currency, VAT: a.vat})
	}
	for _, p := range sc.percents {
		t.Rates = append(t.Rates, Rate{Span: doc.span(p.start, p.end), Percent: p.value, Per: p.per})
	}
	t.PaymentTerms = e.paymentTerms(doc)
	doc.terms = t
}

// span quotes a normalized range as a term span.
func (doc *document) span(s, t int) Span {
	text, a, b := doc.quote(s, t)
	return Span{Text: text, Start: a, End: b}
}

// paymentTerms lists when payment is due: the forms with a number (שוטף +
// N, net N), "within N days of the invoice", and the event forms (on
// signature, on acceptance, by milestones, in advance) found in payment
// clauses.
func (e *Engine) paymentTerms(doc *document) []PaymentTerm {
	out := []PaymentTerm{}
	taken := map[int]bool{}
	for _, p := range doc.sc.eomPlus {
		out = append(out, PaymentTerm{Span: doc.span(p.start, p.end), Kind: p.kind, Days: p.days})
		taken[doc.clauseAt(p.start)] = true
	}
	payment := itemIndex("payment")
	// One flag a clause: a map keyed by clause would grow by rehashing
	// on a long agreement.
	paymentClause := make([]bool, len(doc.clauses))
	mark := func(ci int) {
		if ci >= 0 && ci < len(paymentClause) {
			paymentClause[ci] = true
		}
	}
	for _, ev := range doc.results[payment].evidence {
		mark(ev)
	}
	for _, h := range doc.hits {
		gi := e.ginfo[h.group]
		if int(gi.item) == payment && (gi.family == famStrong || gi.family == famWeak || gi.family == famHeading) {
			mark(doc.clauseAt(int(h.start)))
		}
	}
	inPayment := func(ci int) bool { return ci >= 0 && ci < len(paymentClause) && paymentClause[ci] }
	invoice, hasInvoice := e.sig["invoice"]
	for _, d := range doc.sc.durations {
		ci := doc.clauseAt(d.start)
		if taken[ci] || d.anchorEnd <= d.anchorStart || !hasInvoice || !inPayment(ci) || (d.unit != "days" && d.unit != "business_days") {
			continue
		}
		hs := doc.clauses[ci].hits
		for k := firstFrom(hs, d.anchorStart); k < len(hs) && int(hs[k].start) < d.anchorEnd; k++ {
			h := hs[k]
			if int(h.group) == invoice && int(h.stop()) <= d.anchorEnd {
				out = append(out, PaymentTerm{Span: doc.span(d.start, d.anchorEnd), Kind: "net", Days: d.count})
				taken[ci] = true
				break
			}
		}
	}
	for _, h := range doc.hits {
		if h.neg {
			continue
		}
		if kind := e.payKind[h.group]; kind != "" && inPayment(doc.clauseAt(int(h.start))) {
			out = append(out, PaymentTerm{Span: doc.span(int(h.start), int(h.stop())), Kind: kind})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return dedupeSpans(out, func(p PaymentTerm) Span { return p.Span })
}

// dedupeSpans drops entries that overlap an earlier one.
func dedupeSpans[T any](in []T, span func(T) Span) []T {
	out := in[:0]
	lastEnd := -1
	for _, x := range in {
		s := span(x)
		if s.Start < lastEnd {
			continue
		}
		out = append(out, x)
		lastEnd = s.End
	}
	return out
}

// governingLaw reads "governed by the laws of the State of New York",
// "דיני מדינת ישראל", "the laws of England and Wales".
func (e *Engine) governingLaw(doc *document) []Law {
	out := []Law{}
	israel, hasIsrael := e.sig["law_israel"]
	intro, hasIntro := e.sig["law_of"]
	for _, h := range doc.hits {
		switch {
		case hasIsrael && int(h.group) == israel:
			out = append(out, Law{Span: doc.span(int(h.start), int(h.stop())), Jurisdiction: "Israel"})
		case hasIntro && int(h.group) == intro:
			s, t := int(h.stop()), int(h.stop())
			rs := doc.norm.Runes
			for t < len(rs) && t-s < 60 && !strings.ContainsRune(",.;()\n", rs[t]) {
				t++
			}
			text, _, _ := doc.quote(s, t)
			j := jurisdictionName(text)
			if j == "" {
				continue
			}
			sp := doc.span(int(h.start), t)
			out = append(out, Law{Span: sp, Jurisdiction: j})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return dedupeSpans(out, func(l Law) Span { return l.Span })
}

// jurisdictionName trims "the State of New York, without regard…" to
// "New York".
func jurisdictionName(s string) string {
	s = strings.TrimSpace(s)
	for _, cut := range []string{" without", " excluding", " and the courts", " and any", " applicable", " and subject", " in force"} {
		if i := strings.Index(strings.ToLower(s), cut); i >= 0 {
			s = s[:i]
		}
	}
	for _, p := range []string{"the State of ", "the state of ", "State of ", "the Commonwealth of ", "the ", "The "} {
		s = strings.TrimPrefix(s, p)
	}
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "ישראל") || strings.HasPrefix(s, "מדינת ישראל") || strings.EqualFold(s, "israel") {
		return "Israel"
	}
	if s == "" || !isUpperStart(s) {
		return ""
	}
	return s
}

func isUpperStart(s string) bool {
	for _, r := range s {
		return r >= 'A' && r <= 'Z'
	}
	return false
}

// longerDurationAt reports whether hit i, a duration in words, lies inside
// a longer one that starts before it or at the same place.
func (e *Engine) longerDurationAt(hits []hit, i int) bool {
	h := hits[i]
	for j := i - 1; j >= 0 && h.start-hits[j].start <= maxPhrase; j-- {
		if e.isWordDuration(hits[j].group) && hits[j].stop() >= h.stop() && hits[j].stop()-hits[j].start > h.stop()-h.start {
			return true
		}
	}
	for j := i + 1; j < len(hits) && hits[j].start == h.start; j++ {
		if e.isWordDuration(hits[j].group) && hits[j].stop() > h.stop() {
			return true
		}
	}
	return false
}
