package postgres_test

import (
	"context"
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/store"
	"github.com/heskem/heskem/internal/store/postgres"
	"github.com/heskem/heskem/internal/store/postgres/pgtest"
	"github.com/heskem/heskem/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) *store.DB {
		db, err := postgres.Open(context.Background(), pgtest.NewDatabase(t), postgres.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

func TestUpgradeFromOlderSchema(t *testing.T) {
	ctx := context.Background()
	url := pgtest.NewDatabase(t)
	if applied, err := postgres.Migrate(ctx, url, 1); err != nil || len(applied) != 1 {
		t.Fatalf("migrate to 1: %v %v", applied, err)
	}
	old, err := postgres.Open(ctx, url, postgres.Options{NoMigrate: true})
	if err != nil {
		t.Fatal(err)
	}
	var org heskem.Organization
	if err := old.Update(ctx, func(tx heskem.Tx) error {
		org = heskem.Organization{Name: "legacy"}
		return tx.CreateOrganization(ctx, &org)
	}); err != nil {
		t.Fatal(err)
	}
	old.Close()
	db, err := postgres.Open(ctx, url, postgres.Options{})
	if err != nil {
		t.Fatalf("open older database: %v", err)
	}
	defer db.Close()
	cur, latest, err := store.SchemaVersion(ctx, db.Write, "postgres", postgres.Migrations())
	if err != nil || cur != latest || cur < 2 {
		t.Fatalf("schema version = %d of %d (%v), want latest", cur, latest, err)
	}
	var got *heskem.Organization
	if err := db.View(ctx, func(tx heskem.Tx) (err error) { got, err = tx.Organization(ctx, org.ID); return }); err != nil {
		t.Fatal(err)
	}
	if got.Name != "legacy" {
		t.Errorf("data lost in upgrade: %+v", got)
	}
}

// TestBadURL needs no server: a malformed URL and an unreachable server
// both fail with a message that says what to fix.
func TestBadURL(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct{ url, want string }{
		{"postgres://user:pw@host:notaport/db", "not a valid PostgreSQL URL"},
		{"postgres://postgres@127.0.0.1:1/nope?connect_timeout=2", "cannot connect to PostgreSQL at 127.0.0.1:1"},
	} {
		_, err := postgres.Open(ctx, tc.url, postgres.Options{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Open(%q) = %v, want error containing %q", tc.url, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), ":pw@") {
			t.Errorf("error leaks the password: %v", err)
		}
	}
}
