package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/heskem/heskem/internal/heskem"
)

const feedColumns = `id, org_id, agreement_id, owner_id, label, token_hash, created_at, revoked_at`

func scanFeed(r interface{ Scan(...any) error }, f *heskem.CalendarFeed) error {
	return r.Scan(&f.ID, &f.OrgID, idScanner{&f.AgreementID}, idScanner{&f.OwnerID}, &f.Label, &f.TokenHash,
		utcScanner{&f.CreatedAt}, timePtrScanner{&f.RevokedAt})
}

// CreateFeed implements heskem.FeedStore.
func (t *Tx) CreateFeed(ctx context.Context, f *heskem.CalendarFeed) error {
	if err := f.Validate(); err != nil {
		return err
	}
	if f.AgreementID != 0 {
		if _, err := t.Agreement(ctx, f.OrgID, f.AgreementID); err != nil {
			return err
		}
	}
	f.CreatedAt = t.now
	id, err := t.insert(ctx, `INSERT INTO calendar_feeds (org_id, agreement_id, owner_id, label, token_hash, created_at)
		VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, f.OrgID, nullID(f.AgreementID), nullID(f.OwnerID), f.Label, f.TokenHash, f.CreatedAt)
	if err != nil {
		return fmt.Errorf("create calendar feed: %w", err)
	}
	f.ID = id
	return nil
}

// FeedByTokenHash implements heskem.FeedStore.
func (t *Tx) FeedByTokenHash(ctx context.Context, hash string) (*heskem.CalendarFeed, error) {
	var f heskem.CalendarFeed
	if err := scanFeed(t.queryRow(ctx, `SELECT `+feedColumns+` FROM calendar_feeds WHERE token_hash = $1`, hash), &f); err != nil {
		return nil, notFound(err, "calendar feed", "with that token")
	}
	return &f, nil
}

// Feeds implements heskem.FeedStore.
func (t *Tx) Feeds(ctx context.Context, orgID int64) ([]heskem.CalendarFeed, error) {
	return list(ctx, t, "calendar feeds", func(r *sql.Rows, f *heskem.CalendarFeed) error { return scanFeed(r, f) },
		`SELECT `+feedColumns+` FROM calendar_feeds WHERE org_id = $1 ORDER BY id`, orgID)
}

// RevokeFeed implements heskem.FeedStore.
func (t *Tx) RevokeFeed(ctx context.Context, orgID, id int64) error {
	res, err := t.exec(ctx, `UPDATE calendar_feeds SET revoked_at = COALESCE(revoked_at, $1) WHERE org_id = $2 AND id = $3`, t.now, orgID, id)
	if err != nil {
		return fmt.Errorf("revoke calendar feed %d: %w", id, err)
	}
	return mustAffect(res, "calendar feed", id)
}
