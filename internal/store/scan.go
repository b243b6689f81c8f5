package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/heskem/heskem/internal/heskem"
)

// nullID stores 0 as NULL, so optional references satisfy foreign keys.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// nullTime stores a nil time as NULL and others in UTC.
func nullTime(t *time.Time) any {
	if t == nil {
		return nil
	}
	return t.UTC().Truncate(time.Microsecond)
}

// idScanner scans a nullable id column into an int64 (0 for NULL).
type idScanner struct{ dst *int64 }

func (s idScanner) Scan(src any) error {
	var n sql.NullInt64
	if err := n.Scan(src); err != nil {
		return err
	}
	*s.dst = n.Int64
	return nil
}

// timePtrScanner scans a nullable timestamp into a *time.Time.
type timePtrScanner struct{ dst **time.Time }

func (s timePtrScanner) Scan(src any) error {
	var n sql.NullTime
	if err := n.Scan(src); err != nil {
		return err
	}
	if n.Valid {
		t := n.Time.UTC()
		*s.dst = &t
	} else {
		*s.dst = nil
	}
	return nil
}

// utcScanner scans a timestamp and converts it to UTC, so that both engines
// return identical values.
type utcScanner struct{ dst *time.Time }

func (s utcScanner) Scan(src any) error {
	var n sql.NullTime
	if err := n.Scan(src); err != nil {
		return err
	}
	*s.dst = n.Time.UTC()
	return nil
}

// notFound turns sql.ErrNoRows into ENOTFOUND naming what was looked up.
func notFound(err error, what string, id any) error {
	if errors.Is(err, sql.ErrNoRows) {
		return heskem.Errorf(heskem.ENOTFOUND, "%s %v not found", what, id)
	}
	if err != nil {
		return fmt.Errorf("load %s %v: %w", what, id, err)
	}
	return nil
}

// list runs q and scans every row with scan into a new T.
func list[T any](ctx context.Context, t *Tx, what string, scan func(*sql.Rows, *T) error, q string, args ...any) ([]T, error) {
	rows, err := t.query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", what, err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := scan(rows, &v); err != nil {
			return nil, fmt.Errorf("scan %s: %w", what, err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list %s: %w", what, err)
	}
	return out, nil
}

// mustAffect returns ENOTFOUND when an UPDATE touched no row.
func mustAffect(res sql.Result, what string, id int64) error {
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("update %s %d: %w", what, id, err)
	}
	if n == 0 {
		return heskem.Errorf(heskem.ENOTFOUND, "%s %d not found", what, id)
	}
	return nil
}
