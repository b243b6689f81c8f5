package service_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"
	"time"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/service"
	"github.com/heskem/heskem/internal/store/sqlite"
)

// BenchmarkDashboard measures the dashboard on SQLite with 10,000
// agreements and 100,000 milestones (issue 5's target: p95 under 50 ms).
// Agreements started over the last 400 days with a milestone every 30 days
// and three installments; 97% of what fell due is accepted or paid, as in a
// real workspace, so about one agreement in three has something late or due
// in the next 14 days.
//
//	go test -run '^$' -bench Dashboard -benchtime 50x ./internal/service
func BenchmarkDashboard(b *testing.B) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, b.TempDir(), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	s, err := service.New(db, nil)
	if err != nil {
		b.Fatal(err)
	}
	today := heskem.NewDate(2026, 11, 27)
	s.Now = func() time.Time { return time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC) }
	const agreements, perAgreement = 10000, 10
	start := time.Now()
	rng := rand.New(rand.NewPCG(1, 2))
	var org heskem.Organization
	var parties []heskem.Party
	err = db.Update(ctx, func(tx heskem.Tx) error {
		org = heskem.Organization{Name: "bench"}
		if err := tx.CreateOrganization(ctx, &org); err != nil {
			return err
		}
		for i := range 200 {
			p := heskem.Party{OrgID: org.ID, LegalName: fmt.Sprintf("party %d", i), IDKind: heskem.IDForeign, IDNumber: fmt.Sprint(i)}
			if err := tx.CreateParty(ctx, &p); err != nil {
				return err
			}
			parties = append(parties, p)
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	for batch := 0; batch < agreements; batch += 1000 {
		err := db.Update(ctx, func(tx heskem.Tx) error {
			for i := batch; i < batch+1000; i++ {
				a := heskem.Agreement{OrgID: org.ID, Title: fmt.Sprintf("agreement %d", i), SupplierID: parties[i%200].ID,
					ClientID: parties[(i+1)%200].ID, Value: heskem.Shekels(100000, 0), Status: heskem.StatusActive,
					StartDate: today.AddDays(-rng.IntN(400))}
				if i%5 == 0 {
					a.Status = heskem.StatusCompleted
				}
				if err := tx.CreateAgreement(ctx, &a); err != nil {
					return err
				}
				for j := range perAgreement {
					due := a.StartDate.AddDays(30 * (j + 1))
					m := heskem.Milestone{AgreementID: a.ID, Title: "m", DueDate: due, Value: heskem.Shekels(10000, 0)}
					if due.Before(today) && rng.IntN(100) < 97 {
						t := due.Time()
						m.State, m.SubmittedAt, m.AcceptedAt = heskem.MilestoneAccepted, &t, &t
					}
					if err := tx.CreateMilestone(ctx, &m); err != nil {
						return err
					}
				}
				for k := range 3 {
					in := heskem.Installment{AgreementID: a.ID, Title: "i", Amount: heskem.Shekels(50000, 0), Term: heskem.TermOnDate,
						DueDate: a.StartDate.AddDays(100 * (k + 1))}
					if in.DueDate.Before(today) && rng.IntN(100) < 97 {
						in.Paid = in.Amount
					}
					if err := tx.CreateInstallment(ctx, &in); err != nil {
						return err
					}
				}
				if err := tx.CreateSanctionRule(ctx, &heskem.SanctionRule{AgreementID: a.ID, Kind: heskem.SanctionLateDelivery, Clause: "9.1",
					RatePercent: "0.5", PeriodCount: 1, PeriodUnit: heskem.UnitBusinessDays, CapPercent: "10"}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("seeded %d agreements, %d milestones in %v", agreements, agreements*perAgreement, time.Since(start).Round(time.Millisecond))
	f := heskem.DashboardFilter{OrgID: org.ID}
	// touch audits a change: to one agreement (agreement > 0), or to the
	// workspace as a whole (agreement 0), which recomputes everything.
	touch := func(b *testing.B, agreement int64) {
		b.StopTimer()
		if err := db.Update(ctx, func(tx heskem.Tx) error {
			return tx.AppendAudit(ctx, &heskem.AuditEvent{OrgID: org.ID, AgreementID: agreement, Action: "bench.touch"})
		}); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	run := func(b *testing.B, change string) {
		var times []time.Duration
		var late, soon int
		for i := 0; b.Loop(); i++ {
			switch change {
			case "full":
				touch(b, 0)
			case "one":
				touch(b, int64(1+(i*7919)%agreements))
			}
			t0 := time.Now()
			d, err := s.Dashboard(ctx, f)
			if err != nil {
				b.Fatal(err)
			}
			times = append(times, time.Since(t0))
			late, soon = len(d.Late), len(d.DueSoon)
		}
		sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
		p95 := times[len(times)*95/100]
		b.ReportMetric(float64(p95.Microseconds())/1000, "p95-ms")
		b.ReportMetric(float64(late), "late-rows")
		b.ReportMetric(float64(soon), "soon-rows")
	}
	// full: the first view of the day, or after a change to no single
	// agreement; after-change: an agreement changed since the last view;
	// unchanged: nothing changed since the last view.
	b.Run("full", func(b *testing.B) { run(b, "full") })
	b.Run("after-change", func(b *testing.B) { run(b, "one") })
	b.Run("unchanged", func(b *testing.B) { run(b, "") })
}
