package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// OpenPool opens another read-write pool of at most maxConns connections
// on the database file at path, with exactly the pragmas the store's own
// writer uses (busy_timeout first, foreign keys, synchronous=FULL, WAL) and
// BEGIN IMMEDIATE transactions. It is for components that need their own
// connection to the same file — the job queue (River) takes its own, so
// that a job's completion and the records it writes can share one SQLite
// transaction. SQLite still allows one writer at a time: the busy timeout
// makes the pools take turns instead of failing with SQLITE_BUSY.
//
// It applies no migrations; open the store first.
func OpenPool(ctx context.Context, path string, maxConns int) (*sql.DB, error) {
	db, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if maxConns <= 0 {
		maxConns = 1
	}
	db.SetMaxOpenConns(maxConns)
	db.SetMaxIdleConns(maxConns)
	db.SetConnMaxIdleTime(0)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	return db, nil
}
