package draft

import (
	"fmt"

	"github.com/heskem/heskem/internal/heskem"
)

// idLabels name the registration numbers, for messages.
var idLabels = map[string]string{
	"company": "company number (ח.פ.)", "dealer": "VAT dealer number (ע.מ.)", "person": "identity number (ת.ז.)",
	"nonprofit": "non-profit number (ע\"ר)", "partnership": "partnership number",
}

func (c *checker) parties() {
	for _, side := range []struct {
		name string
		p    Party
	}{{"supplier", c.a.Parties.Supplier}, {"client", c.a.Parties.Client}} {
		base := "parties." + side.name
		p := side.p
		if p.IDNumber == "" {
			if !p.Name.IsZero() {
				c.add(base+".id_number", SeverityWarning, "add the registration number (ח.פ. / ע.מ. / ת.ז.), which identifies the party beyond doubt",
					"the %s has no registration number", side.name)
			}
		} else if p.IDKind != "foreign" {
			kind := p.IDKind
			if kind == "" {
				kind = "company"
			}
			if !heskem.ValidIsraeliID(p.IDNumber) {
				c.errorf(base+".id_number", "copy the number from the registry extract; if the party is registered abroad, set `id_kind: foreign`",
					"%q is not a valid Israeli %s: the check digit does not match", clip(p.IDNumber), idLabels[kind])
			}
		}
		c.email(base+".email", p.Email)
		if side.name == "supplier" && p.PayerType != "" {
			c.errorf(base+".payer_type", "move payer_type to parties.client", "payer_type describes the client, who pays")
		}
	}
	s, cl := c.a.Parties.Supplier, c.a.Parties.Client
	if !s.Name.IsZero() && s.Name == cl.Name {
		c.errorf("parties.client.name", "name the client", "the supplier and the client have the same name")
	}
	if s.IDNumber != "" && heskem.NormalizeIsraeliID(s.IDNumber) == heskem.NormalizeIsraeliID(cl.IDNumber) {
		c.errorf("parties.client.id_number", "check both registration numbers", "the supplier and the client have the same registration number")
	}
}

func (c *checker) scope() {
	sc := c.a.Scope
	for i, s := range sc.Services {
		if s.IsZero() {
			c.errorf(fmt.Sprintf("scope.services[%d]", i), "describe the service or delete the line", "empty service")
		}
	}
	seen := map[string]bool{}
	for i, d := range sc.Deliverables {
		p := fmt.Sprintf("scope.deliverables[%d].id", i)
		if seen[d.ID] && d.ID != "" {
			c.errorf(p, "give each deliverable its own id", "deliverable id %q is used twice", d.ID)
		}
		seen[d.ID] = true
	}
	for i, m := range c.a.Schedule.Milestones {
		for j, id := range m.Deliverables {
			if !seen[id] {
				fix := "add it under scope.deliverables, or correct the id"
				if near := nearest(id, keys(seen)); near != "" {
					fix = fmt.Sprintf("did you mean %q?", near)
				}
				c.errorf(fmt.Sprintf("schedule.milestones[%d].deliverables[%d]", i, j), fix, "no deliverable has the id %q", id)
			}
		}
	}
}

func (c *checker) schedule() {
	s := c.a.Schedule
	switch {
	case !s.End.IsZero() && !s.Term.IsZero():
		c.errorf("schedule.term", "keep end (a date) or term (a length), not both", "both end and term are given")
	case s.End.IsZero() && s.Term.IsZero() && !c.a.bad["schedule.end"] && !c.a.bad["schedule.term"]:
		c.errorf("schedule", "add `end: 2026-12-31` or `term: 12 months`", "the schedule has no end: give end or term")
	}
	if !s.Start.IsZero() && !s.End.IsZero() && !s.End.After(s.Start) {
		c.errorf("schedule.end", "move end after start", "the end date %s is not after the start date %s", s.End, s.Start)
	}
	if s.Term.Unit == Hours || s.Term.Unit == Minutes {
		c.errorf("schedule.term", "give the term in days, weeks, months or years", "a term in hours")
	}
	if s.Renewal != nil && s.Term.IsZero() {
		c.errorf("schedule.renewal", "give the first period as term, or remove renewal", "renewal needs a term to renew")
	}
	if r := s.Renewal; r != nil {
		// Renewal periods run in whole months, and notice in units a
		// calendar deadline can be counted in, so the running agreement
		// can show the last day to give notice.
		if u := r.Period.Unit; !r.Period.IsZero() && u != Months && u != Years {
			c.errorf("schedule.renewal.period", "give the renewal period in months or years, e.g. `period: 12 months`",
				"a renewal period in %s", u)
		}
		if u := r.Notice.Unit; !r.Notice.IsZero() && u != Days && u != BusinessDays && u != Weeks && u != Months {
			c.errorf("schedule.renewal.notice", "give the notice in days, business_days, weeks or months, e.g. `notice: 60 days`",
				"a renewal notice in %s", u)
		}
	}
	end := c.d.endDate(c.cal)
	due := c.d.milestoneDue(c.cal)
	ids := map[string]int{}
	for i, m := range s.Milestones {
		p := fmt.Sprintf("schedule.milestones[%d]", i)
		if _, dup := ids[m.ID]; dup && m.ID != "" {
			c.errorf(p+".id", "give each milestone its own id", "milestone id %q is used twice", m.ID)
		}
		switch m.ID {
		case "start", "signing":
			c.errorf(p+".id", "use an id such as M1", "%q is reserved for events", m.ID)
		}
		relative := m.After != "" || !m.Within.IsZero()
		switch {
		case !m.Date.IsZero() && relative:
			c.errorf(p, "keep date, or after and within, not both", "milestone %s has both a date and a relative time", m.ID)
		case m.Date.IsZero() && !relative:
			c.errorf(p, "add `date: 2026-05-01`, or `after: start` with `within: 20 business_days`", "milestone %s has no date", m.ID)
		case relative && (m.After == "" || m.Within.IsZero()):
			c.errorf(p, "give both after (start, signing or an earlier milestone id) and within (e.g. 20 business_days)", "milestone %s needs both after and within", m.ID)
		}
		if m.Within.Unit == Hours || m.Within.Unit == Minutes {
			c.errorf(p+".within", "count milestones in business_days, days, weeks or months", "a milestone in hours")
		}
		if m.After != "" {
			_, earlier := ids[m.After]
			switch {
			case m.After == "start" || earlier:
			case m.After == "signing":
				if c.a.Date.IsZero() {
					c.errorf(p+".after", "add the signing date as `date:` at the top, or count from start", "milestone %s counts from signing, but the agreement has no date", m.ID)
				}
			default:
				fix := "use start, signing, or the id of a milestone listed before this one"
				if near := nearest(m.After, append(keys(ids), "start", "signing")); near != "" {
					fix = fmt.Sprintf("did you mean %q?", near)
				}
				c.errorf(p+".after", fix, "%q is not start, signing or an earlier milestone", m.After)
			}
		}
		ids[m.ID] = i
		d, ok := due[m.ID]
		if !ok {
			continue
		}
		field := p + ".date"
		if m.Date.IsZero() {
			field = p + ".within"
		}
		if !s.Start.IsZero() && d.Before(s.Start) {
			c.errorf(field, "move the milestone to "+s.Start.String()+" or later", "milestone %s is due %s, before the start date %s", m.ID, d, s.Start)
		}
		if !end.IsZero() && d.After(end) {
			what := "is due"
			if m.Date.IsZero() {
				what = "falls at the earliest on"
			}
			c.errorf(field, "move the milestone to "+end.String()+" or earlier, or move the end of the schedule",
				"milestone %s %s %s, after the end date %s", m.ID, what, d, end)
		}
	}
}

func (c *checker) contacts() {
	has := map[string]bool{}
	for i, ct := range c.a.Contacts {
		p := fmt.Sprintf("contacts[%d]", i)
		has[ct.Party] = true
		c.email(p+".email", ct.Email)
		c.phone(p+".phone", ct.Phone)
		if b := ct.Backup; b != nil {
			c.email(p+".backup.email", b.Email)
			c.phone(p+".backup.phone", b.Phone)
			if b.Email != "" && b.Email == ct.Email {
				c.errorf(p+".backup.email", "give the backup's own address", "the backup has the same e-mail as the contact")
			}
		}
	}
	for _, side := range []string{"supplier", "client"} {
		if len(c.a.Contacts) > 0 && !has[side] {
			c.errorf("contacts", "add a contact with `party: "+side+"`", "the %s has no contact", side)
		}
	}
}

func (c *checker) sanctions() {
	ld := c.a.Sanctions.LateDelivery
	if ld == nil {
		return
	}
	const p = "sanctions.late_delivery"
	model := c.a.Payment.Model
	if len(c.a.Schedule.Milestones) == 0 {
		c.errorf(p, "add milestones under schedule, or remove late_delivery and rely on cure_period", "late-delivery damages apply to milestones, and the schedule has none")
	}
	if ld.CapPercent != 0 && model == "time_and_materials" && c.a.Payment.Cap == 0 {
		c.errorf(p+".cap_percent", "add payment.cap, the base of cap_percent for time and materials", "cap_percent needs a base: a time-and-materials price without payment.cap has none")
	}
	switch {
	case ld.RatePercent == 0 && ld.Amount == 0:
		c.errorf(p, "add `rate_percent: \"0.1\"` or `amount: \"500\"`", "the late-delivery damages have no rate or amount")
	case ld.RatePercent != 0 && ld.Amount != 0:
		c.errorf(p+".amount", "keep rate_percent or amount, not both", "both rate_percent and amount are given")
	}
	if ld.Amount != 0 && ld.Of != "" {
		c.errorf(p+".of", "remove of; it is the base of rate_percent only", "of applies to rate_percent")
	}
	if ld.RatePercent != 0 {
		switch ld.Of {
		case "milestone":
			if model != "fixed" || !everyMilestonePaid(c.a) {
				c.errorf(p+".of", "use total, or tie an installment to every milestone", "of: milestone needs a fixed price with an installment tied to every milestone")
			}
		case "total":
			if model != "fixed" {
				c.errorf(p+".of", "use amount, or monthly_fee for a retainer", "of: total needs a fixed price")
			}
		case "monthly_fee":
			if model != "retainer" {
				c.errorf(p+".of", "use milestone or total for a fixed price, or amount", "of: monthly_fee needs a retainer")
			}
		case "":
			if model == "time_and_materials" {
				c.errorf(p+".rate_percent", "give the damages as an amount per period", "a time-and-materials price has no base for a percentage")
			}
		}
	}
	if ld.CapPercent == 0 {
		c.add(p+".cap_percent", SeverityWarning, "add `cap_percent: \"10\"` (10% of the price)",
			"liquidated damages without a cap: a court may reduce damages set without reasonable relation to the foreseeable loss (Contracts (Remedies for Breach of Contract) Law, 1970, s.15(א))")
	} else if ld.CapPercent > 100*10000 {
		c.errorf(p+".cap_percent", "give a cap of at most 100", "a cap of %s%% of the price", ld.CapPercent)
	}
	if ld.Per == "week" && ld.PartialPeriods == "" {
		c.add(p+".partial_periods", SeverityWarning, "add `partial_periods: full` or `prorate`", "say whether a started week counts in full (the default) or pro rata")
	}
}

func (c *checker) others() {
	a := c.a
	for i, e := range a.DisputeResolution.Escalation {
		if e.Within.Unit == Hours || e.Within.Unit == Minutes {
			c.errorf(fmt.Sprintf("dispute_resolution.escalation[%d].within", i), "give business_days or days", "an escalation step in hours")
		}
	}
	if u := a.Termination.ForConvenience.Notice.Unit; u == Hours || u == Minutes {
		c.errorf("termination.for_convenience.notice", "give days, business_days or months", "a termination notice in hours")
	}
	l := a.Protections.Liability
	if l.Cap == "amount" && l.Amount == 0 {
		c.errorf("protections.liability.amount", "add `amount: \"500000\"`", "cap: amount needs an amount")
	}
	if l.Amount != 0 && l.Cap != "amount" {
		c.errorf("protections.liability.cap", "set `cap: amount`, or remove amount", "an amount is given but the cap is %q", l.Cap)
	}
	if a.Protections.Liability.Cap == "total_price" && a.Payment.Model != "fixed" {
		c.errorf("protections.liability.cap", "use fees_12_months or amount", "cap: total_price needs a fixed price")
	}
	if in := a.LatePayment.Interest; in != nil && in.RatePercent == 0 {
		c.errorf("late_payment.interest.rate_percent", "give a rate above 0, or remove interest", "an interest rate of 0")
	}
}
