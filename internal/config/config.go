// Package config holds Heskem's configuration: one struct, filled from
// defaults, then the environment, then command-line flags, validated once at
// start and passed down explicitly. Nothing reads configuration from
// package-level state.
package config

import (
	"fmt"
	"log/slog"
	"net"
	"os"
	"strconv"
	"strings"
	"time"
)

// Config is everything the server and the CLI can be configured with.
type Config struct {
	Addr            string        // listen address
	DataDir         string        // directory of the SQLite database and local files
	DB              string        // postgres:// URL; empty for the embedded SQLite database
	LogFormat       string        // "text" or "json"
	LogLevel        string        // "debug", "info", "warn", "error"
	Demo            bool          // seed a demo workspace on an empty database
	Lang            string        // default UI language, "he" or "en"
	ReadTimeout     time.Duration // whole request, including the body
	WriteTimeout    time.Duration // whole response
	IdleTimeout     time.Duration // keep-alive connections
	ShutdownTimeout time.Duration // how long in-flight requests may take to finish on SIGTERM
	MaxBodyBytes    int64         // largest request body (uploads included)
	RestDaysFile    string        // JSON file of extra rest days (election days and the like)
	SMTPURL         string        // smtp://user@host:587?from=…; empty keeps email in the outbox
	SMTPPassword    string        // the SMTP password, from the environment only (never a flag: ps shows flags)
	ScanInterval    time.Duration // how often reminders are looked for
	DigestHour      int           // hour of the day (Israel time) the daily digests go out
	BaseURL         string        // the workspace's public address, for links in emails
	NoJobs          bool          // do not run reminders in this process (another instance does)
}

// Default returns the configuration used when nothing is set.
//
// The default address is loopback-only: until accounts and sign-in exist,
// a workspace must not be reachable from the network by accident. Set
// --addr :8080 to listen on every interface.
func Default() Config {
	return Config{
		Addr:            "127.0.0.1:8080",
		DataDir:         "heskem-data",
		LogFormat:       "text",
		LogLevel:        "info",
		Lang:            "he",
		ReadTimeout:     30 * time.Second,
		WriteTimeout:    60 * time.Second,
		IdleTimeout:     120 * time.Second,
		ShutdownTimeout: 20 * time.Second,
		MaxBodyBytes:    32 << 20,
		ScanInterval:    15 * time.Minute,
		DigestHour:      7,
	}
}

// Var describes one setting: its environment variable and flag.
type Var struct {
	Env, Flag, Help string
}

// Vars lists the settings in the order the README's table shows them.
var Vars = []Var{
	{"HESKEM_ADDR", "addr", "address to listen on (host:port; :8080 for every interface)"},
	{"HESKEM_DATA", "data", "data directory for the embedded SQLite database"},
	{"HESKEM_DB", "db", "PostgreSQL URL (postgres://user:pass@host:5432/db); empty for SQLite"},
	{"HESKEM_LOG_FORMAT", "log-format", "log format: text or json"},
	{"HESKEM_LOG_LEVEL", "log-level", "log level: debug, info, warn or error"},
	{"HESKEM_DEMO", "demo", "seed a demo workspace when the database is empty (true/false)"},
	{"HESKEM_LANG", "lang", "default interface language: he or en"},
	{"HESKEM_READ_TIMEOUT", "read-timeout", "time limit for reading a request"},
	{"HESKEM_WRITE_TIMEOUT", "write-timeout", "time limit for writing a response"},
	{"HESKEM_SHUTDOWN_TIMEOUT", "shutdown-timeout", "time in-flight requests get to finish on shutdown"},
	{"HESKEM_MAX_BODY", "max-body", "largest request body in bytes"},
	{"HESKEM_REST_DAYS", "rest-days", "JSON file of extra rest days (e.g. the next election day)"},
	{"HESKEM_SMTP_URL", "smtp-url", "SMTP server for reminders; empty keeps email in the outbox"},
	{"HESKEM_SMTP_PASSWORD", "", "SMTP password (environment only)"},
	{"HESKEM_SCAN_INTERVAL", "scan-interval", "how often reminders are looked for"},
	{"HESKEM_DIGEST_HOUR", "digest-hour", "hour (Israel time) the daily digests go out"},
	{"HESKEM_BASE_URL", "base-url", "public address of the workspace, for links in emails"},
	{"HESKEM_NO_JOBS", "no-jobs", "do not run reminders in this instance"},
}

// ApplyEnv overrides c with the HESKEM_* variables that getenv returns
// non-empty, and reports the first malformed one by name.
func (c *Config) ApplyEnv(getenv func(string) string) error {
	set := func(name string, fn func(string) error) error {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			if err := fn(v); err != nil {
				return fmt.Errorf("environment variable %s=%q: %w", name, v, err)
			}
		}
		return nil
	}
	str := func(dst *string) func(string) error { return func(v string) error { *dst = v; return nil } }
	dur := func(dst *time.Duration) func(string) error {
		return func(v string) (err error) { *dst, err = time.ParseDuration(v); return }
	}
	for _, s := range []struct {
		name string
		fn   func(string) error
	}{
		{"HESKEM_ADDR", str(&c.Addr)},
		{"HESKEM_DATA", str(&c.DataDir)},
		{"HESKEM_DB", str(&c.DB)},
		{"HESKEM_LOG_FORMAT", str(&c.LogFormat)},
		{"HESKEM_LOG_LEVEL", str(&c.LogLevel)},
		{"HESKEM_LANG", str(&c.Lang)},
		{"HESKEM_REST_DAYS", str(&c.RestDaysFile)},
		{"HESKEM_SMTP_URL", str(&c.SMTPURL)},
		{"HESKEM_SMTP_PASSWORD", str(&c.SMTPPassword)},
		{"HESKEM_BASE_URL", str(&c.BaseURL)},
		{"HESKEM_SCAN_INTERVAL", dur(&c.ScanInterval)},
		{"HESKEM_DIGEST_HOUR", func(v string) (err error) { c.DigestHour, err = strconv.Atoi(v); return }},
		{"HESKEM_NO_JOBS", func(v string) (err error) { c.NoJobs, err = strconv.ParseBool(v); return }},
		{"HESKEM_DEMO", func(v string) (err error) { c.Demo, err = strconv.ParseBool(v); return }},
		{"HESKEM_READ_TIMEOUT", dur(&c.ReadTimeout)},
		{"HESKEM_WRITE_TIMEOUT", dur(&c.WriteTimeout)},
		{"HESKEM_SHUTDOWN_TIMEOUT", dur(&c.ShutdownTimeout)},
		{"HESKEM_MAX_BODY", func(v string) (err error) { c.MaxBodyBytes, err = strconv.ParseInt(v, 10, 64); return }},
	} {
		if err := set(s.name, s.fn); err != nil {
			return err
		}
	}
	return nil
}

// Validate checks the configuration and says what to fix.
func (c Config) Validate() error {
	var errs []string
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		errs = append(errs, fmt.Sprintf("--addr %q is not host:port (e.g. 127.0.0.1:8080 or :8080)", c.Addr))
	}
	if c.DB != "" && !strings.HasPrefix(c.DB, "postgres://") && !strings.HasPrefix(c.DB, "postgresql://") {
		errs = append(errs, fmt.Sprintf("--db must be a postgres:// URL (or empty for the embedded SQLite database), not %q", redact(c.DB)))
	}
	if c.DB == "" && strings.TrimSpace(c.DataDir) == "" {
		errs = append(errs, "--data must name a directory")
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		errs = append(errs, fmt.Sprintf("--log-format %q: want text or json", c.LogFormat))
	}
	if _, err := c.SlogLevel(); err != nil {
		errs = append(errs, err.Error())
	}
	if c.Lang != "he" && c.Lang != "en" {
		errs = append(errs, fmt.Sprintf("--lang %q: want he or en", c.Lang))
	}
	for name, d := range map[string]time.Duration{"--read-timeout": c.ReadTimeout, "--write-timeout": c.WriteTimeout,
		"--shutdown-timeout": c.ShutdownTimeout} {
		if d <= 0 {
			errs = append(errs, fmt.Sprintf("%s must be positive", name))
		}
	}
	if c.DigestHour < 0 || c.DigestHour > 23 {
		errs = append(errs, fmt.Sprintf("--digest-hour %d: want 0 to 23", c.DigestHour))
	}
	if c.ScanInterval < time.Minute {
		errs = append(errs, "--scan-interval must be at least 1m")
	}
	if c.SMTPURL != "" && !strings.HasPrefix(c.SMTPURL, "smtp://") && !strings.HasPrefix(c.SMTPURL, "smtps://") {
		errs = append(errs, fmt.Sprintf("--smtp-url must start with smtp:// or smtps://, not %q", redact(c.SMTPURL)))
	}
	if c.MaxBodyBytes < 1024 {
		errs = append(errs, "--max-body must be at least 1024 bytes")
	}
	if len(errs) > 0 {
		return fmt.Errorf("invalid configuration:\n  %s", strings.Join(errs, "\n  "))
	}
	return nil
}

// SlogLevel parses LogLevel.
func (c Config) SlogLevel() (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(c.LogLevel)); err != nil {
		return 0, fmt.Errorf("--log-level %q: want debug, info, warn or error", c.LogLevel)
	}
	return l, nil
}

// Engine returns "postgres" or "sqlite".
func (c Config) Engine() string {
	if c.DB != "" {
		return "postgres"
	}
	return "sqlite"
}

// LogAttrs returns the configuration for the start-up log line, with the
// database password masked.
func (c Config) LogAttrs() []any {
	smtp := "outbox"
	if c.SMTPURL != "" {
		smtp = redact(c.SMTPURL)
	}
	return []any{"addr", c.Addr, "engine", c.Engine(), "data", c.DataDir, "db", redact(c.DB),
		"log_format", c.LogFormat, "demo", c.Demo, "lang", c.Lang, "smtp", smtp, "jobs", !c.NoJobs}
}

// NewLogger returns the structured logger the configuration asks for.
func (c Config) NewLogger(w *os.File) *slog.Logger {
	lvl, _ := c.SlogLevel()
	opts := &slog.HandlerOptions{Level: lvl}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// redact masks the password in a URL.
func redact(u string) string {
	i := strings.Index(u, "://")
	at := strings.LastIndex(u, "@")
	if i < 0 || at < i {
		return u
	}
	userinfo := u[i+3 : at]
	if user, _, ok := strings.Cut(userinfo, ":"); ok {
		return u[:i+3] + user + ":***" + u[at:]
	}
	return u
}
