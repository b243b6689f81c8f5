package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/heskem/heskem/internal/heskem"
)

const notificationColumns = `id, org_id, dedupe_key, kind, recipient, cc, subject, body_text, body_html, lang, status,
	attempts, last_error, claim, agreement_id, milestone_id, installment_id, created_at, updated_at, sent_at`

// rowScanner is what *sql.Row and *sql.Rows share.
type rowScanner interface{ Scan(dest ...any) error }

func scanNotification(r rowScanner, n *heskem.Notification) error {
	var cc string
	err := r.Scan(&n.ID, &n.OrgID, &n.DedupeKey, &n.Kind, &n.Recipient, &cc, &n.Subject, &n.BodyText, &n.BodyHTML,
		&n.Lang, &n.Status, &n.Attempts, &n.LastError, &n.Claim, idScanner{&n.AgreementID}, idScanner{&n.MilestoneID},
		idScanner{&n.InstallmentID}, utcScanner{&n.CreatedAt}, utcScanner{&n.UpdatedAt}, timePtrScanner{&n.SentAt})
	n.Cc = splitList(cc)
	return err
}

// splitList reverses strings.Join(list, ", ") for the cc column.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// checkNotificationRefs makes sure the agreement, milestone and installment
// a notification names belong to its organization, so one tenant's message
// can never be attached to another tenant's records.
func (t *Tx) checkNotificationRefs(ctx context.Context, n *heskem.Notification) error {
	if n.AgreementID == 0 {
		return nil
	}
	if _, err := t.Agreement(ctx, n.OrgID, n.AgreementID); err != nil {
		if heskem.ErrorCode(err) == heskem.ENOTFOUND {
			return heskem.Invalid("agreement_id", "error.agreement_unknown", "agreement %d does not exist in this workspace", n.AgreementID)
		}
		return err
	}
	for _, ref := range []struct {
		table, field string
		id           int64
	}{{"milestones", "milestone_id", n.MilestoneID}, {"installments", "installment_id", n.InstallmentID}} {
		if ref.id == 0 {
			continue
		}
		var found int
		// The table name comes from the fixed list above, never from input.
		if err := t.queryRow(ctx, `SELECT count(*) FROM `+ref.table+` WHERE id = $1 AND agreement_id = $2`, ref.id, n.AgreementID).Scan(&found); err != nil {
			return fmt.Errorf("check %s: %w", ref.field, t.d.Classify(err))
		}
		if found == 0 {
			return heskem.Invalid(ref.field, "error.reference", "%s %d is not part of agreement %d", ref.field, ref.id, n.AgreementID)
		}
	}
	return nil
}

// CreateNotification implements heskem.NotificationStore.
func (t *Tx) CreateNotification(ctx context.Context, n *heskem.Notification) error {
	if err := n.Validate(); err != nil {
		return err
	}
	if err := t.checkNotificationRefs(ctx, n); err != nil {
		return err
	}
	n.CreatedAt, n.UpdatedAt = t.now, t.now
	if n.Status.Done() && n.SentAt == nil {
		now := t.now
		n.SentAt = &now
	}
	id, err := t.insert(ctx, `INSERT INTO notifications (org_id, dedupe_key, kind, recipient, cc, subject, body_text, body_html, lang,
			status, attempts, last_error, claim, agreement_id, milestone_id, installment_id, created_at, updated_at, sent_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING id`,
		n.OrgID, n.DedupeKey, n.Kind, n.Recipient, strings.Join(n.Cc, ", "), n.Subject, n.BodyText, n.BodyHTML, n.Lang,
		string(n.Status), n.Attempts, n.LastError, n.Claim, nullID(n.AgreementID), nullID(n.MilestoneID), nullID(n.InstallmentID),
		n.CreatedAt, n.UpdatedAt, nullTime(n.SentAt))
	if err != nil {
		return fmt.Errorf("create notification %s: %w", n.DedupeKey, err)
	}
	n.ID = id
	return nil
}

// NotificationByKey implements heskem.NotificationStore.
func (t *Tx) NotificationByKey(ctx context.Context, orgID int64, key string) (*heskem.Notification, error) {
	var n heskem.Notification
	err := scanNotification(t.queryRow(ctx, `SELECT `+notificationColumns+` FROM notifications WHERE org_id = $1 AND dedupe_key = $2`,
		orgID, key), &n)
	if err != nil {
		return nil, notFound(err, "notification", key)
	}
	return &n, nil
}

// UpdateNotification implements heskem.NotificationStore. The dedupe key,
// organization and references never change; the WHERE clause on the status
// read makes the update a compare-and-set.
func (t *Tx) UpdateNotification(ctx context.Context, n *heskem.Notification, from heskem.NotificationStatus) error {
	if err := n.Validate(); err != nil {
		return err
	}
	n.UpdatedAt = t.now
	if n.Status.Done() && n.SentAt == nil {
		now := t.now
		n.SentAt = &now
	}
	res, err := t.exec(ctx, `UPDATE notifications SET kind = $1, recipient = $2, cc = $3, subject = $4, body_text = $5, body_html = $6,
			lang = $7, status = $8, attempts = $9, last_error = $10, claim = $11, updated_at = $12, sent_at = $13
		WHERE org_id = $14 AND id = $15 AND status = $16`,
		n.Kind, n.Recipient, strings.Join(n.Cc, ", "), n.Subject, n.BodyText, n.BodyHTML, n.Lang, string(n.Status), n.Attempts,
		n.LastError, n.Claim, n.UpdatedAt, nullTime(n.SentAt), n.OrgID, n.ID, string(from))
	if err != nil {
		return fmt.Errorf("update notification %d: %w", n.ID, err)
	}
	if k, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("update notification %d: %w", n.ID, err)
	} else if k == 0 {
		cur, err := t.notificationByID(ctx, n.OrgID, n.ID)
		if err != nil {
			return err
		}
		return &heskem.Error{Code: heskem.ECONFLICT, Key: "error.notification_moved",
			Message: fmt.Sprintf("notification %d is %s, not %s: someone else changed it first", n.ID, cur.Status, from)}
	}
	return nil
}

func (t *Tx) notificationByID(ctx context.Context, orgID, id int64) (*heskem.Notification, error) {
	var n heskem.Notification
	err := scanNotification(t.queryRow(ctx, `SELECT `+notificationColumns+` FROM notifications WHERE org_id = $1 AND id = $2`, orgID, id), &n)
	if err != nil {
		return nil, notFound(err, "notification", id)
	}
	return &n, nil
}

// Notifications implements heskem.NotificationStore.
func (t *Tx) Notifications(ctx context.Context, f heskem.NotificationFilter) ([]heskem.Notification, error) {
	if f.Limit <= 0 || f.Limit > 1000 {
		f.Limit = DefaultPageSize
	}
	return list(ctx, t, "notifications", func(r *sql.Rows, n *heskem.Notification) error { return scanNotification(r, n) },
		`SELECT `+notificationColumns+` FROM notifications
		WHERE org_id = $1 AND ($2 = '' OR status = $2) AND ($3 = 0 OR agreement_id = $3)
		ORDER BY created_at DESC, id DESC LIMIT $4 OFFSET $5`,
		f.OrgID, string(f.Status), f.AgreementID, f.Limit, f.Offset)
}
