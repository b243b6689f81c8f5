package mail

import (
	"context"
	"fmt"

	"github.com/heskem/heskem/internal/heskem"
)

// Outbox keeps messages in the database instead of sending them, for a
// workspace with no SMTP server configured: the workspace shows the outbox,
// so reminders are read in Heskem itself until mail is set up. Storing is
// transactional, so with SendTx a message lands in the outbox exactly once.
type Outbox struct {
	Store heskem.Store
}

var _ TxSender = (*Outbox)(nil)

// NewOutbox returns an outbox over st.
func NewOutbox(st heskem.Store) *Outbox { return &Outbox{Store: st} }

// Send implements Sender in a transaction of its own.
func (o *Outbox) Send(ctx context.Context, m Message) error {
	return o.Store.Update(ctx, func(tx heskem.Tx) error { return o.SendTx(ctx, tx, m) })
}

// SendTx implements TxSender: it stores m in the outbox within tx. A
// message whose ID is already out (sent or in the outbox) is left alone —
// storing it again would be the duplicate the ID exists to prevent — and a
// message that was waiting for an SMTP retry, or failed, moves to the
// outbox, where at least it is seen.
func (o *Outbox) SendTx(ctx context.Context, tx heskem.NotificationStore, m Message) error {
	if err := m.Validate(); err != nil {
		return err
	}
	if m.Ref.OrgID <= 0 {
		return fmt.Errorf("outbox message %s: no organization", m.ID)
	}
	n := m.Notification(heskem.NotificationOutbox)
	cur, err := tx.NotificationByKey(ctx, m.Ref.OrgID, m.ID)
	switch {
	case heskem.ErrorCode(err) == heskem.ENOTFOUND:
		n.Attempts = 1
		if err := tx.CreateNotification(ctx, &n); err != nil {
			return fmt.Errorf("outbox %s: %w", m.ID, err)
		}
		return nil
	case err != nil:
		return fmt.Errorf("outbox %s: %w", m.ID, err)
	case cur.Status.Done():
		return nil
	}
	n.ID, n.Attempts, n.CreatedAt = cur.ID, cur.Attempts+1, cur.CreatedAt
	n.LastError = cur.LastError
	if err := tx.UpdateNotification(ctx, &n, cur.Status); err != nil {
		return fmt.Errorf("outbox %s: %w", m.ID, err)
	}
	return nil
}
