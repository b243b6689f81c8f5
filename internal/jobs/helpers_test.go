package jobs

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/mail"
	"github.com/heskem/heskem/internal/mail/mailtest"
	"github.com/heskem/heskem/internal/store"
	"github.com/heskem/heskem/internal/store/postgres"
	"github.com/heskem/heskem/internal/store/postgres/pgtest"
	"github.com/heskem/heskem/internal/store/sqlite"
)

// clock is Sunday 1 March 2026, 08:00 in Jerusalem: after the digest hour.
var clock = func() time.Time { return time.Date(2026, 3, 1, 6, 0, 0, 0, time.UTC) }

// engine opens a fresh store and returns the job configuration for it.
type engine struct {
	name string
	open func(t *testing.T) (*store.DB, Config)
	// reopen opens the same database again (a restarted process).
	reopen func(t *testing.T) (*store.DB, Config)
}

func engines() []engine {
	return []engine{sqliteEngine(), postgresEngine()}
}

// openSQLiteAt opens (creating) the store in dir.
func openSQLiteAt(t testing.TB, dir string) (*store.DB, Config) {
	db, err := sqlite.Open(context.Background(), dir, sqlite.Options{Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	return db, Config{SQLitePath: filepath.Join(dir, sqlite.FileName)}
}

func sqliteEngine() engine {
	var dir string
	open := func(t *testing.T) (*store.DB, Config) { return openSQLiteAt(t, dir) }
	return engine{name: "sqlite",
		open:   func(t *testing.T) (*store.DB, Config) { dir = t.TempDir(); return open(t) },
		reopen: open}
}

func postgresEngine() engine {
	var url string
	open := func(t *testing.T) (*store.DB, Config) {
		db, err := postgres.Open(context.Background(), url, postgres.Options{Now: clock})
		if err != nil {
			t.Fatal(err)
		}
		return db, Config{PostgresURL: url}
	}
	return engine{name: "postgres",
		open:   func(t *testing.T) (*store.DB, Config) { url = pgtest.NewDatabase(t); return open(t) },
		reopen: open}
}

// smtpSender sends to a test server in clear text from heskem@heskem.test.
func smtpSender(t *testing.T, srv *mailtest.Server) *mail.SMTP {
	t.Helper()
	s, err := mail.NewSMTP(mail.SMTPConfig{Host: srv.Host, Port: srv.Port, TLS: mail.TLSNone, From: "heskem@heskem.test", Timeout: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// testConfig completes cfg for a test: fixed clock, fast polling, no
// periodic scan.
func testConfig(cfg Config, sender mail.Sender) Config {
	cfg.Sender = sender
	cfg.Now = clock
	cfg.ManualScan = true
	cfg.DigestHour = 7
	cfg.PollInterval = 20 * time.Millisecond
	cfg.BaseURL = "https://heskem.test"
	return cfg
}

func testLogger() *slog.Logger {
	if os.Getenv("HESKEM_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

func start(t *testing.T, db *store.DB, cfg Config) *Runner {
	t.Helper()
	r, err := Start(context.Background(), cfg, db, testLogger())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func stop(t *testing.T, r *Runner) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := r.Stop(ctx); err != nil {
		t.Errorf("stop: %v", err)
	}
}

// world is the seeded workspace.
type world struct {
	org                    heskem.Organization
	owner                  heskem.User
	agreement              heskem.Agreement
	dana, rina, moshe, avi heskem.Contact
	soon, late             heskem.Milestone
	payment                heskem.Installment
}

// seed stores one active Hebrew agreement: a milestone due in 10 days, one
// 10 days late (with a sanction), a payment due in 5 days whose contact is
// away, and the contacts who hear of them.
func seed(t testing.TB, db *store.DB) world {
	t.Helper()
	ctx := context.Background()
	var w world
	err := db.Update(ctx, func(tx heskem.Tx) error {
		w.org = heskem.Organization{Name: "הסכם בדיקות"}
		if err := tx.CreateOrganization(ctx, &w.org); err != nil {
			return err
		}
		w.owner = heskem.User{OrgID: w.org.ID, Email: "owner@heskem.test", Name: "נועה", Role: heskem.RoleOwner, Lang: "he"}
		if err := tx.CreateUser(ctx, &w.owner); err != nil {
			return err
		}
		sup := heskem.Party{OrgID: w.org.ID, LegalName: "אלפא פתרונות בע\"מ", IDKind: heskem.IDCompany, IDNumber: "514823699"}
		cli := heskem.Party{OrgID: w.org.ID, LegalName: "בטא קמעונאות בע\"מ", IDKind: heskem.IDCompany, IDNumber: "516179157"}
		for _, p := range []*heskem.Party{&sup, &cli} {
			if err := tx.CreateParty(ctx, p); err != nil {
				return err
			}
		}
		w.agreement = heskem.Agreement{OrgID: w.org.ID, Title: "פורטל לקוחות", Language: "he", Status: heskem.StatusActive,
			SupplierID: sup.ID, ClientID: cli.ID, StartDate: heskem.NewDate(2026, 1, 1), Value: heskem.Shekels(100000, 0), OwnerID: w.owner.ID}
		if err := tx.CreateAgreement(ctx, &w.agreement); err != nil {
			return err
		}
		aid := w.agreement.ID
		w.dana = heskem.Contact{AgreementID: aid, PartyID: sup.ID, Name: "דנה", Email: "dana@alpha.test", Stage: "delivery"}
		w.avi = heskem.Contact{AgreementID: aid, PartyID: sup.ID, Name: "אבי", Email: "avi@alpha.test", Stage: "escalation"}
		w.moshe = heskem.Contact{AgreementID: aid, PartyID: cli.ID, Name: "משה", Email: "moshe@beta.test", Stage: "all"}
		for _, c := range []*heskem.Contact{&w.dana, &w.avi, &w.moshe} {
			if err := tx.CreateContact(ctx, c); err != nil {
				return err
			}
		}
		w.rina = heskem.Contact{AgreementID: aid, PartyID: cli.ID, Name: "רינה", Email: "rina@beta.test", Stage: "payments", Away: true, BackupID: w.moshe.ID}
		if err := tx.CreateContact(ctx, &w.rina); err != nil {
			return err
		}
		w.soon = heskem.Milestone{AgreementID: aid, Title: "אפיון", DueDate: heskem.NewDate(2026, 3, 11), Value: heskem.Shekels(10000, 0)}
		w.late = heskem.Milestone{AgreementID: aid, Title: "הטמעה", DueDate: heskem.NewDate(2026, 2, 19), Value: heskem.Shekels(10000, 0)}
		for _, m := range []*heskem.Milestone{&w.soon, &w.late} {
			if err := tx.CreateMilestone(ctx, m); err != nil {
				return err
			}
		}
		w.payment = heskem.Installment{AgreementID: aid, Title: "מקדמה", Amount: heskem.Shekels(5000, 0), Term: heskem.TermOnDate, DueDate: heskem.NewDate(2026, 3, 6)}
		if err := tx.CreateInstallment(ctx, &w.payment); err != nil {
			return err
		}
		return tx.CreateSanctionRule(ctx, &heskem.SanctionRule{AgreementID: aid, Kind: heskem.SanctionLateDelivery, Clause: "11.2",
			RatePercent: "0.5", PeriodCount: 1, PeriodUnit: heskem.UnitBusinessDays, CapPercent: "10"})
	})
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
	return w
}

// expected returns the keys of every email the world calls for on the
// test day, and who receives each: four reminders and four digests.
func (w world) expected() map[string]string {
	o := w.org.ID
	key := func(s string, args ...any) string { return fmt.Sprintf("o%d.r."+s, append([]any{o}, args...)...) }
	digest := func(email string) string { return fmt.Sprintf("o%d.digest.20260301.%s", o, email) }
	return map[string]string{
		key("due_soon.m%d.20260311.c%d", w.soon.ID, w.dana.ID):    "dana@alpha.test",
		key("overdue.m%d.20260219.c%d", w.late.ID, w.dana.ID):     "dana@alpha.test",
		key("escalation.m%d.20260219.c%d", w.late.ID, w.avi.ID):   "avi@alpha.test",
		key("due_soon.p%d.20260306.c%d", w.payment.ID, w.rina.ID): "moshe@beta.test", // rina is away
		digest("dana@alpha.test"):                                 "dana@alpha.test",
		digest("avi@alpha.test"):                                  "avi@alpha.test",
		digest("moshe@beta.test"):                                 "moshe@beta.test",
		digest("owner@heskem.test"):                               "owner@heskem.test",
	}
}

// notifications returns the organization's notification rows by key.
func notifications(t *testing.T, db *store.DB, orgID int64) map[string]heskem.Notification {
	t.Helper()
	var list []heskem.Notification
	err := db.View(context.Background(), func(tx heskem.Tx) (err error) {
		list, err = tx.Notifications(context.Background(), heskem.NotificationFilter{OrgID: orgID, Limit: 1000})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]heskem.Notification{}
	for _, n := range list {
		out[n.DedupeKey] = n
	}
	return out
}

// finished waits until n jobs have finished (completed, cancelled or
// failed for good) and returns them.
func finished(t *testing.T, events <-chan *river.Event, n int) []*river.Event {
	t.Helper()
	var out []*river.Event
	timeout := time.After(60 * time.Second)
	for len(out) < n {
		select {
		case e := <-events:
			if e.Kind == river.EventKindJobFailed && e.Job.Attempt < e.Job.MaxAttempts {
				continue // will be retried
			}
			out = append(out, e)
		case <-timeout:
			t.Fatalf("only %d of %d jobs finished", len(out), n)
		}
	}
	return out
}

func subscribe(r *Runner) (<-chan *river.Event, func()) {
	return r.client.Subscribe(river.EventKindJobCompleted, river.EventKindJobCancelled, river.EventKindJobFailed)
}

// receivedKeys maps the Message-ID of every received message back to its
// key via want, and counts how often each arrived.
func receivedKeys(t *testing.T, msgs []mailtest.Received, want map[string]string) map[string]int {
	t.Helper()
	byID := map[string]string{}
	for k := range want {
		byID["<"+mail.MessageID(k, "heskem.test")+">"] = k
	}
	got := map[string]int{}
	for _, m := range msgs {
		p, err := mailtest.Parse(m)
		if err != nil {
			t.Fatal(err)
		}
		k, ok := byID[p.Header.Get("Message-Id")]
		if !ok {
			t.Errorf("unexpected message %q to %v", p.Subject, m.To)
			continue
		}
		if len(m.To) != 1 || m.To[0] != want[k] {
			t.Errorf("%s went to %v, want %s", k, m.To, want[k])
		}
		got[k]++
	}
	return got
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
