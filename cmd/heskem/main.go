// Command heskem is Heskem's one binary: the web server, the JSON API and
// the command-line tools, with an embedded SQLite database by default and
// PostgreSQL when one machine is not enough.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}

// run executes the command line args and returns the exit code. Tests call
// it directly with their own streams and environment.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	root := newRootCmd(getenv)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err != nil {
		fmt.Fprintln(stderr, "heskem:", err)
		if errors.Is(err, context.Canceled) {
			return exitInterrupt
		}
		var ee *exitError
		if !errors.As(err, &ee) && isUsageError(err) {
			return exitBadInput
		}
	}
	return exitCode(err)
}

// isUsageError recognizes cobra's own argument and flag errors, which
// cobra returns as plain errors.
func isUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "invalid argument",
		"accepts ", "requires at least", "requires at most", "flag needs an argument", "required flag"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

func newRootCmd(getenv func(string) string) *cobra.Command {
	root := &cobra.Command{
		Use:   "heskem",
		Short: "Heskem — write, evaluate, agree on and run supplier–client agreements (הסכם)",
		Long: `Heskem helps a supplier and a client write, evaluate, agree on and run the
service agreement between them, in Hebrew and English.

Run "heskem serve --demo" and open the address it prints.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(
		newServeCmd(getenv),
		newMigrateCmd(getenv),
		newBackupCmd(getenv),
		newRestoreCmd(getenv),
		newReviewCmd(),
		newDraftCmd(),
		newCalendarCmd(),
		newPenaltyCmd(),
		newInterestCmd(),
		newVersionCmd(),
	)
	return root
}
