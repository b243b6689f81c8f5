package jobs

import (
	"context"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/riverqueue/river"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/mail/mailtest"
	"github.com/heskem/heskem/internal/store"
)

func refusal(code int) error {
	return &smtp.SMTPError{Code: code, EnhancedCode: smtp.EnhancedCode{code / 100, 0, 0}, Message: "refused by the test"}
}

// TestTemporaryFailureIsRetried: a 4xx is retried with River's backoff and
// the message then arrives once, recorded as the second attempt.
func TestTemporaryFailureIsRetried(t *testing.T) {
	db, cfg := sqliteEngine().open(t)
	defer db.Close()
	w := seed(t, db)
	var refused atomic.Int32
	srv := mailtest.Start(t, mailtest.Options{Refuse: func(m mailtest.Received) error {
		if m.To[0] == "avi@alpha.test" && refused.Add(1) == 1 {
			return refusal(451)
		}
		return nil
	}})
	r := start(t, db, testConfig(cfg, smtpSender(t, srv)))
	defer stop(t, r)
	if _, err := r.Scan(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, r)
	checkOnce(t, db, srv, w)
	if refused.Load() < 2 {
		t.Errorf("avi's first message was refused but %d attempts were made", refused.Load())
	}
	aviAttempts := 0
	for k, n := range notifications(t, db, w.org.ID) {
		if n.Status != heskem.NotificationSent || n.LastError != "" {
			t.Errorf("%s: %s, error %q; want sent", k, n.Status, n.LastError)
		}
		if n.Recipient == "avi@alpha.test" {
			aviAttempts += n.Attempts // the refused one took two, the other one
		} else if n.Attempts != 1 {
			t.Errorf("%s took %d attempts", k, n.Attempts)
		}
	}
	if aviAttempts != 3 {
		t.Errorf("avi's two messages took %d attempts together, want 3", aviAttempts)
	}
}

// TestPermanentRefusalIsNotRetried: a 5xx refusal of the recipient is
// recorded as failed and not tried again.
func TestPermanentRefusalIsNotRetried(t *testing.T) {
	db, cfg := sqliteEngine().open(t)
	defer db.Close()
	w := seed(t, db)
	var refused atomic.Int32
	srv := mailtest.Start(t, mailtest.Options{Refuse: func(m mailtest.Received) error {
		if m.To[0] == "avi@alpha.test" {
			refused.Add(1)
			return refusal(550)
		}
		return nil
	}})
	r := start(t, db, testConfig(cfg, smtpSender(t, srv)))
	defer stop(t, r)
	if _, err := r.Scan(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, r)
	if got := refused.Load(); got != 2 { // avi's escalation reminder and avi's digest, once each
		t.Errorf("avi's messages were attempted %d times, want 2 (one each, no retry)", got)
	}
	rows := notifications(t, db, w.org.ID)
	failed := 0
	for k, n := range rows {
		if n.Recipient != "avi@alpha.test" {
			continue
		}
		failed++
		if n.Status != heskem.NotificationFailed || !strings.Contains(n.LastError, "550") || n.Attempts != 1 {
			t.Errorf("%s: %+v", k, n)
		}
	}
	if failed != 2 || len(srv.Messages()) != 6 {
		t.Errorf("%d failed rows, %d delivered; want 2 and 6", failed, len(srv.Messages()))
	}
}

// TestInterruptedSendIsNotRepeated plays the job River rescues after a
// crash during the SMTP conversation: the row is still "sending", claimed
// by this very job, so the outcome is unknown and the message is not sent
// again — at most once.
func TestInterruptedSendIsNotRepeated(t *testing.T) {
	for _, eng := range engines() {
		t.Run(eng.name, func(t *testing.T) {
			ctx := context.Background()
			db, cfg := eng.open(t)
			defer db.Close()
			w := seed(t, db)
			key := aviReminder(w)
			srv := mailtest.Start(t, mailtest.Options{})
			ins := testConfig(cfg, smtpSender(t, srv))
			ins.InsertOnly = true
			q := start(t, db, ins)
			res, err := q.client.Insert(ctx, ReminderArgs{OrgID: w.org.ID, Key: key, AgreementID: w.agreement.ID}, q.deliveryOpts())
			if err != nil {
				t.Fatal(err)
			}
			stop(t, q)
			leaveSending(t, db, w, key, "job:"+itoa(res.Job.ID))
			r := start(t, db, testConfig(cfg, smtpSender(t, srv)))
			defer stop(t, r)
			waitIdle(t, r)
			if n := len(srv.Messages()); n != 0 {
				t.Errorf("the interrupted message was sent again (%d messages)", n)
			}
			n := notifications(t, db, w.org.ID)[key]
			if n.Status != heskem.NotificationFailed || n.LastError != errInterrupted {
				t.Errorf("interrupted row = %s %q", n.Status, n.LastError)
			}
			rep, err := r.Scan(ctx)
			if err != nil || rep.Reminders != 3 || rep.Delivered != 1 {
				t.Errorf("scan after = %+v, %v; want the interrupted one counted as done", rep, err)
			}
		})
	}
}

// TestAnotherJobsDeliveryIsAwaited: a job that finds its message being
// sent by another job neither sends it nor marks it failed; it retries,
// and once the other job has recorded the message as sent it is done.
func TestAnotherJobsDeliveryIsAwaited(t *testing.T) {
	ctx := context.Background()
	db, cfg := sqliteEngine().open(t)
	defer db.Close()
	w := seed(t, db)
	key := aviReminder(w)
	n := leaveSending(t, db, w, key, "job:999999")
	srv := mailtest.Start(t, mailtest.Options{})
	r := start(t, db, testConfig(cfg, smtpSender(t, srv)))
	defer stop(t, r)
	events, cancel := r.client.Subscribe(river.EventKindJobFailed)
	defer cancel()
	if _, err := r.client.Insert(ctx, ReminderArgs{OrgID: w.org.ID, Key: key, AgreementID: w.agreement.ID}, r.deliveryOpts()); err != nil {
		t.Fatal(err)
	}
	select {
	case e := <-events: // the first attempt found the message busy and will retry
		if e.Job.Attempt != 1 || !strings.Contains(e.Job.Errors[0].Error, "another job is delivering") {
			t.Errorf("failed attempt %d: %+v", e.Job.Attempt, e.Job.Errors)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("the job never ran")
	}
	if got := notifications(t, db, w.org.ID)[key]; got.Status != heskem.NotificationSending || got.Claim != "job:999999" {
		t.Fatalf("the other job's claim was disturbed: %s %q", got.Status, got.Claim)
	}
	// The other job finishes.
	sent := n
	sent.Status, sent.Claim = heskem.NotificationSent, ""
	if err := db.Update(ctx, func(tx heskem.Tx) error { return tx.UpdateNotification(ctx, &sent, heskem.NotificationSending) }); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, r)
	if got := notifications(t, db, w.org.ID)[key]; got.Status != heskem.NotificationSent || len(srv.Messages()) != 0 {
		t.Errorf("after the other job finished: %s, %d messages; want sent by the other job, none by this one", got.Status, len(srv.Messages()))
	}
}

// aviReminder is the key of the escalation reminder to avi.
func aviReminder(w world) string {
	for k, to := range w.expected() {
		if to == "avi@alpha.test" && strings.Contains(k, ".r.") {
			return k
		}
	}
	return ""
}

// leaveSending stores key's row as a delivery in progress by claim.
func leaveSending(t *testing.T, db *store.DB, w world, key, claim string) heskem.Notification {
	t.Helper()
	ctx := context.Background()
	n := heskem.Notification{OrgID: w.org.ID, DedupeKey: key, Kind: "reminder.escalation", Recipient: "avi@alpha.test",
		Subject: "הסלמה", BodyText: "…", Lang: "he", Status: heskem.NotificationSending, Attempts: 1, Claim: claim, AgreementID: w.agreement.ID}
	if err := db.Update(ctx, func(tx heskem.Tx) error { return tx.CreateNotification(ctx, &n) }); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestStaleReminderIsDropped: a reminder queued before the milestone was
// delivered and the payment made is not sent when its job finally runs.
func TestStaleReminderIsDropped(t *testing.T) {
	ctx := context.Background()
	eng := sqliteEngine()
	db, cfg := eng.open(t)
	defer db.Close()
	w := seed(t, db)
	srv := mailtest.Start(t, mailtest.Options{})
	ins := testConfig(cfg, smtpSender(t, srv))
	ins.InsertOnly = true
	q := start(t, db, ins)
	if _, err := q.Scan(ctx); err != nil {
		t.Fatal(err)
	}
	stop(t, q)
	submitted := time.Date(2026, 2, 28, 10, 0, 0, 0, time.UTC)
	err := db.Update(ctx, func(tx heskem.Tx) error {
		m := w.late
		m.State, m.SubmittedAt = heskem.MilestoneSubmitted, &submitted
		if err := tx.UpdateMilestone(ctx, &m); err != nil {
			return err
		}
		p := w.payment
		p.Paid = p.Amount
		return tx.UpdateInstallment(ctx, &p)
	})
	if err != nil {
		t.Fatal(err)
	}
	r := start(t, db, testConfig(cfg, smtpSender(t, srv)))
	defer stop(t, r)
	waitIdle(t, r)
	rows := notifications(t, db, w.org.ID)
	for k := range w.expected() {
		_, sent := rows[k]
		stale := strings.Contains(k, ".m"+itoa(w.late.ID)+".") || strings.Contains(k, ".p"+itoa(w.payment.ID)+".")
		if stale && sent {
			t.Errorf("%s was sent although its item was delivered or paid", k)
		}
		if !stale && !sent {
			t.Errorf("%s was not sent", k)
		}
	}
	// The soon milestone's reminder and the four digests: 5 messages.
	if n := len(srv.Messages()); n != 5 {
		t.Errorf("%d messages, want 5", n)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
