package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/heskem/heskem/internal/bizday"
	"github.com/spf13/cobra"
)

// maxBusinessDaysArg bounds N in add-business-days: about 400 years of
// business days, far beyond any contract, and small enough to answer fast.
const maxBusinessDaysArg = 100000

// newCalendarCmd is `heskem calendar`: the Israeli calendar from the
// command line, for checking a deadline or exporting a year's holidays.
func newCalendarCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "calendar",
		Short: "Israeli holidays and business-day arithmetic",
		Long: "Israeli holidays (rest days, eves, Chol HaMoed, memorial days) with Hebrew dates,\n" +
			"and business-day arithmetic under a named policy: " + strings.Join(bizday.PolicyNames(), ", ") + ".\n" +
			"Dates are YYYY-MM-DD or day-first D.M.YYYY (1.3.2026 is 1 March 2026).",
	}
	var restDays string
	cmd.PersistentFlags().StringVar(&restDays, "rest-days", "", "JSON file of extra rest days, e.g. the next election day")
	cmd.AddCommand(newCalendarHolidaysCmd(&restDays), newCalendarAddBusinessDaysCmd(&restDays), newCalendarBusinessDaysCmd(&restDays))
	return cmd
}

func newCalendarHolidaysCmd(restDays *string) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "holidays YEAR",
		Short: "List the Israeli holidays of a Gregorian year",
		Long: "List the holidays of a Gregorian year: statutory rest days, and as non-rest entries\n" +
			"the eves, Chol HaMoed, memorial days, Purim and Hanukkah, plus known election days.",
		Example: "  heskem calendar holidays 2026\n  heskem calendar holidays 2026 --format json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			year, err := strconv.Atoi(strings.TrimSpace(args[0]))
			if err != nil || year < bizday.MinYear || year > bizday.MaxYear {
				return badInputf("calendar holidays: year %q: want a number from %d to %d", args[0], bizday.MinYear, bizday.MaxYear)
			}
			cal, err := loadCalendar(*restDays)
			if err != nil {
				return err
			}
			hs := cal.Holidays(year)
			switch format {
			case "json":
				return writeHolidaysJSON(cmd.OutOrStdout(), hs)
			case "text":
				return writeHolidaysText(cmd.OutOrStdout(), hs)
			}
			return badInputf("calendar holidays: format %q: want text or json", format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}

// holidayJSON is the JSON shape of one entry; field names are part of the
// CLI's contract.
type holidayJSON struct {
	Date       string `json:"date"`
	NameHe     string `json:"name_he"`
	NameEn     string `json:"name_en"`
	RestDay    bool   `json:"rest_day"`
	Kind       string `json:"kind"`
	HebrewDate string `json:"hebrew_date"`
}

func writeHolidaysJSON(w io.Writer, hs []bizday.Holiday) error {
	out := make([]holidayJSON, 0, len(hs))
	for _, h := range hs {
		out = append(out, holidayJSON{
			Date:       h.Date.Format(time.DateOnly),
			NameHe:     h.NameHe,
			NameEn:     h.NameEn,
			RestDay:    h.RestDay,
			Kind:       string(h.Kind),
			HebrewDate: h.Hebrew().String(),
		})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("calendar holidays: write json: %w", err)
	}
	return nil
}

func writeHolidaysText(w io.Writer, hs []bizday.Holiday) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tDAY\tHEBREW DATE\tKIND\tNAME")
	for _, h := range hs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s / %s\n",
			h.Date.Format("2.1.2006"), h.Date.Format("Mon"), h.Hebrew().String(), h.Kind, h.NameHe, h.NameEn)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("calendar holidays: write: %w", err)
	}
	return nil
}

func newCalendarAddBusinessDaysCmd(restDays *string) *cobra.Command {
	var policy string
	cmd := &cobra.Command{
		Use:   "add-business-days DATE N",
		Short: "Print the N-th business day after DATE (DATE itself not counted)",
		Long: "Print the N-th business day after DATE under the policy; DATE itself is not counted\n" +
			"(Interpretation Law s.10(א)). A negative N counts back; put -- before it so it is\n" +
			"not read as a flag.",
		Example: "  heskem calendar add-business-days 2026-04-01 5\n" +
			"  heskem calendar add-business-days 1.4.2026 5 --policy tender\n" +
			"  heskem calendar add-business-days 2026-09-14 -- -3",
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			from, err := bizday.ParseDate(args[0])
			if err != nil {
				return badInput(fmt.Errorf("calendar add-business-days: %w", err))
			}
			n, err := strconv.Atoi(strings.TrimSpace(args[1]))
			if err != nil || n < -maxBusinessDaysArg || n > maxBusinessDaysArg {
				return badInputf("calendar add-business-days: N %q: want a whole number from %d to %d", args[1], -maxBusinessDaysArg, maxBusinessDaysArg)
			}
			cal, err := loadCalendar(*restDays)
			if err != nil {
				return err
			}
			p, err := cal.Policy(policy)
			if err != nil {
				return badInput(fmt.Errorf("calendar add-business-days: %w", err))
			}
			to := bizday.AddBusinessDays(p, from, n)
			if to.IsZero() || to.Year() < bizday.MinYear || to.Year() > bizday.MaxYear {
				return badInputf("calendar add-business-days: %s %+d business days is outside the calendar (years %d–%d)", args[0], n, bizday.MinYear, bizday.MaxYear)
			}
			_, err = fmt.Fprintln(cmd.OutOrStdout(), to.Format(time.DateOnly))
			return err
		},
	}
	addPolicyFlag(cmd, &policy)
	return cmd
}

func newCalendarBusinessDaysCmd(restDays *string) *cobra.Command {
	var policy string
	cmd := &cobra.Command{
		Use:   "business-days FROM TO",
		Short: "Count the business days after FROM up to and including TO",
		Long: "Count the business days after FROM up to and including TO under the policy — the\n" +
			"inverse of add-business-days. Negative when TO is before FROM.",
		Example: "  heskem calendar business-days 2026-03-29 2026-04-12\n" +
			"  heskem calendar business-days 29.3.2026 12.4.2026 --policy tender",
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			from, err := bizday.ParseDate(args[0])
			if err != nil {
				return badInput(fmt.Errorf("calendar business-days: FROM: %w", err))
			}
			to, err := bizday.ParseDate(args[1])
			if err != nil {
				return badInput(fmt.Errorf("calendar business-days: TO: %w", err))
			}
			cal, err := loadCalendar(*restDays)
			if err != nil {
				return err
			}
			p, err := cal.Policy(policy)
			if err != nil {
				return badInput(fmt.Errorf("calendar business-days: %w", err))
			}
			_, err = fmt.Fprintln(cmd.OutOrStdout(), bizday.BusinessDaysBetween(p, from, to))
			return err
		},
	}
	addPolicyFlag(cmd, &policy)
	return cmd
}

func addPolicyFlag(cmd *cobra.Command, dst *string) {
	cmd.Flags().StringVar(dst, "policy", bizday.DefaultPolicy,
		"business-day policy: "+strings.Join(bizday.PolicyNames(), ", ")+
			" (israel: Sun–Thu without rest days; tender: also without eves and Chol HaMoed; international: Mon–Fri)")
}
