package jobs

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/riverqueue/river"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/mail"
)

// errInterrupted is recorded as a notification's last error when an
// attempt died between handing the message over and recording the outcome.
const errInterrupted = "interrupted while being handed to the SMTP server; the outcome is unknown, and it is not resent so that it cannot arrive twice"

// errBusy makes River retry a job whose message another job is delivering.
var errBusy = errors.New("another job is delivering this message; will look again")

// deliver sends m at most once (see the package documentation): it claims
// the message's notification row (status sending) in a committed
// transaction, hands it to the SMTP server, and records the outcome. With
// the outbox, storing the message is the delivery and completes the job in
// the same transaction.
func deliver[T river.JobArgs](ctx context.Context, r *Runner, job *river.Job[T], m mail.Message) error {
	if ts, ok := r.sender.(mail.TxSender); ok {
		return finish(ctx, r, job, func(tx heskem.Tx) error { return ts.SendTx(ctx, tx, m) })
	}
	n, proceed, err := claim(ctx, r, job.ID, m)
	if err != nil || !proceed {
		return err
	}
	sendErr := r.sender.Send(ctx, m)
	// The outcome is recorded even if the job's context was cancelled
	// meanwhile (a shutdown): a sent message must be marked sent.
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	switch {
	case sendErr == nil:
		n.Status, n.LastError, n.Claim = heskem.NotificationSent, "", ""
		return record(rctx, r, func(tx heskem.Tx) error { return tx.UpdateNotification(rctx, n, heskem.NotificationSending) },
			func(fn func(heskem.Tx) error) error { return finish(rctx, r, job, fn) })
	case mail.Uncertain(sendErr) || mail.Permanent(sendErr):
		n.Status, n.LastError, n.Claim = heskem.NotificationFailed, sendErr.Error(), ""
		r.log.Warn("email not delivered and not retried", "key", m.ID, "to", m.To, "err", sendErr)
		return record(rctx, r, func(tx heskem.Tx) error { return tx.UpdateNotification(rctx, n, heskem.NotificationSending) },
			func(fn func(heskem.Tx) error) error { return finish(rctx, r, job, fn) })
	}
	n.Status, n.LastError, n.Claim = heskem.NotificationQueued, sendErr.Error(), ""
	if job.Attempt >= job.MaxAttempts {
		n.Status = heskem.NotificationFailed
	}
	if err := record(rctx, r, func(tx heskem.Tx) error { return tx.UpdateNotification(rctx, n, heskem.NotificationSending) },
		func(fn func(heskem.Tx) error) error { return r.db.Update(rctx, fn) }); err != nil {
		return err
	}
	return sendErr // River retries with backoff
}

// claim decides whether m may be handed to the SMTP server and, if so,
// records that it is being sent by this job (status sending, Claim = the
// job). It returns the row to update afterwards.
func claim(ctx context.Context, r *Runner, jobID int64, m mail.Message) (*heskem.Notification, bool, error) {
	var n heskem.Notification
	proceed := false
	token := fmt.Sprintf("job:%d", jobID)
	err := r.db.Update(ctx, func(tx heskem.Tx) error {
		cur, err := tx.NotificationByKey(ctx, m.Ref.OrgID, m.ID)
		if heskem.ErrorCode(err) == heskem.ENOTFOUND {
			n = m.Notification(heskem.NotificationSending)
			n.Attempts, n.Claim = 1, token
			proceed = true
			return tx.CreateNotification(ctx, &n)
		}
		if err != nil {
			return err
		}
		switch {
		case cur.Status == heskem.NotificationQueued:
			n = m.Notification(heskem.NotificationSending)
			n.ID, n.CreatedAt, n.Attempts, n.LastError, n.Claim = cur.ID, cur.CreatedAt, cur.Attempts+1, cur.LastError, token
			proceed = true
			return tx.UpdateNotification(ctx, &n, heskem.NotificationQueued)
		case cur.Status == heskem.NotificationSending && cur.Claim == token:
			// This job's earlier attempt handed it over (or was about to)
			// and died before recording the outcome: at most once means
			// not again.
			n = *cur
			n.Status, n.LastError, n.Claim = heskem.NotificationFailed, errInterrupted, ""
			r.log.Warn("email left in sending by an interrupted attempt; marked failed, not resent", "key", m.ID, "to", m.To)
			return tx.UpdateNotification(ctx, &n, heskem.NotificationSending)
		case cur.Status == heskem.NotificationSending:
			// Another job is delivering it right now (two jobs for one
			// key can meet across River's uniqueness window); try later,
			// when it has recorded the outcome.
			return errBusy
		}
		return nil // sent, in the outbox, or given up: nothing to do
	})
	if err != nil {
		return nil, false, fmt.Errorf("claim %s: %w", m.ID, err)
	}
	return &n, proceed, nil
}

// record writes a delivery's outcome through commit, trying a few times: a
// sent message whose record is lost would be marked "outcome unknown" by
// the next attempt, so a busy database is worth waiting for.
func record(ctx context.Context, r *Runner, fn func(heskem.Tx) error, commit func(func(heskem.Tx) error) error) error {
	var err error
	for attempt, wait := 0, 200*time.Millisecond; attempt < 4; attempt, wait = attempt+1, wait*3 {
		if err = commit(fn); err == nil || heskem.ErrorCode(err) == heskem.ECONFLICT {
			return err
		}
		r.log.Warn("recording a delivery failed; trying again", "err", err, "attempt", attempt+1)
		select {
		case <-ctx.Done():
			return fmt.Errorf("record delivery: %w", err)
		case <-time.After(wait):
		}
	}
	return fmt.Errorf("record delivery: %w", err)
}
