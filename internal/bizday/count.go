package bizday

import (
	"fmt"
	"strings"
	"time"
)

// maxGap bounds how far the counting functions look for the next business
// day: ten years. A policy with no business day in ten years is broken, and
// an unbounded scan would hang; past the bound they return the zero Time.
const maxGap = 3660

const day = 24 * time.Hour

// AddBusinessDays returns the n-th business day after from under p; the day
// of from itself is not counted (Interpretation Law s.10(א)), so
// AddBusinessDays(p, from, 1) is the next business day even when from is
// one. A negative n counts back: AddBusinessDays(p, from, -1) is the last
// business day before from. n == 0 returns from's day unchanged. The result
// is 00:00 UTC; it is the zero Time if p has no business day for ten years.
func AddBusinessDays(p Policy, from time.Time, n int) time.Time {
	t := Day(from)
	step, left := day, n
	if n < 0 {
		step, left = -day, -n
	}
	gap := 0
	for left > 0 {
		t = t.Add(step)
		if p.IsBusinessDay(t) {
			left--
			gap = 0
		} else if gap++; gap > maxGap {
			return time.Time{}
		}
	}
	return t
}

// BusinessDaysBetween counts the business days after from up to and
// including to — the days AddBusinessDays steps over — so that
// BusinessDaysBetween(p, from, AddBusinessDays(p, from, n)) == n for every
// n. When to is before from the count is negative: minus the business days
// from to up to but excluding from.
func BusinessDaysBetween(p Policy, from, to time.Time) int {
	from, to = Day(from), Day(to)
	sign := 1
	if to.Before(from) {
		// Business days in [to, from) are those in (to-1, from-1].
		from, to = to.Add(-day), from.Add(-day)
		sign = -1
	}
	n := 0
	for t := from.Add(day); !t.After(to); t = t.Add(day) {
		if p.IsBusinessDay(t) {
			n++
		}
	}
	return sign * n
}

// NextBusinessDay returns d's day if it is a business day under p, else the
// first business day after it: where a period that ends on a rest day
// actually ends (Interpretation Law s.10(ג): rest days count inside a
// period, but not as its last day). Zero Time if none within ten years.
func NextBusinessDay(p Policy, d time.Time) time.Time {
	return roll(p, Day(d), day)
}

// PreviousBusinessDay returns d's day if it is a business day under p, else
// the last business day before it: for deadlines counted backwards ("no
// later than 7 days before the meeting"), where moving forward would leave
// less time than agreed. Zero Time if none within ten years.
func PreviousBusinessDay(p Policy, d time.Time) time.Time {
	return roll(p, Day(d), -day)
}

func roll(p Policy, t time.Time, step time.Duration) time.Time {
	for gap := 0; !p.IsBusinessDay(t); gap++ {
		if gap > maxGap {
			return time.Time{}
		}
		t = t.Add(step)
	}
	return t
}

// Unit is the unit of a contractual period.
type Unit string

// The period units PeriodEnd knows.
const (
	UnitDays         Unit = "days"
	UnitBusinessDays Unit = "business_days"
	UnitWeeks        Unit = "weeks"
	UnitMonths       Unit = "months"
)

// Units lists the valid units.
func Units() []Unit {
	return []Unit{UnitDays, UnitBusinessDays, UnitWeeks, UnitMonths}
}

// ParseUnit reads a unit name (case and surrounding space ignored) and
// rejects unknown ones, so that PeriodEnd only ever sees valid units.
func ParseUnit(s string) (Unit, error) {
	u := Unit(strings.ToLower(strings.TrimSpace(s)))
	for _, v := range Units() {
		if u == v {
			return u, nil
		}
	}
	return "", fmt.Errorf("unknown period unit %q (valid: days, business_days, weeks, months)", clip(s))
}

// PeriodEnd is the last day of a period of n units "from" an event on from,
// by Interpretation Law s.10 (applied to contracts by Contracts (General
// Part) Law s.25(ד) unless the contract says otherwise):
//
//   - the event day is not counted (s.10(א)): 7 days from Sunday 1 March
//     ends on Sunday 8 March;
//   - a period of months ends on the same day-number n months later, or on
//     that month's last day when the number does not exist (s.10(ב));
//   - rest days inside the period count, but a period may not end on one
//     (s.10(ג)): an end that is not a business day under p moves forward to
//     the next business day. For a negative n (a period counted back from
//     an event) it moves back instead, so the time left is never shortened.
//
// The statute moves only an end on a rest day; this moves an end on any
// day that is not a business day under p. With israel that includes
// Friday, so a period ending on a Friday ends on Sunday — the reading most
// contracts with a Sunday–Thursday business day intend, and never earlier
// than the statute's.
//
// Business days are counted with AddBusinessDays. Since "עד" is inclusive
// (s.8), the returned day is itself within the period. An invalid unit (see
// ParseUnit) returns the zero Time.
func PeriodEnd(p Policy, from time.Time, n int, unit Unit) time.Time {
	from = Day(from)
	var end time.Time
	switch unit {
	case UnitDays:
		end = from.AddDate(0, 0, n)
	case UnitWeeks:
		end = from.AddDate(0, 0, 7*n)
	case UnitMonths:
		end = AddMonths(from, n)
	case UnitBusinessDays:
		end = AddBusinessDays(p, from, n)
		if end.IsZero() {
			return end
		}
	default:
		return time.Time{}
	}
	if n < 0 {
		return PreviousBusinessDay(p, end)
	}
	return NextBusinessDay(p, end)
}
