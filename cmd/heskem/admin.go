package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/heskem/heskem/internal/store"
	"github.com/heskem/heskem/internal/store/postgres"
	"github.com/heskem/heskem/internal/store/sqlite"
)

func newMigrateCmd(getenv func(string) string) *cobra.Command {
	cfg, envErr := loadConfig(getenv)
	cmd := &cobra.Command{
		Use:   "migrate",
		Short: "Apply pending database migrations (the server also does this at start)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if envErr != nil {
				return envErr
			}
			var applied []store.Migration
			var err error
			if cfg.DB != "" {
				if !postgres.IsURL(cfg.DB) {
					return badInputf("--db must be a postgres:// URL, not %q", postgres.Redact(cfg.DB))
				}
				applied, err = postgres.Migrate(cmd.Context(), cfg.DB, 0)
			} else {
				applied, err = sqlite.Migrate(cmd.Context(), cfg.DataDir, 0)
			}
			if err != nil {
				return badInput(err)
			}
			out := cmd.OutOrStdout()
			if len(applied) == 0 {
				fmt.Fprintln(out, "database is up to date")
			}
			for _, m := range applied {
				fmt.Fprintf(out, "applied %05d %s\n", m.Version, m.Name)
			}
			return nil
		},
	}
	storeFlags(cmd.Flags(), &cfg)
	return cmd
}

func newBackupCmd(getenv func(string) string) *cobra.Command {
	cfg, envErr := loadConfig(getenv)
	var out string
	cmd := &cobra.Command{
		Use:   "backup --out FILE",
		Short: "Write a consistent copy of the SQLite database while the server runs",
		Long: `Write a consistent online copy of the embedded SQLite database to FILE.
The server can keep running: the copy is one snapshot (SQLite's VACUUM INTO).
The copy is verified with SQLite's integrity check before the command succeeds.

Restore with "heskem restore --from FILE" while the server is stopped.

For PostgreSQL use the server's own tools: pg_dump --format=custom (backup)
and pg_restore (restore).`,
		Example: "  heskem backup --out heskem-2026-11-27.db",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if envErr != nil {
				return envErr
			}
			if cfg.DB != "" {
				return badInputf("backup copies the embedded SQLite database; for PostgreSQL run: pg_dump --format=custom --file=heskem.dump %q (restore with pg_restore)", postgres.Redact(cfg.DB))
			}
			if out == "" {
				return badInputf("--out FILE is required")
			}
			if err := sqlite.Backup(cmd.Context(), cfg.DataDir, out); err != nil {
				return badInput(err)
			}
			fi, err := os.Stat(out)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "backup written to %s (%d bytes, integrity check ok)\n", out, fi.Size())
			return nil
		},
	}
	storeFlags(cmd.Flags(), &cfg)
	cmd.Flags().StringVarP(&out, "out", "o", "", "file to write the backup to (must not exist)")
	return cmd
}

func newRestoreCmd(getenv func(string) string) *cobra.Command {
	cfg, envErr := loadConfig(getenv)
	var from string
	var force bool
	cmd := &cobra.Command{
		Use:   "restore --from FILE",
		Short: "Replace the SQLite database with a backup (stop the server first)",
		Long: `Replace the embedded SQLite database in --data with a backup made by
"heskem backup". Stop the server first. The backup is verified before
anything is touched, and the switch is one atomic rename, so a failed
restore leaves the current database as it was. An existing database is
replaced only with --force.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if envErr != nil {
				return envErr
			}
			if cfg.DB != "" {
				return badInputf("restore replaces the embedded SQLite database; for PostgreSQL use pg_restore")
			}
			if from == "" {
				return badInputf("--from FILE is required")
			}
			if err := restore(cmd, cfg.DataDir, from, force); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "restored %s into %s\n", from, filepath.Join(cfg.DataDir, sqlite.FileName))
			return nil
		},
	}
	storeFlags(cmd.Flags(), &cfg)
	cmd.Flags().StringVar(&from, "from", "", "backup file made by heskem backup")
	cmd.Flags().BoolVar(&force, "force", false, "replace an existing database")
	return cmd
}

// restore verifies the backup, copies it beside the target, syncs it and
// renames it into place, removing the old write-ahead log so SQLite does not
// replay it onto the restored file.
func restore(cmd *cobra.Command, dir, from string, force bool) error {
	ctx := cmd.Context()
	if err := sqlite.Verify(ctx, from); err != nil {
		return badInputf("backup %s: %w", from, err)
	}
	if err := sqlite.CheckDataDir(dir); err != nil {
		return badInput(err)
	}
	target := filepath.Join(dir, sqlite.FileName)
	if _, err := os.Stat(target); err == nil && !force {
		return badInputf("%s already holds a database; stop the server and add --force to replace it", target)
	}
	src, err := os.Open(from)
	if err != nil {
		return badInput(err)
	}
	defer src.Close()
	tmp, err := os.CreateTemp(dir, ".restore-*")
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := io.Copy(tmp, src); err != nil {
		tmp.Close()
		return fmt.Errorf("restore: copy: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("restore: sync: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if err := os.Remove(target + suffix); err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("restore: remove old %s: %w", suffix, err)
		}
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return nil
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v, rev := "(devel)", ""
			if bi, ok := debug.ReadBuildInfo(); ok {
				if bi.Main.Version != "" {
					v = bi.Main.Version
				}
				for _, s := range bi.Settings {
					if s.Key == "vcs.revision" {
						rev = " " + s.Value
					}
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "heskem %s%s %s %s/%s\n", v, rev, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return nil
		},
	}
}
