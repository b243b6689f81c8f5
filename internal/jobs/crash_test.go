package jobs

import (
	"context"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/mail"
	"github.com/heskem/heskem/internal/mail/mailtest"
	"github.com/heskem/heskem/internal/store"
	"github.com/heskem/heskem/internal/store/postgres"
	"github.com/heskem/heskem/internal/store/sqlite"
)

// Environment of the child process in TestCrashDuringDelivery.
const (
	envChild    = "HESKEM_JOBS_CRASH_CHILD"
	envSQLite   = "HESKEM_JOBS_CRASH_SQLITE"
	envPostgres = "HESKEM_JOBS_CRASH_POSTGRES"
	envSMTPPort = "HESKEM_JOBS_CRASH_SMTP_PORT"
)

// TestCrashChild is the process TestCrashDuringDelivery kills: it scans,
// starts delivering, and waits to be killed. It does nothing unless run
// as that child.
func TestCrashChild(t *testing.T) {
	if os.Getenv(envChild) == "" {
		t.Skip("runs only as the child of TestCrashDuringDelivery")
	}
	ctx := context.Background()
	var db *store.DB
	var cfg Config
	var err error
	if path := os.Getenv(envSQLite); path != "" {
		db, err = sqlite.OpenFile(ctx, path, sqlite.Options{Now: clock})
		cfg.SQLitePath = path
	} else {
		cfg.PostgresURL = os.Getenv(envPostgres)
		db, err = postgres.Open(ctx, cfg.PostgresURL, postgres.Options{Now: clock})
	}
	if err != nil {
		t.Fatal(err)
	}
	port, _ := strconv.Atoi(os.Getenv(envSMTPPort))
	sender, err := mail.NewSMTP(mail.SMTPConfig{Host: "127.0.0.1", Port: port, TLS: mail.TLSNone, From: "heskem@heskem.test"})
	if err != nil {
		t.Fatal(err)
	}
	c := testConfig(cfg, sender)
	c.Workers = 1
	r := start(t, db, c)
	if _, err := r.Scan(ctx); err != nil {
		t.Fatal(err)
	}
	select {} // until killed
}

// TestCrashDuringDelivery kills a process (SIGKILL, no shutdown at all)
// while one reminder is in its SMTP conversation and seven wait, then
// starts another. The seven arrive exactly once. The one in flight may or
// may not have reached the server — the client may have written the whole
// message before it died, and the server then accepts it — and Heskem
// cannot know which: its row was left in "sending", so after River rescues
// the stuck job it is marked failed with "outcome unknown" and never
// resent. At most once, with the uncertainty recorded.
func TestCrashDuringDelivery(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for River's leader lease of the killed process to expire (about 15 s)")
	}
	for _, eng := range engines() {
		t.Run(eng.name, func(t *testing.T) {
			db, cfg := eng.open(t)
			w := seed(t, db)
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			hold, held := make(chan struct{}), make(chan struct{}, 16)
			srv := mailtest.Start(t, mailtest.Options{Hold: hold, Held: held})
			child := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.timeout=120s")
			child.Env = append(os.Environ(), envChild+"=1", envSQLite+"="+cfg.SQLitePath, envPostgres+"="+cfg.PostgresURL,
				envSMTPPort+"="+strconv.Itoa(srv.Port))
			child.Stdout, child.Stderr = os.Stderr, os.Stderr
			if err := child.Start(); err != nil {
				t.Fatal(err)
			}
			select {
			case <-held: // a message is in flight
			case <-time.After(60 * time.Second):
				child.Process.Kill()
				t.Fatal("the child never started delivering")
			}
			if err := child.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			_ = child.Wait()
			close(hold)

			db2, cfg2 := eng.reopen(t)
			defer db2.Close()
			c := testConfig(cfg2, smtpSender(t, srv))
			c.RescueStuckAfter = time.Second
			r := start(t, db2, c)
			defer stop(t, r)
			waitIdle(t, r) // includes the killed process's running job, once River rescues it

			want := w.expected()
			got := receivedKeys(t, srv.Messages(), want)
			rows := notifications(t, db2, w.org.ID)
			unknown := 0
			for _, k := range sortedKeys(want) {
				n := rows[k]
				switch {
				case n.Status == heskem.NotificationFailed && n.LastError == errInterrupted:
					unknown++
					if got[k] > 1 {
						t.Errorf("%s was interrupted and then arrived %d times", k, got[k])
					}
					t.Logf("%s: interrupted; it reached the server %d time(s)", k, got[k])
				case n.Status == heskem.NotificationSent:
					if got[k] != 1 {
						t.Errorf("%s arrived %d times, want once", k, got[k])
					}
				default:
					t.Errorf("%s: %s %q", k, n.Status, n.LastError)
				}
			}
			if unknown != 1 {
				t.Errorf("%d messages with an unknown outcome, want exactly the one in flight", unknown)
			}
		})
	}
}
