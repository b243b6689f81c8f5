// Package sqlite is the embedded storage engine: one SQLite file under the
// data directory, with WAL journaling, foreign keys, a busy timeout, one
// writer connection and a pool of readers (the arrangement PocketBase uses
// in production). It needs no server and no cgo.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/pressly/goose/v3"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/store"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// FileName is the database file's name inside the data directory.
const FileName = "heskem.db"

// Options tune Open.
type Options struct {
	Now       func() time.Time // clock; nil for time.Now
	ReadConns int              // reader pool size; 0 for 4
	NoMigrate bool             // open without applying migrations
}

// Migrations returns the embedded migration files.
func Migrations() fs.FS {
	sub, _ := fs.Sub(migrationFiles, "migrations")
	return sub
}

// dsn builds the connection string. busy_timeout comes first so that every
// later pragma already waits instead of failing on a locked database.
// synchronous=FULL makes every commit durable against power loss, not only
// against a crash of the process: people rely on these records for money.
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(FULL)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Set("_txlock", "immediate") // writers take the lock at BEGIN, never mid-transaction
	}
	return "file:" + path + "?" + q.Encode()
}

// CheckDataDir creates dir if needed and verifies it is a writable
// directory, with a message that says how to fix it when it is not.
func CheckDataDir(dir string) error {
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return fmt.Errorf("data directory %s is a file, not a directory: choose another --data DIR", dir)
	}
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return fmt.Errorf("cannot create data directory %s: %w (choose a --data DIR you can write)", dir, err)
	}
	probe, err := os.CreateTemp(dir, ".write-check-*")
	if err != nil {
		return fmt.Errorf("data directory %s is not writable: %w (fix its permissions or choose another --data DIR)", dir, err)
	}
	name := probe.Name()
	probe.Close()
	return os.Remove(name)
}

// Open opens (creating if needed) the database in dir and applies pending
// migrations.
func Open(ctx context.Context, dir string, opt Options) (*store.DB, error) {
	if err := CheckDataDir(dir); err != nil {
		return nil, err
	}
	return OpenFile(ctx, filepath.Join(dir, FileName), opt)
}

// OpenFile opens the database file at path.
func OpenFile(ctx context.Context, path string, opt Options) (*store.DB, error) {
	w, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if !opt.NoMigrate {
		if _, err := store.Migrate(ctx, w, goose.DialectSQLite3, Migrations(), 0); err != nil {
			w.Close()
			return nil, fmt.Errorf("database %s: %w", path, err)
		}
	}
	r, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s for reading: %w", path, err)
	}
	n := opt.ReadConns
	if n <= 0 {
		n = 4
	}
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	db := &store.DB{Write: w, Read: r, Now: opt.Now, Dialect: Dialect()}
	db.CloseFn = func() error {
		// Checkpoint so the main file is complete on its own after a clean
		// shutdown; the WAL would be replayed on next open anyway.
		_, cerr := w.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
		return errors.Join(cerr, r.Close(), w.Close())
	}
	return db, nil
}

// Migrate applies pending migrations to the database in dir, up to target
// (0 for all), and returns what was applied.
func Migrate(ctx context.Context, dir string, target int64) ([]store.Migration, error) {
	if err := CheckDataDir(dir); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, FileName)
	w, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer w.Close()
	w.SetMaxOpenConns(1)
	return store.Migrate(ctx, w, goose.DialectSQLite3, Migrations(), target)
}

// Dialect returns SQLite's query dialect.
func Dialect() store.Dialect {
	return store.Dialect{Name: "sqlite", Rebind: store.RebindQuestion, Classify: classify}
}

// classify maps SQLite constraint errors to domain errors.
func classify(err error) error {
	var se *sqlite.Error
	if err == nil || !errors.As(err, &se) {
		return err
	}
	switch se.Code() {
	case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
		return &heskem.Error{Code: heskem.ECONFLICT, Key: "error.exists", Message: "it already exists: " + se.Error()}
	case sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
		return &heskem.Error{Code: heskem.EINVALID, Key: "error.reference", Message: "it refers to something that does not exist"}
	case sqlite3.SQLITE_CONSTRAINT_CHECK, sqlite3.SQLITE_CONSTRAINT_NOTNULL, sqlite3.SQLITE_CONSTRAINT_TRIGGER:
		return &heskem.Error{Code: heskem.EINVALID, Key: "error.constraint", Message: se.Error()}
	}
	return err
}

// Backup writes a consistent copy of the database in dir to out with
// VACUUM INTO, which reads one snapshot while a running server goes on
// writing (WAL readers do not block writers). It uses its own connection, so
// it works from a separate process. out must not exist: a backup never
// overwrites anything.
func Backup(ctx context.Context, dir, out string) error {
	path := filepath.Join(dir, FileName)
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("backup: no database at %s: %w", path, err)
	}
	if _, err := os.Stat(out); err == nil {
		return fmt.Errorf("backup: %s already exists; choose a new file name", out)
	}
	abs, err := filepath.Abs(out)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)")
	if err != nil {
		return fmt.Errorf("backup: open %s: %w", path, err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", abs); err != nil {
		os.Remove(abs)
		return fmt.Errorf("backup to %s: %w", out, err)
	}
	return Verify(ctx, abs)
}

// Verify opens the database file at path read-only and runs SQLite's
// integrity check, returning an error that says what is wrong.
func Verify(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer db.Close()
	var res string
	if err := db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&res); err != nil {
		return fmt.Errorf("%s is not a readable SQLite database: %w", path, err)
	}
	if res != "ok" {
		return fmt.Errorf("%s failed the integrity check: %s", path, res)
	}
	var n int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM organizations").Scan(&n); err != nil {
		return fmt.Errorf("%s is not a Heskem database: %w", path, err)
	}
	return nil
}
