package schedule

import (
	"strings"
	"testing"
	"time"

	"github.com/heskem/heskem/internal/bizday"
	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/terms"
)

func at(y int, m time.Month, d int) *time.Time {
	t := time.Date(y, m, d, 10, 0, 0, 0, time.UTC)
	return &t
}

func input(t *testing.T) Input {
	t.Helper()
	cal, err := bizday.New().Policy("israel")
	if err != nil {
		t.Fatal(err)
	}
	rules, err := terms.New()
	if err != nil {
		t.Fatal(err)
	}
	return Input{
		Agreement: heskem.Agreement{Value: heskem.Shekels(186000, 0), StartDate: heskem.NewDate(2026, 10, 1)},
		Sanctions: []heskem.SanctionRule{
			{Kind: heskem.SanctionLateDelivery, Clause: "11.2", RatePercent: "0.5", PeriodCount: 1, PeriodUnit: heskem.UnitBusinessDays,
				PartialPeriod: "full", CapPercent: "10", TerminateAfter: 30, Base: "milestone"},
			{Kind: heskem.SanctionLatePayment, Clause: "8.4", RatePercent: "1", PeriodCount: 1, PeriodUnit: heskem.UnitMonths},
		},
		Today:    heskem.NewDate(2026, 11, 27), // a Friday
		Calendar: cal,
		Rules:    rules,
	}
}

func TestMilestones(t *testing.T) {
	in := input(t)
	v := heskem.Shekels(55800, 0)
	in.Milestones = []heskem.Milestone{
		{ID: 1, Title: "late", DueDate: heskem.NewDate(2026, 11, 23), Value: v, State: heskem.MilestonePending},
		{ID: 2, Title: "soon", DueDate: heskem.NewDate(2026, 12, 7), Value: v, State: heskem.MilestonePending},
		{ID: 3, Title: "later", DueDate: heskem.NewDate(2026, 12, 20), Value: v, State: heskem.MilestonePending},
		{ID: 4, Title: "submitted late", DueDate: heskem.NewDate(2026, 11, 23), Value: v, State: heskem.MilestoneSubmitted, SubmittedAt: at(2026, 11, 25)},
		{ID: 5, Title: "deemed", DueDate: heskem.NewDate(2026, 11, 1), Value: v, State: heskem.MilestoneSubmitted, SubmittedAt: at(2026, 11, 1), TestPeriodBiz: 5},
		{ID: 6, Title: "after 5", AfterEvent: "previous_acceptance", AfterDays: 3, Value: v},
		{ID: 7, Title: "after 6", AfterEvent: "previous_acceptance", AfterDays: 3, Value: v},
		{ID: 8, Title: "accepted on time", DueDate: heskem.NewDate(2026, 10, 20), Value: v, State: heskem.MilestoneAccepted,
			SubmittedAt: at(2026, 10, 19), AcceptedAt: at(2026, 10, 22)},
	}
	res := Compute(in)
	want := []struct {
		status   Status
		due      heskem.Date
		daysLate int
		penalty  int64 // agorot, -1 for none
		final    bool
	}{
		// Business days late: Tue 24, Wed 25, Thu 26 (Friday 27 is not one): 3 × 0.5% × 55,800 = 837.
		{Late, heskem.NewDate(2026, 11, 23), 4, 83700, false},
		{DueSoon, heskem.NewDate(2026, 12, 7), 0, -1, false},
		{Upcoming, heskem.NewDate(2026, 12, 20), 0, -1, false},
		// Delivered on Wed 25: 2 business days, final.
		{Submitted, heskem.NewDate(2026, 11, 23), 2, 55800, true},
		// Submitted Sun 1 Nov, 5 business days of testing: deemed accepted on Sun 8 Nov.
		{DeemedAccepted, heskem.NewDate(2026, 11, 1), 0, -1, false},
		// 3 business days after 8 Nov: Mon 9, Tue 10, Wed 11.
		{Late, heskem.NewDate(2026, 11, 11), 16, 0, false},
		// Its predecessor is not accepted, so it has no date yet.
		{Unscheduled, heskem.Date{}, 0, -1, false},
		{Accepted, heskem.NewDate(2026, 10, 20), 0, -1, false},
	}
	for i, w := range want {
		got := res.Milestones[i]
		if got.Status != w.status || got.Due != w.due || got.DaysLate != w.daysLate {
			t.Errorf("%s: status %s due %s late %d; want %s %s %d", got.Title, got.Status, got.Due, got.DaysLate, w.status, w.due, w.daysLate)
		}
		switch {
		case w.penalty < 0 && got.Penalty != nil:
			t.Errorf("%s: unexpected penalty %+v", got.Title, got.Penalty)
		case w.penalty > 0 && (got.Penalty == nil || got.Penalty.Amount.Amount != w.penalty || got.Penalty.Final != w.final):
			t.Errorf("%s: penalty %+v, want %d agorot (final %v)", got.Title, got.Penalty, w.penalty, w.final)
		}
	}
	// Milestone 6: 16 calendar days late = 11 business days (Thu 12, Sun 15–Thu 19,
	// Sun 22–Thu 26); 11 × 0.5% of 55,800 = 3,069.
	if p := res.Milestones[5].Penalty; p == nil || p.Amount.Amount != 306900 || p.Clause != "11.2" || !strings.Contains(p.Explanation, "11.2") {
		t.Errorf("chained milestone penalty = %+v", p)
	}
	if p := res.Milestones[0].Penalty; p == nil || !strings.Contains(p.Explanation, "not delivered as of 27 Nov 2026") ||
		!strings.Contains(p.ExplanationHe, "טרם נמסר") || strings.Contains(p.ExplanationHe, "נמסר ב־") {
		t.Errorf("a still-late milestone's explanation must not say it was delivered: %+v", p)
	}
	if res.Accrued.Amount != 83700+55800+306900 {
		t.Errorf("accrued = %d", res.Accrued.Amount)
	}
}

func TestPenaltyCapAndTermination(t *testing.T) {
	in := input(t)
	in.Today = heskem.NewDate(2027, 3, 1)
	in.Milestones = []heskem.Milestone{{ID: 1, Title: "very late", DueDate: heskem.NewDate(2026, 11, 23), Value: heskem.Shekels(55800, 0)}}
	p := Compute(in).Milestones[0].Penalty
	// Capped at 10% of the milestone's value.
	if p == nil || !p.Capped || p.Amount.Amount != 558000 || !p.MayTerminate || p.TerminateFrom.IsZero() {
		t.Fatalf("penalty = %+v", p)
	}
}

func TestPayments(t *testing.T) {
	in := input(t)
	in.Milestones = []heskem.Milestone{{ID: 9, Title: "m", DueDate: heskem.NewDate(2026, 11, 1), State: heskem.MilestoneAccepted,
		SubmittedAt: at(2026, 10, 30), AcceptedAt: at(2026, 11, 2)}}
	in.Installments = []heskem.Installment{
		{Title: "eom due soon", Amount: heskem.Shekels(10000, 0), Term: heskem.TermEOMPlus, TermDays: 30, InvoicedAt: at(2026, 10, 15)},
		{Title: "eom overdue", Amount: heskem.Shekels(10000, 0), Term: heskem.TermEOMPlus, TermDays: 30, InvoicedAt: at(2026, 9, 10)},
		{Title: "not invoiced", Amount: heskem.Shekels(10000, 0), Term: heskem.TermNet, TermDays: 30},
		{Title: "on acceptance", Amount: heskem.Shekels(5000, 0), Term: heskem.TermOnAcceptance, MilestoneID: 9},
		{Title: "awaiting acceptance", Amount: heskem.Shekels(5000, 0), Term: heskem.TermOnAcceptance, MilestoneID: 77},
		{Title: "paid", Amount: heskem.Shekels(5000, 0), Paid: heskem.Shekels(5000, 0), Term: heskem.TermOnDate, DueDate: heskem.NewDate(2026, 1, 1)},
		{Title: "partly paid", Amount: heskem.Shekels(5000, 0), Paid: heskem.Shekels(1000, 0), Term: heskem.TermOnDate, DueDate: heskem.NewDate(2026, 12, 31)},
	}
	res := Compute(in)
	want := []struct {
		status Status
		due    heskem.Date
	}{
		{DueSoon, heskem.NewDate(2026, 11, 30)}, // 31 Oct + 30 days
		{Overdue, heskem.NewDate(2026, 10, 30)}, // 30 Sep + 30 days
		{AwaitingInvoice, heskem.Date{}},
		{Overdue, heskem.NewDate(2026, 11, 2)},
		{AwaitingAcceptance, heskem.Date{}},
		{Paid, heskem.NewDate(2026, 1, 1)},
		{Upcoming, heskem.NewDate(2026, 12, 31)},
	}
	for i, w := range want {
		if got := res.Payments[i]; got.Status != w.status || got.Due != w.due {
			t.Errorf("%s: %s %s, want %s %s", got.Title, got.Status, got.Due, w.status, w.due)
		}
	}
	// 28 days late at 1% a month (12% a year, actual/365) on ₪10,000: 92.05.
	if it := res.Payments[1].Interest; it == nil || it.Amount.Amount != 9205 || it.Clause != "8.4" {
		t.Errorf("interest = %+v", it)
	}
	if res.Payments[6].Outstanding.Amount != 400000 {
		t.Errorf("outstanding = %v", res.Payments[6].Outstanding)
	}
}

func TestUnsupportedSanctionIsNoted(t *testing.T) {
	in := input(t)
	in.Sanctions = []heskem.SanctionRule{{Kind: heskem.SanctionLateDelivery, Clause: "9", RatePercent: "1", PeriodCount: 1, PeriodUnit: heskem.UnitMonths}}
	in.Milestones = []heskem.Milestone{{ID: 1, Title: "late", DueDate: heskem.NewDate(2026, 11, 1), Value: heskem.Shekels(1000, 0)}}
	res := Compute(in)
	if res.Milestones[0].Penalty != nil || len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "clause 9") {
		t.Errorf("notes = %v, penalty = %+v", res.Notes, res.Milestones[0].Penalty)
	}
}
