// Package schedule works out where an engagement stands on a given day:
// each milestone's due date and status (upcoming, due soon, late,
// submitted, accepted — including deemed acceptance after the test period),
// each payment's due date and status, and, for what is late, the sanction
// the agreement sets with the amount accrued so far and the clause it comes
// from. It answers the seed's first question — "what happens if the
// supplier misses the timeline?" — from the agreement's own terms.
//
// It is pure: values in, values out. Dates are computed on the agreement's
// business-day policy (internal/bizday) and sums by internal/terms.
package schedule

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/terms"
)

// Calendar is the business-day policy of an agreement (a bizday.Policy).
type Calendar interface {
	Name() string
	IsBusinessDay(d time.Time) bool
}

// Status is a milestone's or a payment's standing on a day.
type Status string

// Statuses. Milestones use upcoming, due_soon, late, submitted, accepted,
// deemed_accepted and unscheduled; payments use upcoming, due_soon, overdue,
// paid, awaiting_invoice and awaiting_acceptance.
const (
	Upcoming           Status = "upcoming"
	DueSoon            Status = "due_soon"
	Late               Status = "late"
	Submitted          Status = "submitted"
	Accepted           Status = "accepted"
	DeemedAccepted     Status = "deemed_accepted"
	Unscheduled        Status = "unscheduled"
	Overdue            Status = "overdue"
	Paid               Status = "paid"
	AwaitingInvoice    Status = "awaiting_invoice"
	AwaitingAcceptance Status = "awaiting_acceptance"
)

// DefaultSoonDays is how many days ahead "due soon" looks.
const DefaultSoonDays = 14

// Input is an agreement and what has happened under it.
type Input struct {
	Agreement    heskem.Agreement
	Milestones   []heskem.Milestone
	Installments []heskem.Installment
	Sanctions    []heskem.SanctionRule
	// Signed is the signature date, the anchor of "N business days after
	// signature"; the agreement's start date when zero.
	Signed   heskem.Date
	Today    heskem.Date
	SoonDays int
	Calendar Calendar
	Rules    *terms.Rules
	// Brief computes the figures without their written explanations.
	Brief bool
}

// Milestone is a milestone with its computed standing.
type Milestone struct {
	heskem.Milestone
	Due    heskem.Date // resolved due date; zero when its anchor event has not happened
	Status Status
	// DaysLate counts calendar days from the day after Due to delivery (or
	// today, while undelivered).
	DaysLate int
	// Penalty is the late-delivery sanction accrued, when the milestone is or
	// was delivered late and the agreement sets one.
	Penalty *Penalty
}

// Penalty is a late-delivery sanction computed from the agreement's clause.
type Penalty struct {
	Clause        string
	Amount        heskem.Money
	Capped        bool
	Final         bool // delivered: the amount no longer grows
	MayTerminate  bool
	TerminateFrom heskem.Date
	Explanation   string
	ExplanationHe string
}

// Payment is an installment with its computed standing.
type Payment struct {
	heskem.Installment
	Due         heskem.Date
	Status      Status
	Outstanding heskem.Money
	DaysLate    int
	// Interest is the late-payment interest accrued on what is outstanding,
	// when the agreement sets a rate.
	Interest *Interest
}

// Interest is late-payment interest computed from the agreement's clause.
type Interest struct {
	Clause        string
	Amount        heskem.Money
	Explanation   string
	ExplanationHe string
}

// Result is the whole engagement on one day.
type Result struct {
	Milestones []Milestone
	Payments   []Payment
	// Accrued sums the late-delivery penalties, and Interest the late-payment
	// interest, in the agreement's currency.
	Accrued  heskem.Money
	Interest heskem.Money
	// Term is the current period and, for an agreement that renews, the
	// last day to give notice.
	Term Term
	// Notes tell what could not be computed and why (a sanction in months,
	// a missing rule), so no figure is silently absent.
	Notes []string
}

// Compute works out the engagement's standing on in.Today.
func Compute(in Input) Result {
	if in.SoonDays <= 0 {
		in.SoonDays = DefaultSoonDays
	}
	if in.Signed.IsZero() {
		in.Signed = in.Agreement.StartDate
	}
	cur := in.Agreement.Value.Currency
	res := Result{Accrued: heskem.Money{Currency: cur}, Interest: heskem.Money{Currency: cur}}
	res.Term = termOf(in)
	delivery := findRule(in.Sanctions, heskem.SanctionLateDelivery)
	payment := findRule(in.Sanctions, heskem.SanctionLatePayment)
	var prevAccepted heskem.Date
	for _, m := range in.Milestones {
		v := milestone(in, m, prevAccepted)
		if v.Status == Accepted || v.Status == DeemedAccepted {
			prevAccepted = acceptanceDay(in, m)
		} else {
			prevAccepted = heskem.Date{}
		}
		if v.DaysLate > 0 && delivery != nil {
			p, note := penalty(in, v, *delivery)
			v.Penalty = p
			if note != "" {
				res.Notes = append(res.Notes, note)
			}
			if p != nil && p.Amount.Currency == cur {
				res.Accrued.Amount += p.Amount.Amount
			}
		}
		res.Milestones = append(res.Milestones, v)
	}
	for _, i := range in.Installments {
		p := pay(in, i, res.Milestones)
		if p.DaysLate > 0 && payment != nil {
			it, note := interest(in, p, *payment)
			p.Interest = it
			if note != "" {
				res.Notes = append(res.Notes, note)
			}
			if it != nil && it.Amount.Currency == cur {
				res.Interest.Amount += it.Amount.Amount
			}
		}
		res.Payments = append(res.Payments, p)
	}
	return res
}

func findRule(rules []heskem.SanctionRule, kind heskem.SanctionKind) *heskem.SanctionRule {
	for i := range rules {
		if rules[i].Kind == kind {
			return &rules[i]
		}
	}
	return nil
}

// dueDate resolves a milestone's due date.
func dueDate(in Input, m heskem.Milestone, prevAccepted heskem.Date) heskem.Date {
	var anchor heskem.Date
	switch m.AfterEvent {
	case "":
		return m.DueDate
	case "signature":
		anchor = in.Signed
	case "previous_acceptance":
		anchor = prevAccepted
	}
	if anchor.IsZero() || in.Calendar == nil {
		return heskem.Date{}
	}
	return heskem.DateOf(addBusinessDays(in.Calendar, anchor.Time(), m.AfterDays))
}

// addBusinessDays counts n business days after from (the event day itself
// is not counted, Interpretation Law s.10).
func addBusinessDays(cal Calendar, from time.Time, n int) time.Time {
	d := from
	for n > 0 {
		d = d.AddDate(0, 0, 1)
		if cal.IsBusinessDay(d) {
			n--
		}
	}
	return d
}

// acceptanceDay is when a milestone was accepted, actually or by deemed
// acceptance at the end of its test period.
func acceptanceDay(in Input, m heskem.Milestone) heskem.Date {
	if m.AcceptedAt != nil {
		return heskem.DateOf(*m.AcceptedAt)
	}
	if m.SubmittedAt != nil && m.TestPeriodBiz > 0 && in.Calendar != nil {
		return heskem.DateOf(addBusinessDays(in.Calendar, heskem.DateOf(*m.SubmittedAt).Time(), m.TestPeriodBiz))
	}
	return heskem.Date{}
}

func milestone(in Input, m heskem.Milestone, prevAccepted heskem.Date) Milestone {
	v := Milestone{Milestone: m, Due: dueDate(in, m, prevAccepted)}
	// The day the work was handed over ends the delay.
	var delivered heskem.Date
	if m.SubmittedAt != nil {
		delivered = heskem.DateOf(*m.SubmittedAt)
	}
	switch {
	case m.State == heskem.MilestoneAccepted:
		v.Status = Accepted
		if delivered.IsZero() && m.AcceptedAt != nil {
			delivered = heskem.DateOf(*m.AcceptedAt)
		}
	case m.State == heskem.MilestoneSubmitted:
		v.Status = Submitted
		if d := acceptanceDay(in, m); !d.IsZero() && !in.Today.Before(d) && m.TestPeriodBiz > 0 {
			v.Status = DeemedAccepted
		}
	case v.Due.IsZero():
		v.Status = Unscheduled
		return v
	default: // pending or rejected: not (or no longer) delivered
		delivered = heskem.Date{}
		switch {
		case in.Today.After(v.Due):
			v.Status = Late
		case !v.Due.After(in.Today.AddDays(in.SoonDays)):
			v.Status = DueSoon
		default:
			v.Status = Upcoming
		}
	}
	end := delivered
	if end.IsZero() {
		end = in.Today
	}
	if !v.Due.IsZero() && end.After(v.Due) {
		v.DaysLate = int(end.Time().Sub(v.Due.Time()).Hours() / 24)
	}
	return v
}

// penalty computes the late-delivery sanction for a late milestone.
func penalty(in Input, v Milestone, rule heskem.SanctionRule) (*Penalty, string) {
	unit := map[heskem.PeriodUnit]terms.Unit{heskem.UnitCalendarDays: terms.UnitCalendarDays,
		heskem.UnitBusinessDays: terms.UnitBusinessDays, heskem.UnitWeeks: terms.UnitWeeks}[rule.PeriodUnit]
	if unit == "" {
		return nil, fmt.Sprintf("clause %s: a late-delivery sanction per %s is not computed yet", rule.Clause, rule.PeriodUnit)
	}
	base := v.Value
	if rule.Base == "agreement" || base.Amount == 0 {
		base = in.Agreement.Value
	}
	lp := terms.LatePenalty{Clause: rule.Clause, Value: terms.Money{Amount: base.Amount, Currency: base.Currency},
		Period: terms.Period{Count: rule.PeriodCount, Unit: unit}, Partial: terms.PartialFull}
	if rule.PartialPeriod == "prorate" {
		lp.Partial = terms.PartialProrate
	}
	if rule.RatePercent != "" {
		r, err := decimal.NewFromString(rule.RatePercent)
		if err != nil {
			return nil, fmt.Sprintf("clause %s: rate %q is not a number", rule.Clause, rule.RatePercent)
		}
		lp.RatePercent = r
	} else {
		lp.Fixed = &terms.Money{Amount: rule.FixedAmount.Amount, Currency: rule.FixedAmount.Currency}
	}
	if rule.CapPercent != "" {
		if c, err := decimal.NewFromString(rule.CapPercent); err == nil {
			lp.CapPercent = &c
		}
	}
	if rule.TerminateAfter > 0 {
		lp.TerminateAfter = &terms.Period{Count: rule.TerminateAfter, Unit: unit}
	}
	end := in.Today
	final := false
	if v.SubmittedAt != nil {
		end, final = heskem.DateOf(*v.SubmittedAt), true
	}
	r, err := terms.ComputePenalty(lp, terms.Delay{Due: v.Due.Time(), Delivered: end.Time(), Outstanding: !final, Brief: in.Brief}, in.Calendar)
	if err != nil {
		return nil, fmt.Sprintf("clause %s: %v", rule.Clause, err)
	}
	p := &Penalty{Clause: rule.Clause, Amount: heskem.Money{Amount: r.Amount.Amount, Currency: r.Amount.Currency}, Capped: r.Capped,
		Final: final, MayTerminate: r.MayTerminate, Explanation: r.Explanation, ExplanationHe: r.ExplanationHe}
	if !r.TerminateFrom.IsZero() {
		p.TerminateFrom = heskem.DateOf(r.TerminateFrom)
	}
	return p, ""
}
