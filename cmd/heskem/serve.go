package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/heskem/heskem/internal/api"
	"github.com/heskem/heskem/internal/config"
	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/i18n"
	"github.com/heskem/heskem/internal/jobs"
	"github.com/heskem/heskem/internal/mail"
	"github.com/heskem/heskem/internal/server"
	"github.com/heskem/heskem/internal/service"
	"github.com/heskem/heskem/internal/store"
	"github.com/heskem/heskem/internal/store/postgres"
	"github.com/heskem/heskem/internal/store/sqlite"
	"github.com/heskem/heskem/internal/web"
)

// storeFlags binds the flags that choose the database to cfg.
func storeFlags(fs *pflag.FlagSet, cfg *config.Config) {
	fs.StringVar(&cfg.DataDir, "data", cfg.DataDir, "data directory for the embedded SQLite database (env HESKEM_DATA)")
	fs.StringVar(&cfg.DB, "db", cfg.DB, "PostgreSQL URL postgres://user:pass@host:5432/db instead of SQLite (env HESKEM_DB)")
}

// loadConfig returns the defaults overridden by the environment. Flags are
// bound on top of the result, so a flag beats the environment.
func loadConfig(getenv func(string) string) (config.Config, error) {
	cfg := config.Default()
	if err := cfg.ApplyEnv(getenv); err != nil {
		return cfg, badInput(err)
	}
	return cfg, nil
}

// openStore opens the configured database and applies migrations. Errors
// caused by the configuration (a data directory that is a file, a malformed
// URL, a server that does not answer) are bad input: exit code 2.
func openStore(ctx context.Context, cfg config.Config) (*store.DB, error) {
	if cfg.DB != "" {
		db, err := postgres.Open(ctx, cfg.DB, postgres.Options{})
		if err != nil {
			return nil, badInput(err)
		}
		return db, nil
	}
	if err := sqlite.CheckDataDir(cfg.DataDir); err != nil {
		return nil, badInput(err)
	}
	db, err := sqlite.Open(ctx, cfg.DataDir, sqlite.Options{})
	if err != nil {
		return nil, badInput(fmt.Errorf("%w (is --data pointing at a Heskem data directory?)", err))
	}
	return db, nil
}

func newServeCmd(getenv func(string) string) *cobra.Command {
	cfg, envErr := loadConfig(getenv)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the web server, the API and the background jobs",
		Example: `  heskem serve --demo                     # embedded SQLite in ./heskem-data, with a demo workspace
  heskem serve --addr :8080 --data /var/lib/heskem
  heskem serve --db postgres://heskem@db:5432/heskem`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if envErr != nil {
				return envErr
			}
			if err := cfg.Validate(); err != nil {
				return badInput(err)
			}
			return serve(cmd.Context(), cfg, cmd.OutOrStdout(), os.Stderr)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&cfg.Addr, "addr", cfg.Addr, "address to listen on; :8080 for every interface (env HESKEM_ADDR)")
	storeFlags(fs, &cfg)
	fs.BoolVar(&cfg.Demo, "demo", cfg.Demo, "seed a demo workspace when the database is empty (env HESKEM_DEMO)")
	fs.StringVar(&cfg.Lang, "lang", cfg.Lang, "default interface language: he or en (env HESKEM_LANG)")
	fs.StringVar(&cfg.LogFormat, "log-format", cfg.LogFormat, "log format: text or json (env HESKEM_LOG_FORMAT)")
	fs.StringVar(&cfg.LogLevel, "log-level", cfg.LogLevel, "log level: debug, info, warn, error (env HESKEM_LOG_LEVEL)")
	fs.DurationVar(&cfg.ReadTimeout, "read-timeout", cfg.ReadTimeout, "time limit for reading a request (env HESKEM_READ_TIMEOUT)")
	fs.DurationVar(&cfg.WriteTimeout, "write-timeout", cfg.WriteTimeout, "time limit for writing a response (env HESKEM_WRITE_TIMEOUT)")
	fs.DurationVar(&cfg.ShutdownTimeout, "shutdown-timeout", cfg.ShutdownTimeout, "time in-flight requests get on shutdown (env HESKEM_SHUTDOWN_TIMEOUT)")
	fs.Int64Var(&cfg.MaxBodyBytes, "max-body", cfg.MaxBodyBytes, "largest request body in bytes (env HESKEM_MAX_BODY)")
	fs.StringVar(&cfg.RestDaysFile, "rest-days", cfg.RestDaysFile, "JSON file of extra rest days, e.g. the next election day (env HESKEM_REST_DAYS)")
	fs.StringVar(&cfg.SMTPURL, "smtp-url", cfg.SMTPURL, "SMTP server for reminders, smtp://user@host:587?from=addr; password in HESKEM_SMTP_PASSWORD (env HESKEM_SMTP_URL)")
	fs.DurationVar(&cfg.ScanInterval, "scan-interval", cfg.ScanInterval, "how often reminders are looked for (env HESKEM_SCAN_INTERVAL)")
	fs.IntVar(&cfg.DigestHour, "digest-hour", cfg.DigestHour, "hour of the day, Israel time, the daily digests go out (env HESKEM_DIGEST_HOUR)")
	fs.StringVar(&cfg.BaseURL, "base-url", cfg.BaseURL, "public address of the workspace, for links in emails (env HESKEM_BASE_URL)")
	fs.BoolVar(&cfg.NoJobs, "no-jobs", cfg.NoJobs, "do not send reminders from this instance (env HESKEM_NO_JOBS)")
	return cmd
}

// serve runs the server until ctx is cancelled (SIGINT or SIGTERM), then
// shuts down gracefully and closes the database.
func serve(ctx context.Context, cfg config.Config, stdout io.Writer, logOut *os.File) (err error) {
	log := cfg.NewLogger(logOut)
	log.Info("starting heskem", cfg.LogAttrs()...)
	db, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := db.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("close database: %w", cerr)
		}
		log.Info("database closed")
	}()
	svc, err := service.New(db, log)
	if err != nil {
		return err
	}
	if svc.Calendar, err = loadCalendar(cfg.RestDaysFile); err != nil {
		return err
	}
	if cfg.Demo {
		jerusalem, lerr := time.LoadLocation("Asia/Jerusalem")
		if lerr != nil {
			jerusalem = time.UTC
		}
		seeded, err := svc.SeedDemo(ctx, heskem.DateOf(time.Now().In(jerusalem)))
		if err != nil {
			return err
		}
		if seeded {
			log.Info("demo workspace created")
		}
	}
	org, err := svc.Workspace(ctx)
	if err != nil {
		return err
	}
	cat, err := i18n.New()
	if err != nil {
		return err
	}
	rv, err := service.NewReviewer(svc)
	if err != nil {
		return err
	}
	pages, err := web.New(svc, rv, cat, org.ID, cfg.Lang, log)
	if err != nil {
		return err
	}
	if !cfg.NoJobs {
		runner, err := startJobs(ctx, cfg, db, svc, log)
		if err != nil {
			return err
		}
		// Deferred after the database's close, so it runs before it:
		// jobs stop, then the database closes.
		defer func() {
			sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.ShutdownTimeout)
			defer cancel()
			if err := runner.Stop(sctx); err != nil {
				log.Warn("stop jobs", "err", err)
			}
			log.Info("jobs stopped")
		}()
	}
	srv := server.New(cfg, log, db, api.New(svc, rv, org.ID, log), pages)
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return badInputf("listen on %s: %w (is another server using that port? choose another with --addr)", cfg.Addr, err)
	}
	url := "http://" + displayAddr(ln.Addr())
	fmt.Fprintf(stdout, "Heskem is running at %s — open it in your browser (Ctrl+C to stop)\n", url)
	log.Info("listening", "url", url, "engine", db.Engine())
	return srv.Run(ctx, ln)
}

// startJobs starts the durable reminder jobs: email through SMTP when it is
// configured, into the workspace outbox otherwise.
func startJobs(ctx context.Context, cfg config.Config, db *store.DB, svc *service.Service, log *slog.Logger) (*jobs.Runner, error) {
	jcfg := jobs.DefaultConfig()
	if cfg.DB != "" {
		jcfg.PostgresURL = cfg.DB
	} else {
		jcfg.SQLitePath = filepath.Join(cfg.DataDir, sqlite.FileName)
	}
	jcfg.ScanInterval, jcfg.DigestHour, jcfg.BaseURL, jcfg.Calendar = cfg.ScanInterval, cfg.DigestHour, cfg.BaseURL, svc.Calendar
	if cfg.SMTPURL != "" {
		sc, err := mail.ParseURL(cfg.SMTPURL)
		if err != nil {
			return nil, badInputf("--smtp-url: %w", err)
		}
		if cfg.SMTPPassword != "" {
			sc.Password = cfg.SMTPPassword
		}
		sender, err := mail.NewSMTP(sc)
		if err != nil {
			return nil, badInputf("--smtp-url: %w", err)
		}
		jcfg.Sender = sender
	}
	runner, err := jobs.Start(ctx, jcfg, db, log)
	if err != nil {
		return nil, fmt.Errorf("start reminder jobs: %w", err)
	}
	return runner, nil
}

// displayAddr turns a listener address into one a browser can open:
// 0.0.0.0 and [::] become localhost.
func displayAddr(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}
