package postgres_test

import (
	"context"
	"strings"
	"testing"

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
	storetest.Upgrade(t,
		func() error { _, err := postgres.Migrate(ctx, url, 1); return err },
		func() (*store.DB, error) { return postgres.Open(ctx, url, postgres.Options{NoMigrate: true}) },
		func() (*store.DB, error) { return postgres.Open(ctx, url, postgres.Options{}) },
		func(db *store.DB) (int64, int64, error) {
			return store.SchemaVersion(ctx, db.Write, "postgres", postgres.Migrations())
		})
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
