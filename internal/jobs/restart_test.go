package jobs

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/mail/mailtest"
)

// pendingJobs counts River jobs not yet finished.
func pendingJobs(t *testing.T, r *Runner) int {
	t.Helper()
	const q = `SELECT count(*) FROM river_job WHERE state IN ('available', 'running', 'retryable', 'scheduled', 'pending')`
	var n int
	var err error
	if r.riverDB != nil {
		err = r.riverDB.QueryRowContext(context.Background(), q).Scan(&n)
	} else {
		err = r.pool.QueryRow(context.Background(), q).Scan(&n)
	}
	if err != nil {
		t.Fatalf("count pending jobs: %v", err)
	}
	return n
}

// waitIdle waits until r's queue has no unfinished job.
func waitIdle(t *testing.T, r *Runner) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for pendingJobs(t, r) > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("%d jobs still pending", pendingJobs(t, r))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// checkOnce fails unless every wanted email arrived exactly once and is
// recorded as sent, and nothing else arrived.
func checkOnce(t *testing.T, db interface {
	View(context.Context, func(heskem.Tx) error) error
}, srv *mailtest.Server, w world) {
	t.Helper()
	want := w.expected()
	msgs := srv.Messages()
	got := receivedKeys(t, msgs, want)
	if len(msgs) != len(want) {
		t.Errorf("server received %d messages, want %d", len(msgs), len(want))
	}
	for _, k := range sortedKeys(want) {
		if got[k] != 1 {
			t.Errorf("%s arrived %d times, want exactly once", k, got[k])
		}
	}
}

// TestJobsSurviveRestart enqueues with one client (twice: River's unique
// jobs keep the second scan from adding anything), stops it and closes the
// database, then a new process opens it again and works every job once.
func TestJobsSurviveRestart(t *testing.T) {
	for _, eng := range engines() {
		t.Run(eng.name, func(t *testing.T) {
			ctx := context.Background()
			db, cfg := eng.open(t)
			w := seed(t, db)
			srv := mailtest.Start(t, mailtest.Options{})
			ins := testConfig(cfg, smtpSender(t, srv))
			ins.InsertOnly = true
			first := start(t, db, ins)
			rep, err := first.Scan(ctx)
			if err != nil || rep.Reminders != 4 || rep.Digests != 4 {
				t.Fatalf("first scan = %+v, %v", rep, err)
			}
			rep, err = first.Scan(ctx)
			if err != nil || rep.Reminders+rep.Digests != 0 || rep.Duplicates != 8 {
				t.Fatalf("second scan = %+v, %v; want all 8 skipped as River duplicates", rep, err)
			}
			if n := pendingJobs(t, first); n != 8 {
				t.Fatalf("%d jobs queued, want 8", n)
			}
			stop(t, first)
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			if n := len(srv.Messages()); n != 0 {
				t.Fatalf("an insert-only client sent %d messages", n)
			}

			db2, cfg2 := eng.reopen(t)
			defer db2.Close()
			second := start(t, db2, testConfig(cfg2, smtpSender(t, srv)))
			defer stop(t, second)
			waitIdle(t, second)
			checkOnce(t, db2, srv, w)
		})
	}
}

// TestRestartDuringDelivery stops a client while a reminder is in the
// middle of its SMTP conversation and others are waiting, then starts a
// new process: none is lost and none arrives twice.
func TestRestartDuringDelivery(t *testing.T) {
	for _, eng := range engines() {
		t.Run(eng.name, func(t *testing.T) {
			ctx := context.Background()
			db, cfg := eng.open(t)
			w := seed(t, db)
			hold, held := make(chan struct{}), make(chan struct{}, 16)
			srv := mailtest.Start(t, mailtest.Options{Hold: hold, Held: held})
			c1 := testConfig(cfg, smtpSender(t, srv))
			c1.Workers = 1
			r1 := start(t, db, c1)
			if _, err := r1.Scan(ctx); err != nil {
				t.Fatal(err)
			}
			<-held // the first message is in flight
			stopped := make(chan error, 1)
			go func() {
				sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
				defer cancel()
				stopped <- r1.Stop(sctx)
			}()
			// Give Stop a moment to begin before the held message is let
			// through (this orders events; nothing here measures speed).
			time.Sleep(100 * time.Millisecond)
			hold <- struct{}{}
		release:
			for {
				select {
				case err := <-stopped:
					if err != nil {
						t.Fatal(err)
					}
					break release
				case <-held:
					hold <- struct{}{}
				}
			}
			before := len(srv.Messages())
			if before < 1 || before >= 8 {
				t.Fatalf("the stopped client delivered %d of 8; want the in-flight one delivered and the rest left", before)
			}
			for k, n := range notifications(t, db, w.org.ID) {
				if n.Status != heskem.NotificationSent {
					t.Errorf("after a graceful stop %s is %s", k, n.Status)
				}
			}
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			close(hold) // the server no longer holds anything

			db2, cfg2 := eng.reopen(t)
			defer db2.Close()
			r2 := start(t, db2, testConfig(cfg2, smtpSender(t, srv)))
			defer stop(t, r2)
			waitIdle(t, r2)
			t.Logf("delivered %d before the restart, %d after", before, len(srv.Messages())-before)
			checkOnce(t, db2, srv, w)
			for k, n := range notifications(t, db2, w.org.ID) {
				if n.Status != heskem.NotificationSent || n.Attempts != 1 {
					t.Errorf("%s: %s after %d attempts", k, n.Status, n.Attempts)
				}
			}
		})
	}
}

// TestTwoProcessesShareTheQueue runs two clients on one database, both
// scanning and both working: each email still goes out once.
func TestTwoProcessesShareTheQueue(t *testing.T) {
	for _, eng := range engines() {
		t.Run(eng.name, func(t *testing.T) {
			ctx := context.Background()
			db, cfg := eng.open(t)
			defer db.Close()
			w := seed(t, db)
			srv := mailtest.Start(t, mailtest.Options{})
			db2, cfg2 := eng.reopen(t)
			defer db2.Close()
			a := start(t, db, testConfig(cfg, smtpSender(t, srv)))
			defer stop(t, a)
			b := start(t, db2, testConfig(cfg2, smtpSender(t, srv)))
			defer stop(t, b)
			errs := make(chan error, 4)
			for _, r := range []*Runner{a, b, a, b} {
				go func() { _, err := r.Scan(ctx); errs <- err }()
			}
			for range 4 {
				if err := <-errs; err != nil {
					t.Fatal(fmt.Errorf("scan: %w", err))
				}
			}
			waitIdle(t, a)
			checkOnce(t, db, srv, w)
		})
	}
}
