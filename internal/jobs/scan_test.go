package jobs

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/mail/mailtest"
)

// TestDigestHour: digests go out from the digest hour in Jerusalem (UTC+2
// on 1 March 2026), reminders at any hour.
func TestDigestHour(t *testing.T) {
	for _, tc := range []struct {
		utc     time.Time
		digests int
	}{
		{time.Date(2026, 3, 1, 4, 59, 0, 0, time.UTC), 0}, // 06:59 in Jerusalem
		{time.Date(2026, 3, 1, 5, 0, 0, 0, time.UTC), 4},  // 07:00
		{time.Date(2026, 2, 28, 23, 30, 0, 0, time.UTC), 0},
	} {
		db, cfg := sqliteEngine().open(t)
		seed(t, db)
		c := testConfig(cfg, nil)
		c.InsertOnly = true
		c.Now = func() time.Time { return tc.utc }
		r := start(t, db, c)
		rep, err := r.Scan(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if rep.Digests != tc.digests || rep.Reminders == 0 {
			t.Errorf("at %s UTC: %+v, want %d digests and some reminders", tc.utc.Format(time.DateTime), rep, tc.digests)
		}
		stop(t, r)
		db.Close()
	}
}

// TestOnlyActiveAgreements: a draft or completed agreement reminds nobody.
func TestOnlyActiveAgreements(t *testing.T) {
	for _, status := range []heskem.Status{heskem.StatusCompleted, heskem.StatusAgreed} {
		db, cfg := sqliteEngine().open(t)
		w := seed(t, db)
		ctx := context.Background()
		err := db.Update(ctx, func(tx heskem.Tx) error {
			a := w.agreement
			a.Status = status
			return tx.UpdateAgreement(ctx, &a)
		})
		if err != nil {
			t.Fatal(err)
		}
		c := testConfig(cfg, nil)
		c.InsertOnly = true
		r := start(t, db, c)
		rep, err := r.Scan(ctx)
		if err != nil || rep.Agreements != 0 || rep.Reminders+rep.Digests != 0 {
			t.Errorf("%s agreement: %+v, %v; want nothing", status, rep, err)
		}
		stop(t, r)
		db.Close()
	}
}

// TestPeriodicScanRunsOnStart: without ManualScan the periodic scan job
// runs when the server starts, and its reminders go out.
func TestPeriodicScanRunsOnStart(t *testing.T) {
	db, cfg := sqliteEngine().open(t)
	defer db.Close()
	w := seed(t, db)
	srv := mailtest.Start(t, mailtest.Options{})
	c := testConfig(cfg, smtpSender(t, srv))
	c.ManualScan = false
	c.ScanInterval = time.Hour
	r := start(t, db, c)
	defer stop(t, r)
	if got := srv.WaitFor(8, 60*time.Second); len(got) != 8 {
		t.Fatalf("periodic scan delivered %d of 8", len(got))
	}
	waitIdle(t, r)
	checkOnce(t, db, srv, w)
}

// TestStaleDigestIsDropped: a digest job for a past day is not sent.
func TestStaleDigestIsDropped(t *testing.T) {
	db, cfg := sqliteEngine().open(t)
	defer db.Close()
	w := seed(t, db)
	srv := mailtest.Start(t, mailtest.Options{})
	r := start(t, db, testConfig(cfg, smtpSender(t, srv)))
	defer stop(t, r)
	ctx := context.Background()
	if _, err := r.client.Insert(ctx, DigestArgs{OrgID: w.org.ID, Email: "dana@alpha.test", Date: "2026-02-28",
		AgreementIDs: []int64{w.agreement.ID}}, r.deliveryOpts()); err != nil {
		t.Fatal(err)
	}
	waitIdle(t, r)
	if n := len(srv.Messages()); n != 0 {
		t.Errorf("yesterday's digest was sent (%d messages)", n)
	}
}

func TestStartRejectsBadConfig(t *testing.T) {
	db, _ := sqliteEngine().open(t)
	defer db.Close()
	for name, tc := range map[string]struct {
		cfg  Config
		want string
	}{
		"no sqlite path": {Config{}, "SQLite database file"},
		"digest hour":    {Config{SQLitePath: "x.db", DigestHour: 24}, "digest hour"},
		"scan interval":  {Config{SQLitePath: "x.db", ScanInterval: time.Millisecond}, "scan interval"},
	} {
		_, err := Start(context.Background(), tc.cfg, db, nil)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error about %q", name, err, tc.want)
		}
	}
}
