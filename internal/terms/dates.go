package terms

import (
	"fmt"
	"time"
)

// BusinessDays tells whether a day is a business day. internal/bizday's
// Policy satisfies it; terms asks only for this one method so that it does not
// depend on the calendar package and its rules can be tested with a tiny
// Sunday–Thursday calendar.
type BusinessDays interface {
	IsBusinessDay(d time.Time) bool
}

// DateLayout is the one date format exchanged with the CLI and API.
const DateLayout = "2006-01-02"

// The range of accepted dates. It keeps every day-by-day walk bounded and
// catches typos such as 0226 for 2026.
const (
	minYear = 1900
	maxYear = 2199
)

// Day returns the calendar day of t as 00:00 UTC, the form every date in this
// package takes. The day is read in t's own location.
func Day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// ParseDate reads a YYYY-MM-DD day between 1900 and 2199. field names the
// input in errors.
func ParseDate(field, s string) (time.Time, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, fieldErrorf(field, "must be a date YYYY-MM-DD such as 2026-03-01, got %q", s)
	}
	if err := checkDate(field, t); err != nil {
		return time.Time{}, err
	}
	return t, nil
}

func checkDate(field string, t time.Time) error {
	if t.IsZero() {
		return fieldErrorf(field, "is required")
	}
	if y := t.Year(); y < minYear || y > maxYear {
		return fieldErrorf(field, "year %d is outside %d–%d", y, minYear, maxYear)
	}
	return nil
}

// DateRange is a run of whole days, both ends included.
type DateRange struct {
	From, To time.Time
}

// daysBetween is the number of days from a to b (b − a); both are days.
func daysBetween(a, b time.Time) int {
	return int((Day(b).Unix() - Day(a).Unix()) / 86400)
}

// addDays moves a day by n days.
func addDays(d time.Time, n int) time.Time { return d.AddDate(0, 0, n) }

// endOfMonth is the last day of d's month.
func endOfMonth(d time.Time) time.Time {
	return time.Date(d.Year(), d.Month()+1, 0, 0, 0, 0, 0, time.UTC)
}

// addMonths moves d by n months and, when the day number does not exist in
// the target month, ends on that month's last day, as Interpretation Law
// s.10(ב) ends a period of months (31 Jan + 1 month = 28 or 29 Feb). Go's
// AddDate would overflow into March instead.
func addMonths(d time.Time, n int) time.Time {
	first := time.Date(d.Year(), d.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := endOfMonth(first)
	if d.Day() > last.Day() {
		return last
	}
	return time.Date(first.Year(), first.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}

// dayFirst writes a day the Israeli way, day first: 1.3.2026 is 1 March.
func dayFirst(d time.Time) string {
	return fmt.Sprintf("%d.%d.%d", d.Day(), int(d.Month()), d.Year())
}

// englishDate writes a day unambiguously for English text: "1 Mar 2026".
func englishDate(d time.Time) string { return d.Format("2 Jan 2006") }

// NextBusinessDay is d when it is a business day, otherwise the first
// business day after it. Interpretation Law s.10(ג) moves a period whose last
// day is a rest day to the next day; DueDate returns the unmoved date and the
// caller applies this with the agreement's calendar policy.
func NextBusinessDay(d time.Time, cal BusinessDays) (time.Time, error) {
	if cal == nil {
		return time.Time{}, fmt.Errorf("next business day after %s: no business-day calendar given", Day(d).Format(DateLayout))
	}
	d = Day(d)
	for i := 0; i < 366; i++ {
		if cal.IsBusinessDay(d) {
			return d, nil
		}
		d = addDays(d, 1)
	}
	return time.Time{}, fmt.Errorf("next business day: the calendar has no business day within a year of %s", d.Format(DateLayout))
}
