package schedule

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/terms"
)

// paymentDue resolves an installment's due date from its term: שוטף + N and
// net N count from the invoice, on-acceptance from the linked milestone's
// acceptance, on-date is the date. Zero means not due yet, with the status
// saying what it waits for.
func paymentDue(in Input, i heskem.Installment, ms []Milestone) (heskem.Date, Status) {
	switch i.Term {
	case heskem.TermOnDate:
		return i.DueDate, ""
	case heskem.TermEOMPlus, heskem.TermNet:
		if i.InvoicedAt == nil {
			return heskem.Date{}, AwaitingInvoice
		}
		kind := terms.TermNet
		if i.Term == heskem.TermEOMPlus {
			kind = terms.TermEndOfMonth
		}
		due := terms.DueDate(terms.PaymentTerm{Kind: kind, Days: i.TermDays}, heskem.DateOf(*i.InvoicedAt).Time())
		return heskem.DateOf(due), ""
	case heskem.TermOnAcceptance:
		for _, m := range ms {
			if m.ID == i.MilestoneID && (m.Status == Accepted || m.Status == DeemedAccepted) {
				if d := acceptanceDay(in, m.Milestone); !d.IsZero() {
					return d.AddDays(i.TermDays), ""
				}
			}
		}
		return heskem.Date{}, AwaitingAcceptance
	}
	return heskem.Date{}, Unscheduled
}

func pay(in Input, i heskem.Installment, ms []Milestone) Payment {
	p := Payment{Installment: i, Outstanding: heskem.Money{Amount: i.Amount.Amount - i.Paid.Amount, Currency: i.Amount.Currency}}
	var waiting Status
	p.Due, waiting = paymentDue(in, i, ms)
	switch {
	case p.Outstanding.Amount <= 0:
		p.Status = Paid
	case p.Due.IsZero():
		p.Status = waiting
	case in.Today.After(p.Due):
		p.Status = Overdue
		p.DaysLate = int(in.Today.Time().Sub(p.Due.Time()).Hours() / 24)
	case !p.Due.After(in.Today.AddDays(in.SoonDays)):
		p.Status = DueSoon
	default:
		p.Status = Upcoming
	}
	return p
}

// interest computes late-payment interest on what is outstanding, from the
// agreement's rate: per month for a rule in months, per year otherwise.
func interest(in Input, p Payment, rule heskem.SanctionRule) (*Interest, string) {
	if in.Rules == nil || rule.RatePercent == "" {
		return nil, ""
	}
	rate, err := decimal.NewFromString(rule.RatePercent)
	if err != nil {
		return nil, fmt.Sprintf("clause %s: rate %q is not a number", rule.Clause, rule.RatePercent)
	}
	t := terms.InterestTerms{Clause: rule.Clause, Source: terms.SourceAgreement, RatePercent: rate, Per: terms.PerYear, Method: terms.MethodSimple}
	if rule.PeriodUnit == heskem.UnitMonths {
		t.Per = terms.PerMonth
	}
	r, err := in.Rules.Interest(t, terms.LatePayment{Principal: terms.Money{Amount: p.Outstanding.Amount, Currency: p.Outstanding.Currency},
		Due: p.Due.Time(), Paid: in.Today.Time()})
	if err != nil {
		return nil, fmt.Sprintf("clause %s: %v", rule.Clause, err)
	}
	return &Interest{Clause: rule.Clause, Amount: heskem.Money{Amount: r.Interest.Amount, Currency: r.Interest.Currency},
		Explanation: r.Explanation, ExplanationHe: r.ExplanationHe}, ""
}
