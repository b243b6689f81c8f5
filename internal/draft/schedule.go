package draft

import (
	"fmt"
	"time"

	"github.com/heskem/heskem/internal/bizday"
)

// maxYear bounds the schedule arithmetic (see milestoneDue).
const maxYear = 2200

// calendar bundles the business-day policy an agreement counts with.
type calendar struct{ policy bizday.Policy }

func newCalendar(name string) (calendar, error) {
	p, err := bizday.New().Policy(name)
	if err != nil {
		return calendar{}, fmt.Errorf("business days: %w", err)
	}
	return calendar{p}, nil
}

// add returns from plus d. Hours round up to whole days, since schedule
// dates are days.
func (c calendar) add(from Date, d Duration) Date {
	t := from.Time()
	var r time.Time
	switch d.Unit {
	case Minutes:
		r = t.AddDate(0, 0, (d.Count+1439)/1440)
	case Hours:
		r = t.AddDate(0, 0, (d.Count+23)/24)
	case Days:
		r = t.AddDate(0, 0, d.Count)
	case BusinessDays:
		r = bizday.AddBusinessDays(c.policy, t, d.Count)
	case Weeks:
		r = t.AddDate(0, 0, 7*d.Count)
	case Months:
		r = bizday.AddMonths(t, d.Count)
	case Years:
		r = bizday.AddMonths(t, 12*d.Count)
	default:
		return from
	}
	return DateOf(r)
}

// EndDate is the last day of the engagement: End, or the day before Start
// plus Term (a 12-month term from 1.3.2026 ends on 28.2.2027). It is zero
// when neither is known.
func (a *Agreement) EndDate() Date {
	c, err := newCalendar(a.BusinessDays)
	if err != nil {
		c, _ = newCalendar(bizday.DefaultPolicy)
	}
	return a.endDate(c)
}

func (a *Agreement) endDate(c calendar) Date {
	s := a.Schedule
	if !s.End.IsZero() {
		return s.End
	}
	if s.Start.IsZero() || s.Term.IsZero() {
		return Date{}
	}
	return DateOf(c.add(s.Start, s.Term).Time().AddDate(0, 0, -1))
}

// milestoneDue computes each milestone's due date: its date, or the
// earliest date its event allows (counting from the due date of an earlier
// milestone, as if it were accepted on the day it was due). Unresolvable
// milestones (an unknown event) are left out; the validator reports them.
func (a *Agreement) milestoneDue(c calendar) map[string]Date {
	due := map[string]Date{}
	for _, m := range a.Schedule.Milestones {
		if !m.Date.IsZero() {
			due[m.ID] = m.Date
			continue
		}
		if m.Within.IsZero() {
			continue
		}
		var base Date
		switch m.After {
		case "start":
			base = a.Schedule.Start
		case "signing":
			base = a.Date
		default:
			base = due[m.After]
		}
		// A date past maxYear is far beyond any end date; counting business
		// days from it would only cost time, and the validator reports the
		// milestone anyway.
		if base.IsZero() || base.Time().Year() > maxYear {
			continue
		}
		due[m.ID] = c.add(base, m.Within)
	}
	return due
}
