package store

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"

	"github.com/pressly/goose/v3"
)

// Migration describes one applied migration.
type Migration struct {
	Version int64
	Name    string
}

// Migrate applies the embedded migrations in fsys to db up to target (0 for
// all) and returns what it applied. Migrations are versioned SQL files, so
// a database made by an older binary is upgraded in place on start.
func Migrate(ctx context.Context, db *sql.DB, dialect goose.Dialect, fsys fs.FS, target int64, opts ...goose.ProviderOption) ([]Migration, error) {
	p, err := goose.NewProvider(dialect, db, fsys, opts...)
	if err != nil {
		return nil, fmt.Errorf("load migrations: %w", err)
	}
	var res []*goose.MigrationResult
	if target > 0 {
		res, err = p.UpTo(ctx, target)
	} else {
		res, err = p.Up(ctx)
	}
	if err != nil {
		return nil, fmt.Errorf("apply migrations: %w", err)
	}
	out := make([]Migration, 0, len(res))
	for _, r := range res {
		out = append(out, Migration{Version: r.Source.Version, Name: r.Source.Path})
	}
	return out, nil
}

// SchemaVersion returns the database's current migration version.
func SchemaVersion(ctx context.Context, db *sql.DB, dialect goose.Dialect, fsys fs.FS) (current, latest int64, err error) {
	p, err := goose.NewProvider(dialect, db, fsys)
	if err != nil {
		return 0, 0, fmt.Errorf("load migrations: %w", err)
	}
	current, latest, err = p.GetVersions(ctx)
	if err != nil {
		return 0, 0, fmt.Errorf("read schema version: %w", err)
	}
	return current, latest, nil
}
