package terms

import (
	"fmt"
	"sort"
	"time"
)

// Unit is what a sanction period is counted in.
type Unit string

// The units a period can be counted in. A week is seven calendar days.
const (
	UnitCalendarDays Unit = "calendar_days"
	UnitBusinessDays Unit = "business_days"
	UnitWeeks        Unit = "weeks"
)

// MaxPeriodCount bounds a period's count (ten years of days): larger numbers
// are typos, and the bound keeps every walk over the calendar short.
const MaxPeriodCount = 3660

// Period is "count units", e.g. 2 weeks, 5 business days.
type Period struct {
	Count int
	Unit  Unit
}

func (p Period) validate(field string) error {
	switch p.Unit {
	case UnitCalendarDays, UnitBusinessDays, UnitWeeks:
	case "":
		return fieldErrorf(field+".unit", "is required: calendar_days, business_days or weeks")
	default:
		return fieldErrorf(field+".unit", "unknown unit %q: use calendar_days, business_days or weeks", string(p.Unit))
	}
	if p.Count < 1 || p.Count > MaxPeriodCount {
		return fieldErrorf(field+".count", "must be between 1 and %d, got %d", MaxPeriodCount, p.Count)
	}
	return nil
}

// dayKind is the kind of day the period counts: business days for a period
// in business days, calendar days for days and weeks.
func (p Period) dayKind() Unit {
	if p.Unit == UnitBusinessDays {
		return UnitBusinessDays
	}
	return UnitCalendarDays
}

// days is the period's length in its kind of day.
func (p Period) days() int {
	if p.Unit == UnitWeeks {
		return 7 * p.Count
	}
	return p.Count
}

// PartialPeriod says how a period that has begun but not ended is counted.
type PartialPeriod string

// A started period counts as a whole one, or in proportion to its days.
const (
	PartialFull    PartialPeriod = "full"
	PartialProrate PartialPeriod = "prorate"
)

// delayClock counts the days of a delay: the days after due that are not
// inside a force-majeure pause and, for business-day periods, are business
// days. Pauses stop the clock; they do not move the due date.
type delayClock struct {
	due    time.Time
	pauses []DateRange // sorted by From, merged
	kind   Unit
	cal    BusinessDays
}

func newDelayClock(due time.Time, pauses []DateRange, kind Unit, cal BusinessDays) (delayClock, error) {
	if kind == UnitBusinessDays && cal == nil {
		return delayClock{}, fmt.Errorf("counting business days: no business-day calendar given")
	}
	return delayClock{due: Day(due), pauses: mergeRanges(pauses), kind: kind, cal: cal}, nil
}

func (c delayClock) paused(d time.Time) bool {
	for _, p := range c.pauses {
		if d.Before(p.From) {
			return false
		}
		if !d.After(p.To) {
			return true
		}
	}
	return false
}

func (c delayClock) counts(d time.Time) bool {
	if c.paused(d) {
		return false
	}
	return c.kind != UnitBusinessDays || c.cal.IsBusinessDay(d)
}

// count walks from the day after due to until inclusive and returns the days
// that count and the calendar days skipped for force majeure.
func (c delayClock) count(until time.Time) (late, paused int) {
	for d := addDays(c.due, 1); !d.After(until); d = addDays(d, 1) {
		switch {
		case c.paused(d):
			paused++
		case c.kind != UnitBusinessDays || c.cal.IsBusinessDay(d):
			late++
		}
	}
	return late, paused
}

// firstDayOver is the first day on which more than n days of delay have been
// counted: the day the (n+1)th counted day falls on. ok is false when no such
// day comes before the end of the supported date range (force majeure or the
// calendar stop the clock for good).
func (c delayClock) firstDayOver(n int) (day time.Time, ok bool) {
	counted := 0
	for d := addDays(c.due, 1); d.Year() <= maxYear; d = addDays(d, 1) {
		if c.counts(d) {
			counted++
			if counted > n {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

// mergeRanges sorts ranges and joins those that overlap or touch.
func mergeRanges(in []DateRange) []DateRange {
	if len(in) == 0 {
		return nil
	}
	rs := make([]DateRange, len(in))
	for i, r := range in {
		rs[i] = DateRange{From: Day(r.From), To: Day(r.To)}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].From.Before(rs[j].From) })
	out := rs[:1]
	for _, r := range rs[1:] {
		last := &out[len(out)-1]
		if !r.From.After(addDays(last.To, 1)) {
			if r.To.After(last.To) {
				last.To = r.To
			}
			continue
		}
		out = append(out, r)
	}
	return out
}
