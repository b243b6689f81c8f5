package jobs

import (
	"context"
	"fmt"
	"testing"

	"github.com/heskem/heskem/internal/heskem"
)

// BenchmarkScan scans 1,000 active agreements (3 milestones, 2 payments
// and 3 contacts each) on SQLite. After the first iteration every job is a
// River duplicate, so this measures loading, computing, planning and the
// unique-insert check — the periodic cost of a scan.
func BenchmarkScan(b *testing.B) {
	ctx := context.Background()
	db, cfg := openSQLiteAt(b, b.TempDir())
	defer db.Close()
	w := seed(b, db)
	const n = 1000
	err := db.Update(ctx, func(tx heskem.Tx) error {
		for i := range n {
			a := w.agreement
			a.ID, a.Title = 0, fmt.Sprintf("הסכם %d", i)
			if err := tx.CreateAgreement(ctx, &a); err != nil {
				return err
			}
			for j, due := range []heskem.Date{heskem.NewDate(2026, 3, 5), heskem.NewDate(2026, 2, 10), heskem.NewDate(2026, 6, 1)} {
				if err := tx.CreateMilestone(ctx, &heskem.Milestone{AgreementID: a.ID, Title: fmt.Sprintf("שלב %d", j), DueDate: due,
					Value: heskem.Shekels(10000, 0)}); err != nil {
					return err
				}
			}
			for _, due := range []heskem.Date{heskem.NewDate(2026, 3, 8), heskem.NewDate(2026, 2, 1)} {
				if err := tx.CreateInstallment(ctx, &heskem.Installment{AgreementID: a.ID, Title: "תשלום", Amount: heskem.Shekels(5000, 0),
					Term: heskem.TermOnDate, DueDate: due}); err != nil {
					return err
				}
			}
			for _, c := range []heskem.Contact{
				{PartyID: a.SupplierID, Name: "דנה", Email: fmt.Sprintf("dana%d@alpha.test", i%50), Stage: "delivery"},
				{PartyID: a.ClientID, Name: "משה", Email: fmt.Sprintf("moshe%d@beta.test", i%50), Stage: "all"},
				{PartyID: a.SupplierID, Name: "אבי", Email: "avi@alpha.test", Stage: "escalation"},
			} {
				c.AgreementID = a.ID
				if err := tx.CreateContact(ctx, &c); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	c := testConfig(cfg, nil)
	c.InsertOnly = true
	r, err := Start(ctx, c, db, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer r.Stop(ctx)
	rep, err := r.Scan(ctx)
	if err != nil {
		b.Fatal(err)
	}
	jobs := rep.Reminders + rep.Digests
	for b.Loop() {
		if _, err := r.Scan(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(jobs), "jobs/first-scan")
}
