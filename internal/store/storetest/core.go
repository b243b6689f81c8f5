package storetest

import (
	"testing"
	"time"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/store"
)

func testOrganizations(t *testing.T, db *store.DB) {
	f := newFixture(t, db, "alpha")
	err := db.View(ctx(), func(tx heskem.Tx) error {
		o, err := tx.Organization(ctx(), f.org.ID)
		if err != nil {
			return err
		}
		if o.Name != "alpha" || o.TimeZone != "Asia/Jerusalem" || !o.CreatedAt.Equal(f.org.CreatedAt) {
			t.Errorf("organization = %+v, want name alpha, zone Asia/Jerusalem, created %v", o, f.org.CreatedAt)
		}
		u, err := tx.UserByEmail(ctx(), "OWNER@alpha.example")
		if err != nil {
			return err
		}
		if u.ID != f.user.ID || u.Role != heskem.RoleOwner || u.Lang != "he" {
			t.Errorf("user by email = %+v, want id %d owner he", u, f.user.ID)
		}
		_, err = tx.Organization(ctx(), f.org.ID+1000)
		wantCode(t, err, heskem.ENOTFOUND)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// A second user with the same email is a conflict; an invalid one is
	// rejected before it reaches SQL.
	err = db.Update(ctx(), func(tx heskem.Tx) error {
		return tx.CreateUser(ctx(), &heskem.User{OrgID: f.org.ID, Email: "owner@alpha.example", Name: "X", Role: heskem.RoleMember})
	})
	wantCode(t, err, heskem.ECONFLICT)
	err = db.Update(ctx(), func(tx heskem.Tx) error {
		return tx.CreateUser(ctx(), &heskem.User{OrgID: f.org.ID, Email: "not an email", Name: "X", Role: "king"})
	})
	wantCode(t, err, heskem.EINVALID)
}

func testParties(t *testing.T, db *store.DB) {
	f := newFixture(t, db, "p")
	err := db.Update(ctx(), func(tx heskem.Tx) error {
		return tx.CreateParty(ctx(), &heskem.Party{OrgID: f.org.ID, LegalName: "Bad", IDKind: heskem.IDCompany, IDNumber: "514823698"})
	})
	wantCode(t, err, heskem.EINVALID)
	// Same number twice in one organization is a conflict.
	err = db.Update(ctx(), func(tx heskem.Tx) error {
		return tx.CreateParty(ctx(), &heskem.Party{OrgID: f.org.ID, LegalName: "Dup", IDKind: heskem.IDCompany, IDNumber: companyA})
	})
	wantCode(t, err, heskem.ECONFLICT)
	var ps []heskem.Party
	if err := db.View(ctx(), func(tx heskem.Tx) (err error) { ps, err = tx.Parties(ctx(), f.org.ID); return }); err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 || ps[0].LegalName != "Beta Retail Ltd" || ps[1].IDNumber != companyA {
		t.Errorf("parties = %+v, want Beta then אלפא", ps)
	}
}

func testAgreements(t *testing.T, db *store.DB) {
	f := newFixture(t, db, "a")
	a := f.agreement("הסכם מתן שירותי פיתוח")
	createAgreement(t, db, &a)
	if a.ID == 0 || a.Revision != 1 || a.Status != heskem.StatusDraft || a.Policy != "israel" {
		t.Fatalf("created agreement = %+v, want id, revision 1, draft, israel policy", a)
	}
	var got *heskem.Agreement
	if err := db.View(ctx(), func(tx heskem.Tx) (err error) { got, err = tx.Agreement(ctx(), f.org.ID, a.ID); return }); err != nil {
		t.Fatal(err)
	}
	if got.Title != a.Title || got.StartDate != heskem.NewDate(2026, time.March, 1) || got.EndDate != a.EndDate ||
		got.Value != heskem.Shekels(120000, 0) || got.OwnerID != f.user.ID || !got.CreatedAt.Equal(a.CreatedAt) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, a)
	}
	if got.PayerType != "business" {
		t.Errorf("payer type = %q, want the default business", got.PayerType)
	}
	// A public-body client round-trips through create and update.
	pub := f.agreement("הסכם עם גוף ציבורי")
	pub.PayerType = "public_body"
	pub.Renewal = heskem.Renewal{Months: 12, NoticeCount: 10, NoticeUnit: "business_days"}
	createAgreement(t, db, &pub)
	err := db.Update(ctx(), func(tx heskem.Tx) error {
		pub.PayerType = "local_authority"
		return tx.UpdateAgreement(ctx(), &pub)
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.View(ctx(), func(tx heskem.Tx) (err error) { got, err = tx.Agreement(ctx(), f.org.ID, pub.ID); return }); err != nil {
		t.Fatal(err)
	}
	if got.PayerType != "local_authority" || got.Renewal != pub.Renewal {
		t.Errorf("updated payer type = %q, renewal %+v, want local_authority and %+v", got.PayerType, got.Renewal, pub.Renewal)
	}
	for _, r := range []heskem.Renewal{{Months: 12, NoticeCount: 2, NoticeUnit: "fortnights"}, {Months: -1}, {Months: 12, NoticeCount: -5}} {
		bad := f.agreement("renewal")
		bad.Renewal = r
		err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateAgreement(ctx(), &bad) })
		wantCode(t, err, heskem.EINVALID)
	}
	unknown := f.agreement("y")
	unknown.PayerType = "municipality"
	err = db.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateAgreement(ctx(), &unknown) })
	wantCode(t, err, heskem.EINVALID)
	// Invariants hold in the store too: end before start, same party twice.
	bad := f.agreement("x")
	bad.EndDate = heskem.NewDate(2025, time.January, 1)
	bad.ClientID = bad.SupplierID
	err = db.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateAgreement(ctx(), &bad) })
	wantCode(t, err, heskem.EINVALID)
	if p, ok := err.(*heskem.Error); !ok || p.Message == "" {
		t.Errorf("error %v should explain the problems", err)
	}
}

func testAgreementList(t *testing.T, db *store.DB) {
	f := newFixture(t, db, "l")
	for i := range 7 {
		a := f.agreement("agreement " + string(rune('A'+i)))
		if i%2 == 1 {
			a.Status = heskem.StatusActive
		}
		createAgreement(t, db, &a)
	}
	err := db.View(ctx(), func(tx heskem.Tx) error {
		all, total, err := tx.Agreements(ctx(), heskem.AgreementFilter{OrgID: f.org.ID, Limit: 5})
		if err != nil {
			return err
		}
		if total != 7 || len(all) != 5 {
			t.Errorf("page 1: %d of total %d, want 5 of 7", len(all), total)
		}
		rest, _, err := tx.Agreements(ctx(), heskem.AgreementFilter{OrgID: f.org.ID, Limit: 5, Offset: 5})
		if err != nil {
			return err
		}
		if len(rest) != 2 {
			t.Errorf("page 2: %d, want 2", len(rest))
		}
		active, total, err := tx.Agreements(ctx(), heskem.AgreementFilter{OrgID: f.org.ID, Status: heskem.StatusActive})
		if err != nil {
			return err
		}
		if total != 3 || len(active) != 3 {
			t.Errorf("active: %d (total %d), want 3", len(active), total)
		}
		for _, a := range active {
			if a.Status != heskem.StatusActive {
				t.Errorf("filter returned %s agreement", a.Status)
			}
		}
		none, total, err := tx.Agreements(ctx(), heskem.AgreementFilter{OrgID: f.org.ID, PartyID: f.client.ID + 999})
		if err != nil {
			return err
		}
		if total != 0 || len(none) != 0 {
			t.Errorf("unknown party: %d, want 0", total)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func testTenantIsolation(t *testing.T, db *store.DB) {
	f1 := newFixture(t, db, "one")
	f2 := newFixture(t, db, "two")
	a := f1.agreement("secret")
	createAgreement(t, db, &a)
	err := db.View(ctx(), func(tx heskem.Tx) error {
		_, err := tx.Agreement(ctx(), f2.org.ID, a.ID)
		wantCode(t, err, heskem.ENOTFOUND)
		list, total, err := tx.Agreements(ctx(), heskem.AgreementFilter{OrgID: f2.org.ID})
		if err != nil {
			return err
		}
		if total != 0 || len(list) != 0 {
			t.Errorf("org two sees %d agreements of org one", total)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// An agreement cannot name another organization's party.
	b := f2.agreement("cross")
	b.SupplierID = f1.supplier.ID
	err = db.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateAgreement(ctx(), &b) })
	wantCode(t, err, heskem.EINVALID)
}

func testOptimisticConcurrency(t *testing.T, db *store.DB) {
	f := newFixture(t, db, "c")
	a := f.agreement("original")
	createAgreement(t, db, &a)
	// Two editors read revision 1.
	ed1, ed2 := a, a
	ed1.Title = "first editor"
	ed2.Title = "second editor"
	if err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.UpdateAgreement(ctx(), &ed1) }); err != nil {
		t.Fatalf("first update: %v", err)
	}
	if ed1.Revision != 2 {
		t.Errorf("revision after update = %d, want 2", ed1.Revision)
	}
	err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.UpdateAgreement(ctx(), &ed2) })
	wantCode(t, err, heskem.ECONFLICT)
	var got *heskem.Agreement
	if err := db.View(ctx(), func(tx heskem.Tx) (err error) { got, err = tx.Agreement(ctx(), f.org.ID, a.ID); return }); err != nil {
		t.Fatal(err)
	}
	if got.Title != "first editor" || got.Revision != 2 {
		t.Errorf("stored = %q rev %d, want the first editor's change at revision 2", got.Title, got.Revision)
	}
	// Updating something that does not exist is not found, not a conflict.
	missing := a
	missing.ID = a.ID + 1000
	err = db.Update(ctx(), func(tx heskem.Tx) error { return tx.UpdateAgreement(ctx(), &missing) })
	wantCode(t, err, heskem.ENOTFOUND)
}

func testRollback(t *testing.T, db *store.DB) {
	f := newFixture(t, db, "r")
	// A multi-row change that fails half-way leaves nothing behind.
	err := db.Update(ctx(), func(tx heskem.Tx) error {
		a := f.agreement("half")
		if err := tx.CreateAgreement(ctx(), &a); err != nil {
			return err
		}
		m := heskem.Milestone{AgreementID: a.ID, Title: "M1", DueDate: heskem.NewDate(2026, 4, 1)}
		if err := tx.CreateMilestone(ctx(), &m); err != nil {
			return err
		}
		return errBoom
	})
	if err != errBoom {
		t.Fatalf("Update returned %v, want the function's error", err)
	}
	var total int
	if err := db.View(ctx(), func(tx heskem.Tx) (err error) {
		_, total, err = tx.Agreements(ctx(), heskem.AgreementFilter{OrgID: f.org.ID})
		return
	}); err != nil {
		t.Fatal(err)
	}
	if total != 0 {
		t.Errorf("%d agreements survived a rolled-back transaction", total)
	}
	// A read-only transaction refuses writes.
	err = db.View(ctx(), func(tx heskem.Tx) error {
		a := f.agreement("in a read transaction")
		return tx.CreateAgreement(ctx(), &a)
	})
	if err == nil {
		t.Error("write inside View succeeded")
	}
}
