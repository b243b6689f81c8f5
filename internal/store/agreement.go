package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/heskem/heskem/internal/heskem"
)

// checkParties makes sure the agreement's parties belong to its
// organization: a foreign key alone would accept another tenant's party.
func (t *Tx) checkParties(ctx context.Context, a *heskem.Agreement) error {
	for _, ref := range []struct {
		field string
		id    int64
	}{{"supplier_id", a.SupplierID}, {"client_id", a.ClientID}} {
		if _, err := t.Party(ctx, a.OrgID, ref.id); err != nil {
			if heskem.ErrorCode(err) == heskem.ENOTFOUND {
				return heskem.Invalid(ref.field, "error.party_unknown", "party %d does not exist in this organization", ref.id)
			}
			return err
		}
	}
	return nil
}

// CreateAgreement implements heskem.AgreementStore.
func (t *Tx) CreateAgreement(ctx context.Context, a *heskem.Agreement) error {
	if err := a.Validate(); err != nil {
		return err
	}
	if err := t.checkParties(ctx, a); err != nil {
		return err
	}
	a.CreatedAt, a.UpdatedAt, a.Revision = t.now, t.now, 1
	id, err := t.insert(ctx, `INSERT INTO agreements (org_id, title, language, status, supplier_id, client_id,
			start_date, end_date, value_amount, value_currency, owner_id, policy, payer_type,
			renewal_months, renewal_notice_count, renewal_notice_unit, revision, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING id`,
		a.OrgID, a.Title, a.Language, string(a.Status), a.SupplierID, a.ClientID, a.StartDate, a.EndDate,
		a.Value.Amount, a.Value.Currency, nullID(a.OwnerID), a.Policy, a.PayerType,
		a.Renewal.Months, a.Renewal.NoticeCount, a.Renewal.NoticeUnit, a.Revision, a.CreatedAt, a.UpdatedAt)
	if err != nil {
		return fmt.Errorf("create agreement %q: %w", a.Title, err)
	}
	a.ID = id
	return nil
}

const agreementColumns = `id, org_id, title, language, status, supplier_id, client_id, start_date, end_date,
	value_amount, value_currency, owner_id, policy, payer_type, renewal_months, renewal_notice_count, renewal_notice_unit,
	revision, created_at, updated_at`

// agreementDest lists where each of agreementColumns goes.
func agreementDest(a *heskem.Agreement) []any {
	return []any{&a.ID, &a.OrgID, &a.Title, &a.Language, &a.Status, &a.SupplierID, &a.ClientID, &a.StartDate, &a.EndDate,
		&a.Value.Amount, &a.Value.Currency, idScanner{&a.OwnerID}, &a.Policy, &a.PayerType,
		&a.Renewal.Months, &a.Renewal.NoticeCount, &a.Renewal.NoticeUnit, &a.Revision,
		utcScanner{&a.CreatedAt}, utcScanner{&a.UpdatedAt}}
}

// scanAgreementRows is scanAgreement in the form list takes.
func scanAgreementRows(r *sql.Rows, a *heskem.Agreement) error { return scanAgreement(r, a) }

func scanAgreement(r interface{ Scan(...any) error }, a *heskem.Agreement) error {
	return r.Scan(agreementDest(a)...)
}

// Agreement implements heskem.AgreementStore.
func (t *Tx) Agreement(ctx context.Context, orgID, id int64) (*heskem.Agreement, error) {
	var a heskem.Agreement
	err := scanAgreement(t.queryRow(ctx, `SELECT `+agreementColumns+` FROM agreements WHERE org_id = $1 AND id = $2`, orgID, id), &a)
	if err != nil {
		return nil, notFound(err, "agreement", id)
	}
	return &a, nil
}

// DefaultPageSize is the page size of lists when the filter gives none.
const DefaultPageSize = 50

// Agreements implements heskem.AgreementStore.
func (t *Tx) Agreements(ctx context.Context, f heskem.AgreementFilter) ([]heskem.Agreement, int, error) {
	if f.Limit <= 0 || f.Limit > 1000 {
		f.Limit = DefaultPageSize
	}
	// One WHERE clause with optional filters keeps the SQL static and
	// visible; a zero value disables its condition.
	const where = ` WHERE org_id = $1 AND ($2 = '' OR status = $2)
		AND ($3 = 0 OR supplier_id = $3 OR client_id = $3) AND ($4 = 0 OR owner_id = $4)`
	args := []any{f.OrgID, string(f.Status), f.PartyID, f.OwnerID}
	var total int
	if err := t.queryRow(ctx, `SELECT count(*) FROM agreements`+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count agreements: %w", err)
	}
	out, err := list(ctx, t, "agreements", scanAgreementRows,
		`SELECT `+agreementColumns+` FROM agreements`+where+` ORDER BY updated_at DESC, id DESC LIMIT $5 OFFSET $6`,
		append(args, f.Limit, f.Offset)...)
	return out, total, err
}

// UpdateAgreement implements heskem.AgreementStore with optimistic
// concurrency: the UPDATE matches only the revision the caller read.
func (t *Tx) UpdateAgreement(ctx context.Context, a *heskem.Agreement) error {
	if err := a.Validate(); err != nil {
		return err
	}
	if err := t.checkParties(ctx, a); err != nil {
		return err
	}
	res, err := t.exec(ctx, `UPDATE agreements SET title = $1, language = $2, status = $3, supplier_id = $4, client_id = $5,
			start_date = $6, end_date = $7, value_amount = $8, value_currency = $9, owner_id = $10, policy = $11,
			payer_type = $12, renewal_months = $13, renewal_notice_count = $14, renewal_notice_unit = $15,
			revision = revision + 1, updated_at = $16
		WHERE org_id = $17 AND id = $18 AND revision = $19`,
		a.Title, a.Language, string(a.Status), a.SupplierID, a.ClientID, a.StartDate, a.EndDate,
		a.Value.Amount, a.Value.Currency, nullID(a.OwnerID), a.Policy, a.PayerType,
		a.Renewal.Months, a.Renewal.NoticeCount, a.Renewal.NoticeUnit, t.now, a.OrgID, a.ID, a.Revision)
	if err != nil {
		return fmt.Errorf("update agreement %d: %w", a.ID, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("update agreement %d: %w", a.ID, err)
	} else if n == 0 {
		cur, err := t.Agreement(ctx, a.OrgID, a.ID)
		if err != nil {
			return err
		}
		return &heskem.Error{Code: heskem.ECONFLICT, Key: "error.edit_conflict",
			Message: fmt.Sprintf("agreement %d was changed by someone else (you edited revision %d, it is now at revision %d); reload and apply your change again",
				a.ID, a.Revision, cur.Revision)}
	}
	a.Revision++
	a.UpdatedAt = t.now
	return nil
}

// CreateVersion implements heskem.AgreementStore. The number is the next
// one for the agreement; the unique (agreement_id, number) constraint turns
// a race between two writers into a conflict rather than a duplicate.
func (t *Tx) CreateVersion(ctx context.Context, v *heskem.Version) error {
	if err := v.Seal(); err != nil {
		return err
	}
	v.CreatedAt = t.now
	err := t.queryRow(ctx, `INSERT INTO agreement_versions (agreement_id, number, data, text, sha256, note, created_by, created_at)
		VALUES ($1, (SELECT COALESCE(MAX(number), 0) + 1 FROM agreement_versions WHERE agreement_id = $1), $2, $3, $4, $5, $6, $7)
		RETURNING id, number`,
		v.AgreementID, string(v.Data), v.Text, v.SHA256, v.Note, nullID(v.CreatedBy), v.CreatedAt).Scan(&v.ID, &v.Number)
	if err != nil {
		return fmt.Errorf("create version of agreement %d: %w", v.AgreementID, t.d.Classify(err))
	}
	return nil
}

// Versions implements heskem.AgreementStore.
func (t *Tx) Versions(ctx context.Context, agreementID int64) ([]heskem.Version, error) {
	return list(ctx, t, "versions", func(r *sql.Rows, v *heskem.Version) error {
		var data string
		err := r.Scan(&v.ID, &v.AgreementID, &v.Number, &data, &v.Text, &v.SHA256, &v.Note, idScanner{&v.CreatedBy}, utcScanner{&v.CreatedAt})
		v.Data = []byte(data)
		return err
	}, `SELECT id, agreement_id, number, data, text, sha256, note, created_by, created_at
		FROM agreement_versions WHERE agreement_id = $1 ORDER BY number`, agreementID)
}
