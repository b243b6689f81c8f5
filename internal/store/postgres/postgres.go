// Package postgres is the storage engine for more than one machine:
// PostgreSQL (or a PostgreSQL-compatible database) through pgx, chosen by
// a postgres:// URL. Several Heskem instances can share one database;
// migrations take an advisory lock so that only one instance applies them.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/store"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Options tune Open.
type Options struct {
	Now       func() time.Time // clock; nil for time.Now
	MaxConns  int              // pool size; 0 for 20
	NoMigrate bool
}

// Migrations returns the embedded migration files.
func Migrations() fs.FS {
	sub, _ := fs.Sub(migrationFiles, "migrations")
	return sub
}

// IsURL reports whether s names a PostgreSQL database.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// userinfoRe matches the password part of a URL's userinfo.
var userinfoRe = regexp.MustCompile(`(://[^:/@]*):[^@/]*@`)

// Redact returns the URL with its password replaced, for logs and errors.
// It works on malformed URLs too, which are exactly the ones that end up
// in error messages.
func Redact(u string) string { return userinfoRe.ReplaceAllString(u, "$1:***@") }

// connect parses the URL and opens a pool, failing with a message that
// says what to fix.
func connect(ctx context.Context, url string, maxConns int) (*sql.DB, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("database URL %q is not a valid PostgreSQL URL (want postgres://user:password@host:5432/dbname): %w", Redact(url), err)
	}
	db := stdlib.OpenDB(*cfg)
	if maxConns <= 0 {
		maxConns = 20
	}
	db.SetMaxOpenConns(maxConns)
	db.SetMaxIdleConns(maxConns)
	db.SetConnMaxIdleTime(5 * time.Minute)
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(pctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("cannot connect to PostgreSQL at %s:%d (database %q): %w; check that the server is running and the URL, user and database are right",
			cfg.Host, cfg.Port, cfg.Database, err)
	}
	return db, nil
}

// migrate applies migrations under a session advisory lock.
func migrate(ctx context.Context, db *sql.DB, target int64) ([]store.Migration, error) {
	locker, err := lock.NewPostgresSessionLocker()
	if err != nil {
		return nil, fmt.Errorf("migration lock: %w", err)
	}
	return store.Migrate(ctx, db, goose.DialectPostgres, Migrations(), target, goose.WithSessionLocker(locker))
}

// Open connects to the database at url and applies pending migrations.
func Open(ctx context.Context, url string, opt Options) (*store.DB, error) {
	db, err := connect(ctx, url, opt.MaxConns)
	if err != nil {
		return nil, err
	}
	if !opt.NoMigrate {
		if _, err := migrate(ctx, db, 0); err != nil {
			db.Close()
			return nil, fmt.Errorf("database %s: %w", Redact(url), err)
		}
	}
	return &store.DB{Write: db, Read: db, Now: opt.Now, Dialect: Dialect()}, nil
}

// Migrate applies pending migrations up to target (0 for all).
func Migrate(ctx context.Context, url string, target int64) ([]store.Migration, error) {
	db, err := connect(ctx, url, 2)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	return migrate(ctx, db, target)
}

// Dialect returns PostgreSQL's query dialect.
func Dialect() store.Dialect {
	return store.Dialect{Name: "postgres", Rebind: store.RebindNone, Classify: classify}
}

// classify maps PostgreSQL errors to domain errors by SQLSTATE.
func classify(err error) error {
	var pe *pgconn.PgError
	if err == nil || !errors.As(err, &pe) {
		return err
	}
	switch pe.Code {
	case "23505": // unique_violation
		return &heskem.Error{Code: heskem.ECONFLICT, Key: "error.exists", Message: "it already exists: " + pe.Detail}
	case "23503": // foreign_key_violation
		return &heskem.Error{Code: heskem.EINVALID, Key: "error.reference", Message: "it refers to something that does not exist"}
	case "23514", "23502", "23001": // check, not null, restrict
		return &heskem.Error{Code: heskem.EINVALID, Key: "error.constraint", Message: pe.Message}
	case "40001", "40P01": // serialization failure, deadlock
		return &heskem.Error{Code: heskem.ECONFLICT, Key: "error.retry", Message: "the database was busy with a conflicting change; try again"}
	}
	return err
}
