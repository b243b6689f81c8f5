// Package storetest is the conformance suite every storage engine runs.
// Both engines run the same tests, so behaviour that one of them gets wrong
// shows up as a failure, not as a difference users discover.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/store"
)

// Opener returns a fresh, empty, migrated store for one test. The store is
// closed by the suite.
type Opener func(t *testing.T) *store.DB

// Run runs the conformance suite against stores made by open.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, db *store.DB)
	}{
		{"Organizations", testOrganizations},
		{"Parties", testParties},
		{"Agreements", testAgreements},
		{"AgreementList", testAgreementList},
		{"TenantIsolation", testTenantIsolation},
		{"OptimisticConcurrency", testOptimisticConcurrency},
		{"TransactionRollback", testRollback},
		{"Versions", testVersions},
		{"Engagement", testEngagement},
		{"ChangeRequests", testChangeRequests},
		{"Contacts", testContacts},
		{"Reviews", testReviews},
		{"Dashboard", testDashboard},
		{"Feeds", testFeeds},
		{"Drafts", testDrafts},
		{"Audit", testAudit},
		{"Notifications", testNotifications},
		{"ConcurrentWrites", testConcurrentWrites},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := open(t)
			t.Cleanup(func() {
				if err := db.Close(); err != nil {
					t.Errorf("close: %v", err)
				}
			})
			tc.fn(t, db)
		})
	}
}

// fixture is an organization with two parties, the minimum an agreement needs.
type fixture struct {
	org              heskem.Organization
	supplier, client heskem.Party
	user             heskem.User
}

// Valid Israeli company numbers (check digit verified by ValidIsraeliID).
const (
	companyA = "514823699"
	companyB = "516179157"
	companyC = "520012345"
)

func newFixture(t *testing.T, db *store.DB, name string) fixture {
	t.Helper()
	var f fixture
	err := db.Update(context.Background(), func(tx heskem.Tx) error {
		f.org = heskem.Organization{Name: name}
		if err := tx.CreateOrganization(ctx(), &f.org); err != nil {
			return err
		}
		f.user = heskem.User{OrgID: f.org.ID, Email: fmt.Sprintf("owner@%s.example", name), Name: "Dana", Role: heskem.RoleOwner}
		if err := tx.CreateUser(ctx(), &f.user); err != nil {
			return err
		}
		f.supplier = heskem.Party{OrgID: f.org.ID, LegalName: "אלפא פתרונות בע\"מ", IDKind: heskem.IDCompany, IDNumber: companyA}
		if err := tx.CreateParty(ctx(), &f.supplier); err != nil {
			return err
		}
		f.client = heskem.Party{OrgID: f.org.ID, LegalName: "Beta Retail Ltd", IDKind: heskem.IDCompany, IDNumber: companyB}
		return tx.CreateParty(ctx(), &f.client)
	})
	if err != nil {
		t.Fatalf("fixture: %v", err)
	}
	return f
}

func (f fixture) agreement(title string) heskem.Agreement {
	return heskem.Agreement{
		OrgID: f.org.ID, Title: title, Language: "he", SupplierID: f.supplier.ID, ClientID: f.client.ID,
		StartDate: heskem.NewDate(2026, time.March, 1), EndDate: heskem.NewDate(2026, time.December, 31),
		Value: heskem.Shekels(120000, 0), OwnerID: f.user.ID,
	}
}

func createAgreement(t *testing.T, db *store.DB, a *heskem.Agreement) {
	t.Helper()
	if err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateAgreement(ctx(), a) }); err != nil {
		t.Fatalf("create agreement: %v", err)
	}
}

func ctx() context.Context { return context.Background() }

// wantCode fails the test unless err carries the domain error code.
func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if got := heskem.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

var errBoom = errors.New("boom")

// parallel runs fn n times concurrently and returns the errors.
func parallel(n int, fn func(i int) error) []error {
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = fn(i)
		}()
	}
	wg.Wait()
	return errs
}
