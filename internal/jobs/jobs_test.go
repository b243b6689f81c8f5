package jobs

import (
	"context"
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/mail/mailtest"
)

// TestRemindersAndDigests runs a scan on both engines with a real SMTP
// server: every planned email arrives once, to the right person, and is
// recorded as sent; a second scan finds nothing left to do.
func TestRemindersAndDigests(t *testing.T) {
	for _, eng := range engines() {
		t.Run(eng.name, func(t *testing.T) {
			ctx := context.Background()
			db, cfg := eng.open(t)
			defer db.Close()
			w := seed(t, db)
			srv := mailtest.Start(t, mailtest.Options{})
			r := start(t, db, testConfig(cfg, smtpSender(t, srv)))
			defer stop(t, r)
			events, cancel := subscribe(r)
			defer cancel()

			want := w.expected()
			rep, err := r.Scan(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Agreements != 1 || rep.Reminders != 4 || rep.Digests != 4 || rep.Duplicates != 0 || rep.Delivered != 0 {
				t.Fatalf("scan = %+v, want 1 agreement, 4 reminders, 4 digests", rep)
			}
			finished(t, events, len(want))
			got := receivedKeys(t, srv.Messages(), want)
			rows := notifications(t, db, w.org.ID)
			for _, k := range sortedKeys(want) {
				if got[k] != 1 {
					t.Errorf("%s arrived %d times, want once", k, got[k])
				}
				n := rows[k]
				if n.Status != heskem.NotificationSent || n.Attempts != 1 || n.SentAt == nil || n.LastError != "" {
					t.Errorf("%s recorded as %+v", k, n)
				}
			}

			again, err := r.Scan(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if again.Reminders+again.Digests != 0 || again.Delivered != len(want) {
				t.Errorf("second scan = %+v, want everything already delivered", again)
			}
			if n := len(srv.Messages()); n != len(want) {
				t.Errorf("server has %d messages after the second scan, want %d", n, len(want))
			}
		})
	}
}

// TestReminderContent checks one delivered reminder end to end: Hebrew,
// right-to-left, the sanction and its clause, the backup note.
func TestReminderContent(t *testing.T) {
	db, cfg := sqliteEngine().open(t)
	defer db.Close()
	seed(t, db)
	srv := mailtest.Start(t, mailtest.Options{})
	r := start(t, db, testConfig(cfg, smtpSender(t, srv)))
	defer stop(t, r)
	events, cancel := subscribe(r)
	defer cancel()
	if _, err := r.Scan(context.Background()); err != nil {
		t.Fatal(err)
	}
	finished(t, events, 8)
	var overdue, backup *mailtest.Parsed
	for _, m := range srv.Messages() {
		p, err := mailtest.Parse(m)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case strings.HasPrefix(p.Subject, "באיחור: מסירת „הטמעה”"):
			overdue = &p
		case strings.HasPrefix(p.Subject, "תזכורת תשלום"):
			backup = &p
		}
	}
	if overdue == nil || backup == nil {
		t.Fatalf("overdue or payment reminder missing among %d messages", len(srv.Messages()))
	}
	for _, want := range []string{"סנקציה שנצברה עד היום לפי סעיף 11.2: 300.00 ₪", "https://heskem.test/agreements/"} {
		if !strings.Contains(overdue.Text, want) {
			t.Errorf("overdue reminder lacks %q:\n%s", want, overdue.Text)
		}
	}
	if !strings.Contains(overdue.HTML, `dir="rtl"`) || overdue.Header.Get("Content-Language") != "he" {
		t.Errorf("overdue reminder is not a Hebrew right-to-left email")
	}
	if !strings.Contains(backup.Text, "כגיבוי של רינה (rina@beta.test)") {
		t.Errorf("backup not told whom they stand in for:\n%s", backup.Text)
	}
}

// TestOutboxWithoutSMTP: with no SMTP server the emails land in the
// outbox, once each, and the job completes in the same transaction.
func TestOutboxWithoutSMTP(t *testing.T) {
	for _, eng := range engines() {
		t.Run(eng.name, func(t *testing.T) {
			db, cfg := eng.open(t)
			defer db.Close()
			w := seed(t, db)
			r := start(t, db, testConfig(cfg, nil))
			defer stop(t, r)
			events, cancel := subscribe(r)
			defer cancel()
			want := w.expected()
			if _, err := r.Scan(context.Background()); err != nil {
				t.Fatal(err)
			}
			finished(t, events, len(want))
			rows := notifications(t, db, w.org.ID)
			if len(rows) != len(want) {
				t.Errorf("outbox holds %d messages, want %d", len(rows), len(want))
			}
			for k, to := range want {
				if n := rows[k]; n.Status != heskem.NotificationOutbox || n.Recipient != to || n.Attempts != 1 || n.SentAt == nil {
					t.Errorf("%s: %+v", k, n)
				}
			}
			again, err := r.Scan(context.Background())
			if err != nil || again.Reminders+again.Digests != 0 {
				t.Errorf("second scan = %+v, %v", again, err)
			}
		})
	}
}
