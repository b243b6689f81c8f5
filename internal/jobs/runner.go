package jobs

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/heskem/heskem/internal/mail"
	"github.com/heskem/heskem/internal/notify"
	"github.com/heskem/heskem/internal/store"
	"github.com/heskem/heskem/internal/terms"
)

// queue is what the runner uses of a River client; *river.Client[*sql.Tx]
// and *river.Client[pgx.Tx] both provide it.
type queue interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
	StopAndCancel(ctx context.Context) error
	Insert(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (*rivertype.JobInsertResult, error)
	InsertMany(ctx context.Context, params []river.InsertManyParams) ([]*rivertype.JobInsertResult, error)
	Subscribe(kinds ...river.EventKind) (<-chan *river.Event, func())
}

// Runner runs the background jobs of one server process.
type Runner struct {
	cfg    Config
	db     *store.DB
	log    *slog.Logger
	sender mail.Sender
	render *notify.Renderer
	rules  *terms.Rules
	client queue

	// riverDB is River's own connection to the SQLite file (nil on
	// PostgreSQL): delivery records are written on it, in the transaction
	// that completes the job.
	riverDB *sql.DB
	pool    *pgxpool.Pool // River's pool on PostgreSQL
	started bool
}

// Start installs River's schema (rivermigrate), starts the workers and the
// periodic scan, and returns the running Runner. db must be open and
// migrated. Stop it before closing db.
func Start(ctx context.Context, cfg Config, db *store.DB, log *slog.Logger) (*Runner, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg = cfg.withDefaults()
	if err := cfg.validate(db.Engine()); err != nil {
		return nil, err
	}
	r := &Runner{cfg: cfg, db: db, log: log.With("component", "jobs"), sender: cfg.Sender}
	if r.sender == nil {
		r.sender = mail.NewOutbox(db)
	}
	var err error
	if r.render, err = notify.NewRenderer(cfg.BaseURL); err != nil {
		return nil, err
	}
	if r.rules, err = terms.New(); err != nil {
		return nil, fmt.Errorf("jobs: %w", err)
	}
	switch db.Engine() {
	case "sqlite":
		err = r.openSQLite(ctx)
	case "postgres":
		err = r.openPostgres(ctx)
	}
	if err != nil {
		r.closePools()
		return nil, err
	}
	if !cfg.InsertOnly {
		if err := r.client.Start(ctx); err != nil {
			r.closePools()
			return nil, fmt.Errorf("start job queue: %w", err)
		}
		r.started = true
	}
	r.log.Info("jobs started", "engine", db.Engine(), "mail", r.describeSender(), "scan_every", cfg.ScanInterval,
		"periodic_scan", !cfg.ManualScan && !cfg.InsertOnly, "digest_hour", cfg.DigestHour)
	return r, nil
}

// riverConfig is the River configuration both engines share.
func (r *Runner) riverConfig() *river.Config {
	workers := river.NewWorkers()
	river.AddWorker(workers, &reminderWorker{r: r})
	river.AddWorker(workers, &digestWorker{r: r})
	river.AddWorker(workers, &scanWorker{r: r})
	rc := &river.Config{
		Logger:               r.log,
		Workers:              workers,
		MaxAttempts:          r.cfg.MaxAttempts,
		FetchPollInterval:    r.cfg.PollInterval,
		RescueStuckJobsAfter: r.cfg.RescueStuckAfter,
		JobTimeout:           2 * time.Minute,
	}
	if r.cfg.RescueStuckAfter > 0 && r.cfg.RescueStuckAfter < rc.JobTimeout {
		rc.JobTimeout = r.cfg.RescueStuckAfter // River requires JobTimeout ≤ RescueStuckJobsAfter
	}
	if r.cfg.PollInterval > 0 && r.cfg.PollInterval < river.FetchCooldownDefault {
		rc.FetchCooldown = r.cfg.PollInterval
	}
	if !r.cfg.InsertOnly {
		rc.Queues = map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: r.cfg.Workers}}
	}
	if !r.cfg.ManualScan {
		interval := r.cfg.ScanInterval
		rc.PeriodicJobs = []*river.PeriodicJob{river.NewPeriodicJob(river.PeriodicInterval(interval),
			func() (river.JobArgs, *river.InsertOpts) {
				return ScanArgs{}, &river.InsertOpts{UniqueOpts: river.UniqueOpts{ByPeriod: interval}}
			}, &river.PeriodicJobOpts{ID: KindScan, RunOnStart: true})}
	}
	return rc
}

// Stop stops taking jobs and waits for running ones until ctx is done,
// then cancels what still runs, and closes River's connections. Jobs not
// started stay queued in the database for the next start.
func (r *Runner) Stop(ctx context.Context) error {
	var err error
	if r.started {
		if err = r.client.Stop(ctx); err != nil {
			r.log.Warn("jobs did not finish in time; cancelling them", "err", err)
			hard, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			err = errors.Join(err, r.client.StopAndCancel(hard))
			cancel()
		}
		r.started = false
	}
	r.closePools()
	if err != nil {
		return fmt.Errorf("stop jobs: %w", err)
	}
	r.log.Info("jobs stopped")
	return nil
}

func (r *Runner) closePools() {
	if r.riverDB != nil {
		if err := r.riverDB.Close(); err != nil {
			r.log.Warn("close job queue connection", "err", err)
		}
		r.riverDB = nil
	}
	if r.pool != nil {
		r.pool.Close()
		r.pool = nil
	}
}

// describeSender names where mail goes, for the start-up log.
func (r *Runner) describeSender() string {
	switch s := r.sender.(type) {
	case *mail.Outbox:
		return "outbox (no SMTP server configured)"
	case *mail.SMTP:
		return s.Config().String()
	}
	return fmt.Sprintf("%T", r.sender)
}

// now is the runner's clock.
func (r *Runner) now() time.Time { return r.cfg.Now() }
