package service_test

import (
	"context"
	"testing"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/service"
	"github.com/heskem/heskem/internal/store/sqlite"
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
