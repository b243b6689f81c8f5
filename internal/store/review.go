package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/heskem/heskem/internal/heskem"
)

// CreateReview implements heskem.ReviewStore. An attached review must name
// an agreement of the same organization.
func (t *Tx) CreateReview(ctx context.Context, r *heskem.Review) error {
	if err := r.Validate(); err != nil {
		return err
	}
	if r.AgreementID != 0 {
		if _, err := t.Agreement(ctx, r.OrgID, r.AgreementID); err != nil {
			if heskem.ErrorCode(err) == heskem.ENOTFOUND {
				return heskem.Invalid("agreement_id", "error.agreement_unknown", "agreement %d does not exist in this workspace", r.AgreementID)
			}
			return err
		}
	}
	r.CreatedAt = t.now
	id, err := t.insert(ctx, `INSERT INTO reviews (org_id, agreement_id, document_name, language, sha256, score, verdict, report, created_by, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
		r.OrgID, nullID(r.AgreementID), r.DocumentName, r.Language, r.SHA256, r.Score, r.Verdict, string(r.Report), nullID(r.CreatedBy), r.CreatedAt)
	if err != nil {
		return fmt.Errorf("store review of %s: %w", r.DocumentName, err)
	}
	r.ID = id
	return nil
}

// Review implements heskem.ReviewStore.
func (t *Tx) Review(ctx context.Context, orgID, id int64) (*heskem.Review, error) {
	var r heskem.Review
	var report string
	err := t.queryRow(ctx, `SELECT id, org_id, agreement_id, document_name, language, sha256, score, verdict, report, created_by, created_at
		FROM reviews WHERE org_id = $1 AND id = $2`, orgID, id).Scan(&r.ID, &r.OrgID, idScanner{&r.AgreementID}, &r.DocumentName,
		&r.Language, &r.SHA256, &r.Score, &r.Verdict, &report, idScanner{&r.CreatedBy}, utcScanner{&r.CreatedAt})
	if err != nil {
		return nil, notFound(err, "review", id)
	}
	r.Report = []byte(report)
	return &r, nil
}

// Reviews implements heskem.ReviewStore.
func (t *Tx) Reviews(ctx context.Context, orgID, agreementID int64) ([]heskem.Review, error) {
	return list(ctx, t, "reviews", func(rows *sql.Rows, r *heskem.Review) error {
		return rows.Scan(&r.ID, &r.OrgID, idScanner{&r.AgreementID}, &r.DocumentName, &r.Language, &r.SHA256, &r.Score,
			&r.Verdict, idScanner{&r.CreatedBy}, utcScanner{&r.CreatedAt})
	}, `SELECT id, org_id, agreement_id, document_name, language, sha256, score, verdict, created_by, created_at
		FROM reviews WHERE org_id = $1 AND ($2 = 0 OR agreement_id = $2) ORDER BY created_at DESC, id DESC`, orgID, agreementID)
}
