package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/heskem/heskem/internal/heskem"
)

const draftColumns = `id, org_id, title, language, yaml, agreement_id, revision, created_at, updated_at`

func scanDraft(r interface{ Scan(...any) error }, d *heskem.Draft) error {
	return r.Scan(&d.ID, &d.OrgID, &d.Title, &d.Language, &d.YAML, idScanner{&d.AgreementID}, &d.Revision,
		utcScanner{&d.CreatedAt}, utcScanner{&d.UpdatedAt})
}

// CreateDraft implements heskem.DraftStore.
func (t *Tx) CreateDraft(ctx context.Context, d *heskem.Draft) error {
	if err := d.Validate(); err != nil {
		return err
	}
	d.CreatedAt, d.UpdatedAt, d.Revision = t.now, t.now, 1
	id, err := t.insert(ctx, `INSERT INTO drafts (org_id, title, language, yaml, agreement_id, revision, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
		d.OrgID, d.Title, d.Language, d.YAML, nullID(d.AgreementID), d.Revision, d.CreatedAt, d.UpdatedAt)
	if err != nil {
		return fmt.Errorf("create draft %q: %w", d.Title, err)
	}
	d.ID = id
	return nil
}

// Draft implements heskem.DraftStore.
func (t *Tx) Draft(ctx context.Context, orgID, id int64) (*heskem.Draft, error) {
	var d heskem.Draft
	if err := scanDraft(t.queryRow(ctx, `SELECT `+draftColumns+` FROM drafts WHERE org_id = $1 AND id = $2`, orgID, id), &d); err != nil {
		return nil, notFound(err, "draft", id)
	}
	return &d, nil
}

// Drafts implements heskem.DraftStore.
func (t *Tx) Drafts(ctx context.Context, orgID int64) ([]heskem.Draft, error) {
	return list(ctx, t, "drafts", func(r *sql.Rows, d *heskem.Draft) error { return scanDraft(r, d) },
		`SELECT `+draftColumns+` FROM drafts WHERE org_id = $1 ORDER BY updated_at DESC, id DESC`, orgID)
}

// UpdateDraft implements heskem.DraftStore.
func (t *Tx) UpdateDraft(ctx context.Context, d *heskem.Draft) error {
	if err := d.Validate(); err != nil {
		return err
	}
	res, err := t.exec(ctx, `UPDATE drafts SET title = $1, language = $2, yaml = $3, agreement_id = $4, revision = revision + 1,
		updated_at = $5 WHERE org_id = $6 AND id = $7 AND revision = $8`,
		d.Title, d.Language, d.YAML, nullID(d.AgreementID), t.now, d.OrgID, d.ID, d.Revision)
	if err != nil {
		return fmt.Errorf("update draft %d: %w", d.ID, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("update draft %d: %w", d.ID, err)
	} else if n == 0 {
		cur, err := t.Draft(ctx, d.OrgID, d.ID)
		if err != nil {
			return err
		}
		return &heskem.Error{Code: heskem.ECONFLICT, Key: "error.edit_conflict",
			Message: fmt.Sprintf("draft %d was changed by someone else (you edited revision %d, it is now at revision %d); reload and apply your change again",
				d.ID, d.Revision, cur.Revision)}
	}
	d.Revision++
	d.UpdatedAt = t.now
	return nil
}
