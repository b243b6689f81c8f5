package review

import (
	"math"
	"strings"
)

// clarityKinds are the findings that make wording unclear.
var clarityKinds = map[string]string{
	KindVagueTerm:          "vague_terms",
	KindPlaceholder:        "placeholders",
	KindUndefinedTerm:      "undefined_terms",
	KindInconsistentAmount: "inconsistencies",
	KindInconsistentDate:   "inconsistencies",
}

// decideClarity derives the clarity item from the findings (RUBRIC: "no
// vague commitments, placeholders or undefined terms"). Clarity is never
// missing: every agreement has wording, so the question is only whether it
// is clear (present) or has findings (partial).
func (e *Engine) decideClarity(doc *document) {
	it := itemIndex("clarity")
	res := itemResult{excluded: -1}
	count := 0
	seen := map[string]bool{}
	for _, f := range doc.findings {
		name, ok := clarityKinds[f.Kind]
		if !ok {
			continue
		}
		count++
		if !seen[name] {
			seen[name] = true
			res.missing = append(res.missing, name)
		}
	}
	if count == 0 {
		res.status = Present
	} else {
		res.status = Partial
	}
	doc.results[it] = res
}

func statusValue(s Status) float64 {
	switch s {
	case Present:
		return 1
	case Partial:
		return 0.5
	}
	return 0
}

// buildReport assembles the report: items with evidence and suggestions,
// step scores, the overall score and the verdict.
func (e *Engine) buildReport(doc *document) *Report {
	t := e.templates(doc.lang)
	rep := &Report{Schema: Schema, Findings: doc.findings, Terms: doc.terms, Disclaimer: t.Disclaimer}
	if rep.Findings == nil {
		rep.Findings = []Finding{}
	}
	total := 0.0
	for _, sid := range stepIDs {
		st := Step{ID: sid, Name: t.Steps[sid], Items: []Item{}}
		sum := 0.0
		for it := range catalog {
			if catalog[it].step != sid {
				continue
			}
			item := e.reportItem(doc, it)
			sum += statusValue(item.Status)
			st.Items = append(st.Items, item)
		}
		mean := sum / float64(len(st.Items)) * 100
		st.Score = int(math.Round(mean))
		total += mean
		rep.Steps = append(rep.Steps, st)
	}
	rep.Score = int(math.Round(total / float64(len(stepIDs))))
	for it := range catalog {
		if catalog[it].step == "" {
			rep.Protections = append(rep.Protections, e.reportItem(doc, it))
		}
	}
	rep.Verdict = verdict(rep)
	return rep
}

// verdict applies RUBRIC.md: not ready without scope or schedule or with
// hidden controls; ready at 85 or more with nothing of step 1 missing.
func verdict(rep *Report) string {
	for _, f := range rep.Findings {
		if f.Kind == KindHiddenControl {
			return VerdictNotReady
		}
	}
	step1Missing := false
	for _, it := range rep.Steps[0].Items {
		if it.Status == Missing {
			if it.ID == "scope" || it.ID == "schedule" {
				return VerdictNotReady
			}
			step1Missing = true
		}
	}
	if rep.Score >= 85 && !step1Missing {
		return VerdictReady
	}
	return VerdictNeedsWork
}

func (e *Engine) reportItem(doc *document, it int) Item {
	d := &catalog[it]
	res := &doc.results[it]
	item := Item{ID: d.id, Name: e.templates(doc.lang).Items[d.id], Status: res.status, Evidence: []Evidence{}}
	if res.status == Partial {
		item.Missing = res.missing
	}
	if d.id == "clarity" {
		for _, f := range doc.findings {
			if _, ok := clarityKinds[f.Kind]; ok && len(item.Evidence) < maxEvidence {
				item.Evidence = append(item.Evidence, Evidence{Section: f.Section, Start: f.Start, End: f.End, Text: f.Text, Cues: []string{f.Kind}})
			}
		}
	} else {
		for _, ci := range res.evidence {
			item.Evidence = append(item.Evidence, e.evidence(doc, ci, it))
		}
		if res.excluded >= 0 && res.status == Partial && len(res.evidence) == 0 {
			item.Excluded = true
			item.Evidence = append(item.Evidence, e.evidence(doc, res.excluded, it))
		}
	}
	if res.status != Present {
		item.Suggestion = e.suggestion(doc, d.id)
	}
	return item
}

// maxQuote bounds an evidence quotation; the offsets always match the
// quoted text exactly.
const maxQuote = 400

func (e *Engine) evidence(doc *document, ci, it int) Evidence {
	c := &doc.clauses[ci]
	// Only the part quoted is read from the original text: a clause can
	// be a whole document without line breaks.
	a, b := doc.quoteRange(c.start, c.end)
	b = min(b, a+maxQuote)
	return Evidence{Section: c.section, Start: a, End: b, Text: doc.orig.slice(a, b), Cues: e.cues(doc, ci, it)}
}

// maxCues bounds the cues listed for one piece of evidence.
const maxCues = 6

// cues lists what made a clause count for an item: the phrases as written
// in the document, the heading it sits under, and structural signals.
func (e *Engine) cues(doc *document, ci, it int) []string {
	c := &doc.clauses[ci]
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] && len(out) < maxCues {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, h := range c.hits {
		if len(out) == maxCues {
			// Nothing more is added: the rest is not quoted (a clause
			// can be a whole document without line breaks).
			return out
		}
		gi := e.ginfo[h.group]
		if int(gi.item) != it || h.neg {
			continue
		}
		// Heading phrases speak only in a heading; the heading the clause
		// sits under is listed below.
		switch gi.family {
		case famStrong, famWeak, famExclusion, famPairA, famPairB:
			q, _, _ := doc.quote(int(h.start), int(h.stop()))
			add(strings.TrimSpace(q))
		}
	}
	for _, p := range c.parents {
		pc := &doc.clauses[p]
		if !pc.titled() {
			continue
		}
		s, t := pc.titleSpan()
		for _, h := range pc.hits {
			gi := e.ginfo[h.group]
			if int(gi.item) == it && (gi.family == famHeading || gi.family == famStrong) && int(h.start) >= s && int(h.stop()) <= t {
				q, _, _ := doc.quote(s, t)
				add("heading: " + strings.TrimSpace(q))
				break
			}
		}
	}
	for _, f := range []struct {
		f    feature
		name string
	}{{fAmount, "#amount"}, {fPercent, "#rate"}, {fDate, "#date"}, {fDuration, "#duration"}, {fPayForm, "#payment_term"}, {fEmail, "#email"}, {fPhone, "#phone"}} {
		if c.feat.has(f.f) {
			add(f.name)
		}
	}
	return out
}
