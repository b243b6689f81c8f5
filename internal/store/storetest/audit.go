package storetest

import (
	"fmt"
	"testing"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/store"
)

func testAudit(t *testing.T, db *store.DB) {
	f := newFixture(t, db, "au")
	other := newFixture(t, db, "au2")
	for i := range 3 {
		err := db.Update(ctx(), func(tx heskem.Tx) error {
			return tx.AppendAudit(ctx(), &heskem.AuditEvent{OrgID: f.org.ID, Actor: "Dana", Action: "agreement.update", Detail: fmt.Sprintf(`{"n":%d}`, i)})
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	// Concurrent appends are serialized per organization: no fork, no gap.
	errs := parallel(8, func(i int) error {
		return db.Update(ctx(), func(tx heskem.Tx) error {
			org := f.org.ID
			if i%4 == 0 {
				org = other.org.ID
			}
			return tx.AppendAudit(ctx(), &heskem.AuditEvent{OrgID: org, Action: "message.create", Detail: fmt.Sprint(i)})
		})
	})
	for _, err := range errs {
		if err != nil {
			t.Fatalf("concurrent append: %v", err)
		}
	}
	var evs, evs2 []heskem.AuditEvent
	err := db.View(ctx(), func(tx heskem.Tx) (err error) {
		if evs, err = tx.AuditEvents(ctx(), f.org.ID); err != nil {
			return err
		}
		evs2, err = tx.AuditEvents(ctx(), other.org.ID)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 9 || len(evs2) != 2 {
		t.Fatalf("events = %d and %d, want 9 and 2", len(evs), len(evs2))
	}
	if bad := heskem.VerifyChain(evs); bad != 0 {
		t.Fatalf("chain broken at seq %d: %+v", bad, evs)
	}
	if err := db.View(ctx(), func(tx heskem.Tx) error {
		seq, hash, err := tx.AuditHead(ctx(), f.org.ID)
		if seq != 9 || hash != evs[8].Hash {
			t.Errorf("audit head = %d %s, want 9 %s (%v)", seq, hash, evs[8].Hash, err)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if bad := heskem.VerifyChain(evs2); bad != 0 {
		t.Fatalf("second chain broken at seq %d", bad)
	}
	// The agreements touched since a point in the log, 0 for events about
	// none in particular.
	a := f.agreement("audited")
	createAgreement(t, db, &a)
	err = db.Update(ctx(), func(tx heskem.Tx) error {
		return tx.AppendAudit(ctx(), &heskem.AuditEvent{OrgID: f.org.ID, AgreementID: a.ID, Action: "agreement.update"})
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.View(ctx(), func(tx heskem.Tx) error {
		ids, err := tx.AuditAgreementsSince(ctx(), f.org.ID, 9)
		if len(ids) != 1 || ids[0] != a.ID {
			t.Errorf("agreements since 9 = %v (%v), want [%d]", ids, err, a.ID)
		}
		all, err := tx.AuditAgreementsSince(ctx(), f.org.ID, 0)
		if len(all) != 2 {
			t.Errorf("agreements since 0 = %v (%v), want 0 and %d", all, err, a.ID)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// Tampering is detected, and the database refuses to update events.
	evs[4].Detail = "forged"
	if bad := heskem.VerifyChain(evs); bad != 5 {
		t.Errorf("VerifyChain after tampering = %d, want 5", bad)
	}
	if _, err := db.Write.ExecContext(ctx(), db.Dialect.Rebind(`UPDATE audit_events SET detail = 'x' WHERE org_id = $1`), f.org.ID); err == nil {
		t.Error("UPDATE of audit events succeeded; the log must be append-only")
	}
}

func testConcurrentWrites(t *testing.T, db *store.DB) {
	f := newFixture(t, db, "cw")
	const n = 24
	errs := parallel(n, func(i int) error {
		a := f.agreement(fmt.Sprintf("concurrent %02d", i))
		return db.Update(ctx(), func(tx heskem.Tx) error {
			if err := tx.CreateAgreement(ctx(), &a); err != nil {
				return err
			}
			return tx.CreateMilestone(ctx(), &heskem.Milestone{AgreementID: a.ID, Title: "m", DueDate: heskem.NewDate(2026, 5, 1)})
		})
	})
	for i, err := range errs {
		if err != nil {
			t.Fatalf("writer %d: %v", i, err)
		}
	}
	var total int
	if err := db.View(ctx(), func(tx heskem.Tx) (err error) {
		_, total, err = tx.Agreements(ctx(), heskem.AgreementFilter{OrgID: f.org.ID})
		return
	}); err != nil {
		t.Fatal(err)
	}
	if total != n {
		t.Errorf("%d agreements after %d concurrent writers", total, n)
	}
}
