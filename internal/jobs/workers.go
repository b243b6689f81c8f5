package jobs

import (
	"context"
	"fmt"

	"github.com/riverqueue/river"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/mail"
	"github.com/heskem/heskem/internal/notify"
)

// reminderWorker sends one reminder.
type reminderWorker struct {
	river.WorkerDefaults[ReminderArgs]
	r *Runner
}

// Work implements river.Worker: it recomputes the agreement's schedule on
// today and sends the reminder only if the plan still contains it.
func (w *reminderWorker) Work(ctx context.Context, job *river.Job[ReminderArgs]) error {
	a := job.Args
	var msg *mail.Message
	err := w.r.db.View(ctx, func(tx heskem.Tx) error {
		org, err := tx.Organization(ctx, a.OrgID)
		if err != nil {
			return err
		}
		s, err := w.r.snapshot(ctx, tx, *org, []int64{a.AgreementID})
		if err != nil || len(s.engagements) == 0 {
			return err
		}
		e := s.engagements[0]
		for _, rem := range notify.Plan(e, s.today) {
			if rem.Key == a.Key {
				m := w.r.render.Reminder(e, rem, s.today)
				msg = &m
			}
		}
		return nil
	})
	if heskem.ErrorCode(err) == heskem.ENOTFOUND {
		w.r.log.Info("reminder dropped: its organization is gone", "key", a.Key)
		return nil
	}
	if err != nil {
		return fmt.Errorf("reminder %s: %w", a.Key, err)
	}
	if msg == nil {
		w.r.log.Info("reminder dropped: it no longer applies", "key", a.Key)
		return nil
	}
	return deliver(ctx, w.r, job, *msg)
}

// digestWorker sends one person's daily digest.
type digestWorker struct {
	river.WorkerDefaults[DigestArgs]
	r *Runner
}

// Work implements river.Worker. A digest is for its day: one found on a
// later day (a long outage, retries past midnight) is dropped, since the
// next scan enqueues that day's own.
func (w *digestWorker) Work(ctx context.Context, job *river.Job[DigestArgs]) error {
	a := job.Args
	var msg *mail.Message
	err := w.r.db.View(ctx, func(tx heskem.Tx) error {
		org, err := tx.Organization(ctx, a.OrgID)
		if err != nil {
			return err
		}
		if today, _ := w.r.today(*org); today.String() != a.Date {
			w.r.log.Info("digest dropped: its day has passed", "email", a.Email, "date", a.Date)
			return nil
		}
		s, err := w.r.snapshot(ctx, tx, *org, a.AgreementIDs)
		if err != nil {
			return err
		}
		for _, d := range notify.Digests(s.engagements, s.owners) {
			if d.To.Email == a.Email {
				m := w.r.render.Digest(d, s.today)
				msg = &m
			}
		}
		return nil
	})
	if heskem.ErrorCode(err) == heskem.ENOTFOUND {
		return nil
	}
	if err != nil {
		return fmt.Errorf("digest for %s: %w", a.Email, err)
	}
	if msg == nil {
		return nil
	}
	return deliver(ctx, w.r, job, *msg)
}
