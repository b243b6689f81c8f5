package jobs

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/store"
	"github.com/heskem/heskem/internal/store/postgres"
	"github.com/heskem/heskem/internal/store/sqlite"
)

// openSQLite gives River one connection of its own to the store's file,
// with the store's pragmas. One, as the River SQLite driver recommends:
// SQLite has one writer, and River's concurrent internal work would
// otherwise only contend for the lock.
func (r *Runner) openSQLite(ctx context.Context) error {
	db, err := sqlite.OpenPool(ctx, r.cfg.SQLitePath, 1)
	if err != nil {
		return fmt.Errorf("job queue: %w", err)
	}
	r.riverDB = db
	driver := riversqlite.New(db)
	m, err := rivermigrate.New(driver, &rivermigrate.Config{Logger: r.log})
	if err != nil {
		return fmt.Errorf("job queue migrations: %w", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("install job queue schema in %s: %w", r.cfg.SQLitePath, err)
	}
	c, err := river.NewClient(driver, r.riverConfig())
	if err != nil {
		return fmt.Errorf("job queue: %w", err)
	}
	r.client = c
	return nil
}

// migrateLock is the advisory lock that makes concurrent instances install
// River's schema one at a time ("heskem-river" in ASCII).
const migrateLock = 0x6865736b656d

// openPostgres gives River a pgx pool on the same database.
func (r *Runner) openPostgres(ctx context.Context) error {
	pool, err := pgxpool.New(ctx, r.cfg.PostgresURL)
	if err != nil {
		return fmt.Errorf("job queue: database URL %s: %w", postgres.Redact(r.cfg.PostgresURL), err)
	}
	r.pool = pool
	driver := riverpgxv5.New(pool)
	m, err := rivermigrate.New(driver, &rivermigrate.Config{Logger: r.log})
	if err != nil {
		return fmt.Errorf("job queue migrations: %w", err)
	}
	// River's migrations each need a transaction of their own (one adds
	// an enum value another uses), so the lock is a session lock held on a
	// connection of its own while they run.
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("job queue migrations: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", int64(migrateLock)); err != nil {
		return fmt.Errorf("job queue migration lock: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", int64(migrateLock)) //nolint:errcheck // released with the session anyway
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("install job queue schema: %w", err)
	}
	c, err := river.NewClient(driver, r.riverConfig())
	if err != nil {
		return fmt.Errorf("job queue: %w", err)
	}
	r.client = c
	return nil
}

// finish runs fn as the job's last step. On SQLite fn runs on River's
// connection in the transaction that also marks the job completed
// (river.JobCompleteTx): both happen or neither does. On PostgreSQL fn
// commits through the store and the job completes when the worker
// returns; a crash in between re-runs the job, and fn's records make that
// re-run a no-op.
func finish[T river.JobArgs](ctx context.Context, r *Runner, job *river.Job[T], fn func(heskem.Tx) error) error {
	if r.riverDB == nil {
		return r.db.Update(ctx, fn)
	}
	tx, err := r.riverDB.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if err := fn(store.NewTx(tx, r.db.Dialect, r.now())); err != nil {
		return err
	}
	if _, err := river.JobCompleteTx[*riversqlite.Driver](ctx, tx, job); err != nil {
		return fmt.Errorf("complete job %d: %w", job.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}
