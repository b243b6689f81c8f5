package main

import (
	"fmt"

	"github.com/heskem/heskem/internal/terms"
	"github.com/spf13/cobra"
)

// newInterestCmd builds `heskem interest`: late-payment interest computed
// from a JSON case (the agreement's rate or the statutory table), printed as
// a JSON statement with an explanation in English and Hebrew.
func newInterestCmd() *cobra.Command {
	var input string
	cmd := &cobra.Command{
		Use:   "interest --input CASE.json",
		Short: "Compute late-payment interest (ריבית פיגורים) as a statement from a JSON case",
		Long: `Compute the interest on a late payment, as a statement of periods with their rate, base and amount.

The case is JSON (a file, or - for standard input): principal, currency, due, paid,
rate_source (agreement|statutory), rate_percent, per (year|month), method
(simple|compound), clause and allow_unverified_rates. Interest uses actual/365.
See docs/cli-penalty-interest.md. Bad input exits with status 2.`,
		Example: `  heskem interest --input late-invoice.json
  echo '{"principal":"10000","currency":"ILS","due":"2026-03-01","paid":"2026-04-15","rate_source":"agreement","rate_percent":"1.5","per":"month"}' | heskem interest --input -`,
		Args:         caseNoArgs,
		SilenceUsage: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runInterest(cmd, input)
		},
	}
	cmd.Flags().StringVar(&input, "input", "", "the case as JSON: a file path, or - for standard input (required)")
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return badInput(err) })
	return cmd
}

func runInterest(cmd *cobra.Command, input string) error {
	r, name, closeInput, err := openCaseInput(cmd, input)
	if err != nil {
		return err
	}
	defer closeInput()
	c, err := terms.DecodeInterestCase(r)
	if err != nil {
		return caseError(name, err)
	}
	rules, err := terms.New()
	if err != nil {
		return fmt.Errorf("interest: %w", err)
	}
	res, err := rules.Interest(c.Terms, c.Payment)
	if err != nil {
		return caseError(name, err)
	}
	return writeCaseJSON(cmd.OutOrStdout(), terms.NewInterestReport(c, res))
}
