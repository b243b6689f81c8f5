package store

import (
	"context"
	"database/sql"
	"strings"
	"time"
)

// Dialect is what differs between engines at query time.
type Dialect struct {
	// Name is "sqlite" or "postgres".
	Name string
	// Rebind turns a query written with $1, $2… into the engine's form.
	Rebind func(q string) string
	// Classify maps engine errors (constraint violations, busy) to domain
	// errors and returns other errors unchanged.
	Classify func(err error) error
}

// RebindQuestion rewrites $N placeholders as ?N, which SQLite binds by
// number. ($N in SQLite would be a *named* parameter bound by order of
// first appearance, a silent bug when a query uses $2 before $1.)
func RebindQuestion(q string) string { return strings.ReplaceAll(q, "$", "?") }

// RebindNone leaves a query as written.
func RebindNone(q string) string { return q }

// querier is what both *sql.Tx and *sql.DB provide.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Tx implements heskem.Tx on one database transaction.
type Tx struct {
	q   querier
	d   Dialect
	now time.Time // fixed per transaction: every row written in it gets the same time
}

// NewTx wraps a transaction. now is the transaction's clock reading.
func NewTx(q querier, d Dialect, now time.Time) *Tx {
	return &Tx{q: q, d: d, now: now.UTC().Truncate(time.Microsecond)}
}

func (t *Tx) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	r, err := t.q.ExecContext(ctx, t.d.Rebind(q), args...)
	return r, t.d.Classify(err)
}

func (t *Tx) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	r, err := t.q.QueryContext(ctx, t.d.Rebind(q), args...)
	return r, t.d.Classify(err)
}

func (t *Tx) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	return t.q.QueryRowContext(ctx, t.d.Rebind(q), args...)
}

// insert runs an INSERT … RETURNING id and returns the id.
func (t *Tx) insert(ctx context.Context, q string, args ...any) (int64, error) {
	var id int64
	if err := t.queryRow(ctx, q, args...).Scan(&id); err != nil {
		return 0, t.d.Classify(err)
	}
	return id, nil
}
