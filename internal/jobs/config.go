package jobs

import (
	"fmt"
	"strings"
	"time"

	"github.com/heskem/heskem/internal/bizday"
	"github.com/heskem/heskem/internal/mail"
)

// Config is what the job runner needs beyond the store.
type Config struct {
	// SQLitePath is the store's database file, for River's own connection
	// (engine sqlite); PostgresURL is the database URL (engine postgres).
	// The one matching the store's engine is required.
	SQLitePath  string
	PostgresURL string

	// Sender delivers email; nil keeps every message in the outbox.
	Sender mail.Sender
	// BaseURL is the workspace's public address, for links in emails.
	BaseURL string

	// ScanInterval is how often reminders are looked for; 15 minutes when
	// zero. ManualScan turns the periodic scan off (tests and tools call
	// Runner.Scan).
	ScanInterval time.Duration
	ManualScan   bool
	// DigestHour is the hour of the day (0–23, in the organization's time
	// zone, Asia/Jerusalem by default) from which that day's digests go
	// out. DefaultConfig sets 7.
	DigestHour int
	// InsertOnly enqueues without working jobs: for a tool running beside
	// a server that does the work.
	InsertOnly bool

	Workers     int // concurrent deliveries; 2 when zero
	MaxAttempts int // delivery attempts before giving up; 12 (about 11 hours of backoff) when zero
	// PollInterval is how often River looks for new jobs (SQLite has no
	// LISTEN/NOTIFY); River's default (1s) when zero.
	PollInterval time.Duration
	// RescueStuckAfter is when a job left running by a dead process is
	// retried; River's default (1 hour) when zero.
	RescueStuckAfter time.Duration

	// Now is the clock the schedule is computed on; time.Now when nil.
	Now func() time.Time
	// Calendar holds the rest days; bizday.New() when nil.
	Calendar *bizday.Calendar
}

// Defaults for Config.
const (
	DefaultScanInterval = 15 * time.Minute
	DefaultDigestHour   = 7
	DefaultWorkers      = 2
	DefaultMaxAttempts  = 12
)

// DefaultConfig returns the configuration with every default set.
func DefaultConfig() Config {
	return Config{ScanInterval: DefaultScanInterval, DigestHour: DefaultDigestHour, Workers: DefaultWorkers, MaxAttempts: DefaultMaxAttempts}
}

// withDefaults fills what is unset.
func (c Config) withDefaults() Config {
	if c.ScanInterval <= 0 {
		c.ScanInterval = DefaultScanInterval
	}
	if c.Workers <= 0 {
		c.Workers = DefaultWorkers
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = DefaultMaxAttempts
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Calendar == nil {
		c.Calendar = bizday.New()
	}
	return c
}

// validate checks the configuration for engine.
func (c Config) validate(engine string) error {
	var errs []string
	switch engine {
	case "sqlite":
		if strings.TrimSpace(c.SQLitePath) == "" {
			errs = append(errs, "the SQLite database file is required (SQLitePath)")
		}
	case "postgres":
		if strings.TrimSpace(c.PostgresURL) == "" {
			errs = append(errs, "the PostgreSQL URL is required (PostgresURL)")
		}
	default:
		errs = append(errs, fmt.Sprintf("unknown database engine %q", engine))
	}
	if c.DigestHour < 0 || c.DigestHour > 23 {
		errs = append(errs, fmt.Sprintf("digest hour %d: want 0–23", c.DigestHour))
	}
	if c.ScanInterval < time.Second {
		errs = append(errs, "scan interval must be at least one second")
	}
	if len(errs) > 0 {
		return fmt.Errorf("jobs configuration: %s", strings.Join(errs, "; "))
	}
	return nil
}
