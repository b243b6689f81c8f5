package service_test

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/service"
	"github.com/heskem/heskem/internal/store/sqlite"
	"github.com/heskem/heskem/internal/wizard"
)

func newService(t *testing.T) *service.Service {
	t.Helper()
	db, err := sqlite.Open(context.Background(), t.TempDir(), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s, err := service.New(db, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSeedDemo(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	today := heskem.NewDate(2026, 11, 27)
	seeded, err := s.SeedDemo(ctx, today)
	if err != nil || !seeded {
		t.Fatalf("SeedDemo = %v, %v", seeded, err)
	}
	again, err := s.SeedDemo(ctx, today)
	if err != nil || again {
		t.Fatalf("second SeedDemo = %v, %v; want no-op on a non-empty database", again, err)
	}
	org, err := s.Workspace(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rows, total, err := s.ListAgreements(ctx, heskem.AgreementFilter{OrgID: org.ID})
	if err != nil || total != 2 {
		t.Fatalf("agreements = %d, %v", total, err)
	}
	langs := map[string]bool{}
	for _, r := range rows {
		langs[r.Language] = true
		v, err := s.Agreement(ctx, org.ID, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(v.Milestones) < 2 || len(v.Installments) < 2 || len(v.Contacts) < 3 || len(v.Sanctions) != 1 {
			t.Errorf("%s: %d milestones, %d payments, %d contacts, %d sanctions", r.Title, len(v.Milestones), len(v.Installments), len(v.Contacts), len(v.Sanctions))
		}
		// The payment schedule adds up to the agreement's value.
		if v.Total != v.Agreement.Value {
			t.Errorf("%s: installments total %v, agreement value %v", r.Title, v.Total, v.Agreement.Value)
		}
		// Israeli parties carry valid numbers.
		for _, p := range []heskem.Party{v.Supplier, v.Client} {
			if p.IDKind == heskem.IDCompany && !heskem.ValidIsraeliID(p.IDNumber) {
				t.Errorf("%s has an invalid company number %s", p.LegalName, p.IDNumber)
			}
		}
	}
	if !langs["he"] || !langs["en"] {
		t.Errorf("demo languages = %v, want a Hebrew and an English agreement", langs)
	}
	// The demo places a late milestone before today, so the workspace has
	// something to show on its first run.
	v, _ := s.Agreement(ctx, org.ID, rows[len(rows)-1].ID)
	late := false
	for _, m := range v.Milestones {
		if !m.DueDate.IsZero() && m.DueDate.Before(today) && m.State != heskem.MilestoneAccepted {
			late = true
		}
	}
	if v.Agreement.Language == "he" && !late {
		t.Error("Hebrew demo has no late milestone")
	}
}

func TestUpdateAgreementRules(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	s.SeedDemo(ctx, heskem.NewDate(2026, 11, 27))
	org, _ := s.Workspace(ctx)
	title := "new"
	if _, err := s.UpdateAgreement(ctx, service.System, org.ID, 2, service.AgreementPatch{Title: &title}); heskem.ErrorCode(err) != heskem.EINVALID {
		t.Errorf("update without revision = %v, want EINVALID", err)
	}
	a, err := s.UpdateAgreement(ctx, service.System, org.ID, 2, service.AgreementPatch{Revision: 1, Title: &title})
	if err != nil || a.Title != "new" || a.Revision != 2 {
		t.Fatalf("update = %+v, %v", a, err)
	}
	if _, err := s.UpdateAgreement(ctx, service.System, org.ID, 2, service.AgreementPatch{Revision: 1, Title: &title}); heskem.ErrorCode(err) != heskem.ECONFLICT {
		t.Errorf("stale update = %v, want ECONFLICT", err)
	}
}

func TestMilestoneAndPaymentEvents(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	s.SeedDemo(ctx, heskem.NewDate(2026, 11, 27))
	org, _ := s.Workspace(ctx)
	v, _ := s.Agreement(ctx, org.ID, 1)
	late := v.Milestones[1] // the demo's late milestone
	at := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	m, err := s.MilestoneEvent(ctx, service.System, org.ID, 1, late.ID, service.ActionSubmit, "", at)
	if err != nil || m.State != heskem.MilestoneSubmitted {
		t.Fatalf("submit: %v", err)
	}
	if _, err := s.MilestoneEvent(ctx, service.System, org.ID, 1, late.ID, service.ActionReject, "", at); heskem.ErrorCode(err) != heskem.EINVALID {
		t.Errorf("reject without reason: %v", err)
	}
	if _, err := s.MilestoneEvent(ctx, service.System, org.ID, 1, late.ID, service.ActionAccept, "", at); err != nil {
		t.Fatal(err)
	}
	// The English demo agreement is in review: no delivery events yet.
	if _, err := s.MilestoneEvent(ctx, service.System, org.ID, 2, 5, service.ActionSubmit, "", at); heskem.ErrorCode(err) != heskem.EINVALID {
		t.Errorf("event on an agreement in review: %v", err)
	}
	if _, err := s.MilestoneEvent(ctx, service.System, org.ID, 1, 999, service.ActionSubmit, "", at); heskem.ErrorCode(err) != heskem.ENOTFOUND {
		t.Errorf("unknown milestone: %v", err)
	}
	// Now its payment (on acceptance of "גרסת בדיקות", שוטף + 30) can be invoiced and paid in part.
	inst := v.Installments[2]
	if _, err := s.PaymentEvent(ctx, service.System, org.ID, 1, inst.ID, true, heskem.Money{}, at); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PaymentEvent(ctx, service.System, org.ID, 1, inst.ID, false, heskem.Shekels(20000, 0), at); err != nil {
		t.Fatal(err)
	}
	v, _ = s.Agreement(ctx, org.ID, 1)
	got := v.Standing.Payments[2]
	if got.Outstanding != heskem.Shekels(35800, 0) || got.Due != heskem.NewDate(2026, 12, 30) {
		t.Errorf("payment after invoice and part payment: outstanding %v due %v", got.Outstanding, got.Due)
	}
	// Delivered two days late: the penalty is final and stops growing.
	if p := v.Standing.Milestones[1].Penalty; p == nil || !p.Final || p.Amount != heskem.Shekels(558, 0) {
		t.Errorf("penalty after late delivery = %+v", p)
	}
}

// TestDashboardFollowsChanges checks that the cached dashboard is
// recomputed after a change: accepting the late milestone removes it.
func TestDashboardFollowsChanges(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	s.Now = func() time.Time { return time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC) }
	s.SeedDemo(ctx, heskem.NewDate(2026, 11, 27))
	org, _ := s.Workspace(ctx)
	f := heskem.DashboardFilter{OrgID: org.ID}
	d1, err := s.Dashboard(ctx, f)
	if err != nil || len(d1.Late) != 1 || d1.Late[0].Accrued == nil || d1.Late[0].Accrued.Amount != 83700 {
		t.Fatalf("dashboard = %+v, %v", d1, err)
	}
	if d2, _ := s.Dashboard(ctx, f); d2 != d1 {
		t.Error("an unchanged workspace recomputed its dashboard")
	}
	at := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	s.MilestoneEvent(ctx, service.System, org.ID, 1, d1.Late[0].ItemID, service.ActionSubmit, "", at)
	s.MilestoneEvent(ctx, service.System, org.ID, 1, d1.Late[0].ItemID, service.ActionAccept, "", at)
	d3, err := s.Dashboard(ctx, f)
	if err != nil || len(d3.Late) != 0 {
		t.Errorf("after acceptance: %d late rows (%v), want 0", len(d3.Late), err)
	}
}

// TestAgreementFromDraft saves the Hebrew example, drafted in the wizard,
// as an agreement of the workspace, and checks that what it runs on came
// across: parties, milestones with values, installments, sanctions and
// contacts with backups, and the drafted text as version 1.
func TestAgreementFromDraft(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	org, _ := s.Workspace(ctx)
	d, err := s.NewDraft(ctx, service.System, org.ID, "הסכם לפיתוח מערכת תוכנה", "he", true)
	if err != nil {
		t.Fatal(err)
	}
	ag, err := s.AgreementFromDraft(ctx, service.System, org.ID, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.Agreement(ctx, org.ID, ag.ID)
	if err != nil {
		t.Fatal(err)
	}
	if v.Supplier.LegalName == "" || v.Client.IDNumber == "" || len(v.Milestones) < 2 || len(v.Installments) < 2 || len(v.Contacts) < 2 {
		t.Fatalf("agreement from draft: %+v", v)
	}
	if v.Total != v.Agreement.Value {
		t.Errorf("installments add up to %v, the agreement is worth %v", v.Total, v.Agreement.Value)
	}
	kinds := map[heskem.SanctionKind]bool{}
	for _, r := range v.Sanctions {
		kinds[r.Kind] = true
	}
	if !kinds[heskem.SanctionLateDelivery] {
		t.Errorf("sanctions = %+v", v.Sanctions)
	}
	backups := 0
	for _, c := range v.Contacts {
		if c.BackupID != 0 {
			backups++
		}
	}
	if backups == 0 {
		t.Error("no contact has a backup")
	}
	var versions []heskem.Version
	s.Store.View(ctx, func(tx heskem.Tx) (err error) { versions, err = tx.Versions(ctx, ag.ID); return })
	if len(versions) != 1 || !strings.Contains(versions[0].Text, "הסכם לפיתוח מערכת תוכנה") || !versions[0].Verify() {
		t.Errorf("versions = %d", len(versions))
	}
	// Once saved, the draft points at its agreement and cannot be saved twice.
	if _, err := s.AgreementFromDraft(ctx, service.System, org.ID, d.ID); heskem.ErrorCode(err) != heskem.EINVALID {
		t.Errorf("second save = %v", err)
	}
	if ag.PayerType != "business" {
		t.Errorf("payer type = %q, want the example's business", ag.PayerType)
	}
	// A second draft with the same parties reuses them; its client, made a
	// public body in the wizard, carries that payer type to the agreement.
	d2, _ := s.NewDraft(ctx, service.System, org.ID, "עוד הסכם", "he", true)
	sections, err := wizard.Split([]byte(d2.YAML))
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(sections["parties"], "payer_type: business", "payer_type: public_body", 1)
	if edited == sections["parties"] {
		t.Fatal("the example's parties section has no payer_type: business")
	}
	if d2, err = s.SaveDraft(ctx, service.System, org.ID, d2.ID, d2.Revision, map[string]string{"parties": edited}); err != nil {
		t.Fatal(err)
	}
	ag2, err := s.AgreementFromDraft(ctx, service.System, org.ID, d2.ID)
	if err != nil {
		t.Fatal(err)
	}
	if ag2.PayerType != "public_body" {
		t.Errorf("payer type = %q, want public_body from the draft", ag2.PayerType)
	}
	var parties []heskem.Party
	s.Store.View(ctx, func(tx heskem.Tx) (err error) { parties, err = tx.Parties(ctx, org.ID); return })
	if len(parties) != 2 {
		t.Errorf("%d parties after two agreements between the same companies, want 2", len(parties))
	}
}

// TestDashboardIncrementalEqualsFull checks the incremental refresh: after
// changes to some agreements, the refreshed dashboard equals one computed
// from scratch by a service with no cache.
func TestDashboardIncrementalEqualsFull(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	now := func() time.Time { return time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC) }
	s.Now = now
	s.SeedDemo(ctx, heskem.NewDate(2026, 11, 27))
	org, _ := s.Workspace(ctx)
	f := heskem.DashboardFilter{OrgID: org.ID}
	if _, err := s.Dashboard(ctx, f); err != nil {
		t.Fatal(err)
	}
	// Change agreement 1: invoice a payment and submit the late milestone.
	at := now()
	if _, err := s.PaymentEvent(ctx, service.System, org.ID, 1, 3, true, heskem.Money{}, at.AddDate(0, -2, 0)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.MilestoneEvent(ctx, service.System, org.ID, 1, 2, service.ActionSubmit, "", at); err != nil {
		t.Fatal(err)
	}
	got, err := s.Dashboard(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := service.New(s.Store, nil)
	if err != nil {
		t.Fatal(err)
	}
	fresh.Now = now
	want, err := fresh.Dashboard(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("incremental dashboard differs from a full one:\n got %+v\nwant %+v", got, want)
	}
	if len(got.Overdue) != 1 || len(got.Late) != 0 {
		t.Errorf("after the changes: %d overdue payments, %d late milestones; want 1 and 0", len(got.Overdue), len(got.Late))
	}
}

// TestAgreementFromDraftRenewal saves the English example, which renews
// every 12 months unless notice is given 60 days before the end, and
// checks the agreement keeps its term, renewal and notice.
func TestAgreementFromDraftRenewal(t *testing.T) {
	ctx := context.Background()
	s := newService(t)
	org, _ := s.Workspace(ctx)
	d, err := s.NewDraft(ctx, service.System, org.ID, "Software development agreement", "en", true)
	if err != nil {
		t.Fatal(err)
	}
	ag, err := s.AgreementFromDraft(ctx, service.System, org.ID, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := heskem.Renewal{Months: 12, NoticeCount: 60, NoticeUnit: "days"}
	if ag.Renewal != want {
		t.Errorf("renewal = %+v, want %+v", ag.Renewal, want)
	}
	if end := ag.StartDate.Time().AddDate(1, 0, -1); ag.EndDate.Time() != end {
		t.Errorf("end = %s, want 12 months from %s: %s", ag.EndDate, ag.StartDate, end.Format(time.DateOnly))
	}
}
