package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/heskem/heskem/internal/heskem"
)

// CreateMeeting implements heskem.EngagementStore.
func (t *Tx) CreateMeeting(ctx context.Context, m *heskem.Meeting) error {
	if err := m.Validate(); err != nil {
		return err
	}
	m.CreatedAt = t.now
	id, err := t.insert(ctx, `INSERT INTO meetings (agreement_id, title, held_at, summary, author_id, created_at)
		VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
		m.AgreementID, m.Title, m.HeldAt.UTC().Truncate(time.Microsecond), m.Summary, nullID(m.AuthorID), m.CreatedAt)
	if err != nil {
		return fmt.Errorf("create meeting %q: %w", m.Title, err)
	}
	m.ID = id
	return nil
}

// Meetings implements heskem.EngagementStore.
func (t *Tx) Meetings(ctx context.Context, agreementID int64) ([]heskem.Meeting, error) {
	return list(ctx, t, "meetings", func(r *sql.Rows, m *heskem.Meeting) error {
		return r.Scan(&m.ID, &m.AgreementID, &m.Title, utcScanner{&m.HeldAt}, &m.Summary, idScanner{&m.AuthorID}, utcScanner{&m.CreatedAt})
	}, `SELECT id, agreement_id, title, held_at, summary, author_id, created_at FROM meetings
		WHERE agreement_id = $1 ORDER BY held_at DESC, id DESC`, agreementID)
}

// CreateActionItem implements heskem.EngagementStore.
func (t *Tx) CreateActionItem(ctx context.Context, a *heskem.ActionItem) error {
	if err := a.Validate(); err != nil {
		return err
	}
	id, err := t.insert(ctx, `INSERT INTO action_items (meeting_id, description, owner_name, due_date, done)
		VALUES ($1, $2, $3, $4, $5) RETURNING id`, a.MeetingID, a.Description, a.OwnerName, a.DueDate, a.Done)
	if err != nil {
		return fmt.Errorf("create action item: %w", err)
	}
	a.ID = id
	return nil
}

// ActionItems implements heskem.EngagementStore.
func (t *Tx) ActionItems(ctx context.Context, meetingID int64) ([]heskem.ActionItem, error) {
	return list(ctx, t, "action items", func(r *sql.Rows, a *heskem.ActionItem) error {
		return r.Scan(&a.ID, &a.MeetingID, &a.Description, &a.OwnerName, &a.DueDate, &a.Done)
	}, `SELECT id, meeting_id, description, owner_name, due_date, done FROM action_items WHERE meeting_id = $1 ORDER BY id`, meetingID)
}

const changeColumns = `id, agreement_id, title, description, requested_by, price_amount, price_currency, schedule_days,
	state, supplier_approved, client_approved, created_at`

// CreateChangeRequest implements heskem.EngagementStore.
func (t *Tx) CreateChangeRequest(ctx context.Context, c *heskem.ChangeRequest) error {
	if err := c.Validate(); err != nil {
		return err
	}
	c.CreatedAt = t.now
	id, err := t.insert(ctx, `INSERT INTO change_requests (agreement_id, title, description, requested_by, price_amount,
			price_currency, schedule_days, state, supplier_approved, client_approved, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
		c.AgreementID, c.Title, c.Description, string(c.RequestedBy), c.PriceImpact.Amount, c.PriceImpact.Currency,
		c.ScheduleDays, string(c.State), c.SupplierApproved, c.ClientApproved, c.CreatedAt)
	if err != nil {
		return fmt.Errorf("create change request %q: %w", c.Title, err)
	}
	c.ID = id
	return nil
}

// changeColumnList is changeColumns qualified with the table alias c, for
// queries that join.
const changeColumnList = `c.id, c.agreement_id, c.title, c.description, c.requested_by, c.price_amount, c.price_currency,
	c.schedule_days, c.state, c.supplier_approved, c.client_approved, c.created_at`

func scanChange(r *sql.Rows, c *heskem.ChangeRequest) error {
	return r.Scan(&c.ID, &c.AgreementID, &c.Title, &c.Description, &c.RequestedBy, &c.PriceImpact.Amount,
		&c.PriceImpact.Currency, &c.ScheduleDays, &c.State, &c.SupplierApproved, &c.ClientApproved, utcScanner{&c.CreatedAt})
}

// ChangeRequests implements heskem.EngagementStore.
func (t *Tx) ChangeRequests(ctx context.Context, agreementID int64) ([]heskem.ChangeRequest, error) {
	return list(ctx, t, "change requests", scanChange, `SELECT `+changeColumns+` FROM change_requests WHERE agreement_id = $1 ORDER BY id`, agreementID)
}

// UpdateChangeRequest implements heskem.EngagementStore. Only an open
// request can change: approval is final.
func (t *Tx) UpdateChangeRequest(ctx context.Context, c *heskem.ChangeRequest) error {
	if err := c.Validate(); err != nil {
		return err
	}
	res, err := t.exec(ctx, `UPDATE change_requests SET title = $1, description = $2, price_amount = $3, price_currency = $4,
			schedule_days = $5, state = $6, supplier_approved = $7, client_approved = $8
		WHERE id = $9 AND agreement_id = $10 AND state = 'open'`,
		c.Title, c.Description, c.PriceImpact.Amount, c.PriceImpact.Currency, c.ScheduleDays, string(c.State),
		c.SupplierApproved, c.ClientApproved, c.ID, c.AgreementID)
	if err != nil {
		return fmt.Errorf("update change request %d: %w", c.ID, err)
	}
	return mustAffect(res, "open change request", c.ID)
}

// CreateMessage implements heskem.EngagementStore.
func (t *Tx) CreateMessage(ctx context.Context, m *heskem.Message) error {
	if err := m.Validate(); err != nil {
		return err
	}
	m.CreatedAt = t.now
	id, err := t.insert(ctx, `INSERT INTO messages (agreement_id, author_id, author_name, body, created_at)
		VALUES ($1, $2, $3, $4, $5) RETURNING id`, m.AgreementID, nullID(m.AuthorID), m.AuthorName, m.Body, m.CreatedAt)
	if err != nil {
		return fmt.Errorf("create message: %w", err)
	}
	m.ID = id
	return nil
}

// Messages implements heskem.EngagementStore.
func (t *Tx) Messages(ctx context.Context, agreementID int64) ([]heskem.Message, error) {
	return list(ctx, t, "messages", func(r *sql.Rows, m *heskem.Message) error {
		return r.Scan(&m.ID, &m.AgreementID, idScanner{&m.AuthorID}, &m.AuthorName, &m.Body, utcScanner{&m.CreatedAt})
	}, `SELECT id, agreement_id, author_id, author_name, body, created_at FROM messages WHERE agreement_id = $1 ORDER BY id`, agreementID)
}

// checkBackup makes sure a contact's backup is a contact of the same
// agreement.
func (t *Tx) checkBackup(ctx context.Context, c *heskem.Contact) error {
	if c.BackupID == 0 {
		return nil
	}
	var n int
	if err := t.queryRow(ctx, `SELECT count(*) FROM contacts WHERE id = $1 AND agreement_id = $2`, c.BackupID, c.AgreementID).Scan(&n); err != nil {
		return fmt.Errorf("check backup contact: %w", err)
	}
	if n == 0 {
		return heskem.Invalid("backup_id", "error.backup_unknown", "backup contact %d is not a contact of this agreement", c.BackupID)
	}
	return nil
}

// CreateContact implements heskem.EngagementStore.
func (t *Tx) CreateContact(ctx context.Context, c *heskem.Contact) error {
	if err := c.Validate(); err != nil {
		return err
	}
	if err := t.checkBackup(ctx, c); err != nil {
		return err
	}
	id, err := t.insert(ctx, `INSERT INTO contacts (agreement_id, party_id, name, role, email, phone, stage, backup_id, away)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
		c.AgreementID, c.PartyID, c.Name, c.Role, c.Email, c.Phone, c.Stage, nullID(c.BackupID), c.Away)
	if err != nil {
		return fmt.Errorf("create contact %q: %w", c.Name, err)
	}
	c.ID = id
	return nil
}

// Contacts implements heskem.EngagementStore.
func (t *Tx) Contacts(ctx context.Context, agreementID int64) ([]heskem.Contact, error) {
	return list(ctx, t, "contacts", func(r *sql.Rows, c *heskem.Contact) error {
		return r.Scan(&c.ID, &c.AgreementID, &c.PartyID, &c.Name, &c.Role, &c.Email, &c.Phone, &c.Stage, idScanner{&c.BackupID}, &c.Away)
	}, `SELECT id, agreement_id, party_id, name, role, email, phone, stage, backup_id, away FROM contacts
		WHERE agreement_id = $1 ORDER BY party_id, id`, agreementID)
}

// UpdateContact implements heskem.EngagementStore.
func (t *Tx) UpdateContact(ctx context.Context, c *heskem.Contact) error {
	if err := c.Validate(); err != nil {
		return err
	}
	if err := t.checkBackup(ctx, c); err != nil {
		return err
	}
	res, err := t.exec(ctx, `UPDATE contacts SET party_id = $1, name = $2, role = $3, email = $4, phone = $5, stage = $6,
			backup_id = $7, away = $8 WHERE id = $9 AND agreement_id = $10`,
		c.PartyID, c.Name, c.Role, c.Email, c.Phone, c.Stage, nullID(c.BackupID), c.Away, c.ID, c.AgreementID)
	if err != nil {
		return fmt.Errorf("update contact %d: %w", c.ID, err)
	}
	return mustAffect(res, "contact", c.ID)
}

// AppendAudit implements heskem.AuditStore. Bumping the organization's
// audit_seq takes a row lock (PostgreSQL) or runs under the single writer
// (SQLite), so concurrent appends for one organization are serialized and
// the chain never forks.
func (t *Tx) AppendAudit(ctx context.Context, e *heskem.AuditEvent) error {
	if err := e.Validate(); err != nil {
		return err
	}
	err := t.queryRow(ctx, `UPDATE organizations SET audit_seq = audit_seq + 1 WHERE id = $1 RETURNING audit_seq, audit_head`,
		e.OrgID).Scan(&e.Seq, &e.PrevHash)
	if err != nil {
		return notFound(t.d.Classify(err), "organization", e.OrgID)
	}
	if e.At.IsZero() {
		e.At = t.now
	}
	e.At = e.At.UTC().Truncate(time.Microsecond)
	e.Hash = e.ComputeHash()
	id, err := t.insert(ctx, `INSERT INTO audit_events (org_id, seq, agreement_id, actor_id, actor, action, detail, at, prev_hash, hash)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
		e.OrgID, e.Seq, nullID(e.AgreementID), nullID(e.ActorID), e.Actor, e.Action, e.Detail, e.At, e.PrevHash, e.Hash)
	if err != nil {
		return fmt.Errorf("append audit event %s: %w", e.Action, err)
	}
	if _, err := t.exec(ctx, `UPDATE organizations SET audit_head = $1 WHERE id = $2`, e.Hash, e.OrgID); err != nil {
		return fmt.Errorf("append audit event %s: %w", e.Action, err)
	}
	e.ID = id
	return nil
}

// AuditEvents implements heskem.AuditStore.
func (t *Tx) AuditEvents(ctx context.Context, orgID int64) ([]heskem.AuditEvent, error) {
	return list(ctx, t, "audit events", func(r *sql.Rows, e *heskem.AuditEvent) error {
		return r.Scan(&e.ID, &e.OrgID, &e.Seq, idScanner{&e.AgreementID}, idScanner{&e.ActorID}, &e.Actor, &e.Action,
			&e.Detail, utcScanner{&e.At}, &e.PrevHash, &e.Hash)
	}, `SELECT id, org_id, seq, agreement_id, actor_id, actor, action, detail, at, prev_hash, hash FROM audit_events
		WHERE org_id = $1 ORDER BY seq`, orgID)
}

// AuditHead implements heskem.AuditStore.
func (t *Tx) AuditHead(ctx context.Context, orgID int64) (int64, string, error) {
	var seq int64
	var hash string
	if err := t.queryRow(ctx, `SELECT audit_seq, audit_head FROM organizations WHERE id = $1`, orgID).Scan(&seq, &hash); err != nil {
		return 0, "", notFound(err, "organization", orgID)
	}
	return seq, hash, nil
}

// AuditAgreementsSince implements heskem.AuditStore.
func (t *Tx) AuditAgreementsSince(ctx context.Context, orgID, seq int64) ([]int64, error) {
	return list(ctx, t, "changed agreements", func(r *sql.Rows, id *int64) error { return r.Scan(id) },
		`SELECT DISTINCT COALESCE(agreement_id, 0) FROM audit_events WHERE org_id = $1 AND seq > $2`, orgID, seq)
}
