package storetest

import (
	"testing"
	"time"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/store"
)

func testDashboard(t *testing.T, db *store.DB) {
	f := newFixture(t, db, "dash")
	today := heskem.NewDate(2026, 11, 27)
	mk := func(title string, status heskem.Status, setup func(tx heskem.Tx, a heskem.Agreement) error) heskem.Agreement {
		a := f.agreement(title)
		a.Status = status
		err := db.Update(ctx(), func(tx heskem.Tx) error {
			if err := tx.CreateAgreement(ctx(), &a); err != nil {
				return err
			}
			return setup(tx, a)
		})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	ms := func(tx heskem.Tx, a heskem.Agreement, due heskem.Date, state heskem.MilestoneState) error {
		return tx.CreateMilestone(ctx(), &heskem.Milestone{AgreementID: a.ID, Title: "m", DueDate: due, State: state})
	}
	late := mk("late", heskem.StatusActive, func(tx heskem.Tx, a heskem.Agreement) error {
		if err := ms(tx, a, today.AddDays(-30), heskem.MilestoneAccepted); err != nil {
			return err
		}
		if err := ms(tx, a, today.AddDays(-3), heskem.MilestonePending); err != nil {
			return err
		}
		return tx.CreateSanctionRule(ctx(), &heskem.SanctionRule{AgreementID: a.ID, Kind: heskem.SanctionLateDelivery, RatePercent: "1",
			PeriodCount: 1, PeriodUnit: heskem.UnitCalendarDays})
	})
	mk("far", heskem.StatusActive, func(tx heskem.Tx, a heskem.Agreement) error {
		if err := ms(tx, a, today.AddDays(90), heskem.MilestonePending); err != nil {
			return err
		}
		return tx.CreateInstallment(ctx(), &heskem.Installment{AgreementID: a.ID, Title: "later", Amount: heskem.Shekels(100, 0),
			Term: heskem.TermNet, TermDays: 30}) // not invoiced: nothing due yet
	})
	mk("draft", heskem.StatusDraft, func(tx heskem.Tx, a heskem.Agreement) error {
		return ms(tx, a, today.AddDays(-3), heskem.MilestonePending)
	})
	invoiced := time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)
	pay := mk("payments", heskem.StatusActive, func(tx heskem.Tx, a heskem.Agreement) error {
		if err := tx.CreateInstallment(ctx(), &heskem.Installment{AgreementID: a.ID, Title: "invoiced", Amount: heskem.Shekels(100, 0),
			Term: heskem.TermEOMPlus, TermDays: 30, InvoicedAt: &invoiced}); err != nil {
			return err
		}
		return tx.CreateChangeRequest(ctx(), &heskem.ChangeRequest{AgreementID: a.ID, Title: "extra screen", RequestedBy: heskem.SideClient})
	})
	var d *heskem.DashboardData
	load := func(fl heskem.DashboardFilter) {
		t.Helper()
		fl.OrgID, fl.Today, fl.Horizon = f.org.ID, today, today.AddDays(14)
		if err := db.View(ctx(), func(tx heskem.Tx) (err error) { d, err = tx.Dashboard(ctx(), fl); return }); err != nil {
			t.Fatal(err)
		}
	}
	load(heskem.DashboardFilter{})
	if len(d.Agreements) != 2 || d.Agreements[0].ID != late.ID || d.Agreements[1].ID != pay.ID {
		t.Fatalf("dashboard agreements = %+v, want the late one and the invoiced one", titles(d.Agreements))
	}
	// Only the open milestone is loaded: the accepted one cannot be late.
	if len(d.Milestones) != 1 || len(d.Sanctions) != 1 || len(d.Installments) != 1 || len(d.Changes) != 1 || len(d.Parties) != 2 {
		t.Errorf("dashboard rows: %d milestones, %d sanctions, %d installments, %d changes, %d parties",
			len(d.Milestones), len(d.Sanctions), len(d.Installments), len(d.Changes), len(d.Parties))
	}
	load(heskem.DashboardFilter{Status: heskem.StatusDraft})
	if len(d.Agreements) != 1 || d.Agreements[0].Title != "draft" || len(d.Changes) != 0 {
		t.Errorf("status filter: %v", titles(d.Agreements))
	}
	load(heskem.DashboardFilter{PartyID: f.client.ID + 1000})
	if len(d.Agreements) != 0 {
		t.Errorf("party filter: %v", titles(d.Agreements))
	}
	// Only restricts the load to the named agreements.
	load(heskem.DashboardFilter{Only: []int64{pay.ID}})
	if len(d.Agreements) != 1 || d.Agreements[0].ID != pay.ID || len(d.Milestones) != 0 || len(d.Installments) != 1 {
		t.Errorf("only %d: %v, %d milestones, %d installments", pay.ID, titles(d.Agreements), len(d.Milestones), len(d.Installments))
	}
}

func titles(as []heskem.Agreement) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Title)
	}
	return out
}
