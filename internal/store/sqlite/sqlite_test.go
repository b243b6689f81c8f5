package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/store"
	"github.com/heskem/heskem/internal/store/sqlite"
	"github.com/heskem/heskem/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) *store.DB {
		db, err := sqlite.Open(context.Background(), t.TempDir(), sqlite.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

// TestUpgradeFromOlderSchema opens a database left at migration 1, as an
// older binary would have left it, and checks it is upgraded in place.
func TestUpgradeFromOlderSchema(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	storetest.Upgrade(t,
		func() error { _, err := sqlite.Migrate(ctx, dir, 1); return err },
		func() (*store.DB, error) { return sqlite.Open(ctx, dir, sqlite.Options{NoMigrate: true}) },
		func() (*store.DB, error) { return sqlite.Open(ctx, dir, sqlite.Options{}) },
		func(db *store.DB) (int64, int64, error) {
			return store.SchemaVersion(ctx, db.Write, "sqlite3", sqlite.Migrations())
		})
}

func TestBadDataDir(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plain-file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := sqlite.Open(context.Background(), file, sqlite.Options{})
	if err == nil || !strings.Contains(err.Error(), "not a directory") || !strings.Contains(err.Error(), "--data") {
		t.Fatalf("Open(file) error = %v, want one that says it is not a directory and names --data", err)
	}
}

func TestBackupAndVerify(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := sqlite.Open(ctx, dir, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(ctx, func(tx heskem.Tx) error {
		return tx.CreateOrganization(ctx, &heskem.Organization{Name: "backed up"})
	}); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "copy.db")
	if err := sqlite.Backup(ctx, dir, out); err != nil {
		t.Fatalf("backup while open: %v", err)
	}
	if err := sqlite.Backup(ctx, dir, out); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("second backup to the same file: %v, want refusal", err)
	}
	restored, err := sqlite.OpenFile(ctx, out, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer restored.Close()
	var orgs []heskem.Organization
	if err := restored.View(ctx, func(tx heskem.Tx) (err error) { orgs, err = tx.Organizations(ctx); return }); err != nil {
		t.Fatal(err)
	}
	if len(orgs) != 1 || orgs[0].Name != "backed up" {
		t.Errorf("backup holds %+v", orgs)
	}
	garbage := filepath.Join(t.TempDir(), "garbage.db")
	os.WriteFile(garbage, []byte("this is not a database, just text that is long enough to look like a header......."), 0o600)
	if err := sqlite.Verify(ctx, garbage); err == nil {
		t.Error("Verify accepted a text file")
	}
}
