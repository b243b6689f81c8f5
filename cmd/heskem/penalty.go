package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/heskem/heskem/internal/bizday"
	"github.com/heskem/heskem/internal/terms"
	"github.com/spf13/cobra"
)

// newPenaltyCmd builds `heskem penalty`: a late-delivery sanction computed
// from a JSON case (the clause's terms and the dates), printed as JSON with an
// explanation in English and Hebrew.
func newPenaltyCmd() *cobra.Command {
	var input string
	cmd := &cobra.Command{
		Use:   "penalty --input CASE.json",
		Short: "Compute a late-delivery penalty (פיצוי מוסכם על איחור) from a JSON case",
		Long: `Compute the late-delivery penalty an agreement's sanction clause gives for a delay.

The case is JSON (a file, or - for standard input): value, currency, rate_percent or
fixed_amount, period {count, unit: calendar_days|business_days|weeks}, partial_period
(full|prorate), cap_percent, terminate_after, due, delivered, force_majeure [{from, to}],
policy (israel|tender|international) and clause. The result is JSON on standard output.
See docs/cli-penalty-interest.md. Bad input exits with status 2.`,
		Example: `  heskem penalty --input case.json
  echo '{"value":"100000","currency":"ILS","rate_percent":"0.5","period":{"count":1,"unit":"weeks"},"due":"2026-03-01","delivered":"2026-03-15"}' | heskem penalty --input -`,
		Args:         caseNoArgs,
		SilenceUsage: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runPenalty(cmd, input)
		},
	}
	cmd.Flags().StringVar(&input, "input", "", "the case as JSON: a file path, or - for standard input (required)")
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return badInput(err) })
	return cmd
}

func runPenalty(cmd *cobra.Command, input string) error {
	r, name, closeInput, err := openCaseInput(cmd, input)
	if err != nil {
		return err
	}
	defer closeInput()
	c, err := terms.DecodePenaltyCase(r)
	if err != nil {
		return caseError(name, err)
	}
	var cal terms.BusinessDays
	policyName := ""
	if c.NeedsBusinessDays() || c.Policy != "" {
		policy, err := bizday.New().Policy(c.Policy)
		if err != nil {
			return caseError(name, &terms.InputError{Field: "policy", Reason: err.Error()})
		}
		cal, policyName = policy, policy.Name()
	}
	res, err := terms.ComputePenalty(c.Penalty, c.Delay, cal)
	if err != nil {
		return caseError(name, err)
	}
	return writeCaseJSON(cmd.OutOrStdout(), terms.NewPenaltyReport(res, policyName))
}

// caseNoArgs refuses positional arguments as bad usage (exit 2): the case
// comes through --input.
func caseNoArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return badInputf("%s takes no arguments, got %q; give the case with --input FILE or --input -", cmd.Name(), args[0])
	}
	return nil
}

// openCaseInput opens --input: a file, or standard input for "-". The name is
// for error messages.
func openCaseInput(cmd *cobra.Command, input string) (r io.Reader, name string, closeFn func(), err error) {
	switch input {
	case "":
		return nil, "", nil, badInputf("--input is required: a JSON case file, or - for standard input")
	case "-":
		return cmd.InOrStdin(), "standard input", func() {}, nil
	}
	f, err := os.Open(input)
	if err != nil {
		return nil, "", nil, badInputf("--input: %w", err)
	}
	return f, input, func() { _ = f.Close() }, nil
}

// caseError marks errors about the case's content as bad input (exit 2) and
// leaves anything else a runtime failure.
func caseError(name string, err error) error {
	var ie *terms.InputError
	if errors.As(err, &ie) {
		return badInput(fmt.Errorf("%s: %w", name, err))
	}
	return fmt.Errorf("%s: %w", name, err)
}

// writeCaseJSON prints v as indented JSON, leaving Hebrew and symbols such as
// ₪ and < unescaped so the output reads as written.
func writeCaseJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write result: %w", err)
	}
	return nil
}
