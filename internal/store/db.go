package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/heskem/heskem/internal/heskem"
)

// DB implements heskem.Store over two database/sql pools: one for writes
// and one for reads. For PostgreSQL both are the same pool; for SQLite the
// write pool has a single connection, because SQLite allows one writer at a
// time and queueing writers in Go is cheaper and fairer than letting them
// spin on SQLITE_BUSY.
type DB struct {
	Write   *sql.DB
	Read    *sql.DB
	Dialect Dialect
	Now     func() time.Time // the clock; tests fix it
	// CloseFn, when set, replaces closing the pools (engines that need to
	// checkpoint or release more on close).
	CloseFn func() error
}

var _ heskem.Store = (*DB)(nil)

// Engine implements heskem.Store.
func (db *DB) Engine() string { return db.Dialect.Name }

// Update implements heskem.Store: fn runs in one read-write transaction,
// committed only when fn returns nil.
func (db *DB) Update(ctx context.Context, fn func(heskem.Tx) error) error {
	return db.run(ctx, db.Write, nil, fn)
}

// View implements heskem.Store: fn runs in a read-only transaction.
func (db *DB) View(ctx context.Context, fn func(heskem.Tx) error) error {
	return db.run(ctx, db.Read, &sql.TxOptions{ReadOnly: true}, fn)
}

func (db *DB) run(ctx context.Context, pool *sql.DB, opts *sql.TxOptions, fn func(heskem.Tx) error) (err error) {
	tx, err := pool.BeginTx(ctx, opts)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", db.Dialect.Classify(err))
	}
	defer func() {
		if p := recover(); p != nil {
			_ = tx.Rollback()
			panic(p)
		}
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	now := time.Now
	if db.Now != nil {
		now = db.Now
	}
	if err := fn(NewTx(tx, db.Dialect, now())); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", db.Dialect.Classify(err))
	}
	return nil
}

// Ping implements heskem.Store.
func (db *DB) Ping(ctx context.Context) error {
	if err := db.Read.PingContext(ctx); err != nil {
		return fmt.Errorf("ping %s: %w", db.Dialect.Name, err)
	}
	var one int
	if err := db.Read.QueryRowContext(ctx, "SELECT 1").Scan(&one); err != nil {
		return fmt.Errorf("query %s: %w", db.Dialect.Name, err)
	}
	return nil
}

// Close implements heskem.Store.
func (db *DB) Close() error {
	if db.CloseFn != nil {
		return db.CloseFn()
	}
	err := db.Write.Close()
	if db.Read != db.Write {
		err = errors.Join(err, db.Read.Close())
	}
	return err
}
