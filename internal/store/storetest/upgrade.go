package storetest

import (
	"testing"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/store"
)

// Upgrade checks that a database made by an older binary — migrated only to
// version 1 by migrateToFirst and filled through an engine opened without
// migrations by openOld — is upgraded to the latest schema by openNew
// without losing data. schema reports the database's current and latest
// migration versions.
func Upgrade(t *testing.T, migrateToFirst func() error, openOld, openNew func() (*store.DB, error),
	schema func(*store.DB) (current, latest int64, err error)) {
	t.Helper()
	if err := migrateToFirst(); err != nil {
		t.Fatalf("migrate to version 1: %v", err)
	}
	old, err := openOld()
	if err != nil {
		t.Fatal(err)
	}
	org := heskem.Organization{Name: "legacy"}
	if err := old.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateOrganization(ctx(), &org) }); err != nil {
		t.Fatal(err)
	}
	old.Close()
	db, err := openNew()
	if err != nil {
		t.Fatalf("open older database: %v", err)
	}
	defer db.Close()
	cur, latest, err := schema(db)
	if err != nil || cur != latest || cur < 2 {
		t.Fatalf("schema version = %d of %d (%v), want upgraded to the latest", cur, latest, err)
	}
	var got *heskem.Organization
	if err := db.View(ctx(), func(tx heskem.Tx) (err error) { got, err = tx.Organization(ctx(), org.ID); return }); err != nil {
		t.Fatal(err)
	}
	if got.Name != "legacy" {
		t.Errorf("data lost in upgrade: %+v", got)
	}
}
