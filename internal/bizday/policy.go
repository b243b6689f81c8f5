package bizday

import (
	"fmt"
	"strings"
	"time"
)

// Policy decides which days are business days. Contracts define "יום
// עסקים" / "יום עבודה" differently, so the definition is a named value an
// agreement picks, not a constant.
type Policy interface {
	// Name is the policy's stable name, as stored in agreements.
	Name() string
	// IsBusinessDay reports whether d's calendar day (its own year, month
	// and day) is a business day; the time of day and location are ignored.
	IsBusinessDay(d time.Time) bool
}

// Policy names. Agreements store these strings; never rename one.
const (
	// PolicyIsrael: Sunday–Thursday, except rest days (the festivals,
	// Independence Day, election days). Eves and Chol HaMoed are business
	// days. The default, and the common reading of "יום עסקים" in Israel.
	PolicyIsrael = "israel"
	// PolicyTender: the public-tender definition of "יום עבודה" in תקנות
	// חובת המכרזים, התשנ"ג–1993 — every day except Friday, Saturday, shabbaton
	// days, the festivals of s.18א(א) "and their eves", Chol HaMoed and
	// Independence Day. Read here as: Sunday–Thursday, except rest days,
	// festival eves (Erev Rosh Hashanah, Erev Yom Kippur, Erev Sukkot,
	// Hoshana Rabbah, Erev Pesach, the eve of Pesach VII, Erev Shavuot) and
	// Chol HaMoed. The eve of Independence Day (Memorial Day) is a working
	// day: the regulation's "their eves" follows the s.18א(א) festivals,
	// and Independence Day is listed separately, after it.
	PolicyTender = "tender"
	// PolicyInternational: Monday–Friday, nothing else excluded — the
	// Western week a foreign counterparty counts by, with no country's
	// holidays assumed. An agreement that wants Israeli rest days excluded
	// too should use israel or tender.
	PolicyInternational = "international"
	// DefaultPolicy is the policy used when an agreement names none.
	DefaultPolicy = PolicyIsrael
)

// PolicyNames lists the valid policy names, default first.
func PolicyNames() []string {
	return []string{PolicyIsrael, PolicyTender, PolicyInternational}
}

// weekMask is a set of weekdays, bit i for time.Weekday(i).
type weekMask uint8

func days(ds ...time.Weekday) weekMask {
	var m weekMask
	for _, d := range ds {
		m |= 1 << d
	}
	return m
}

// weekPolicy is a working week minus the days carrying excluded flags.
type weekPolicy struct {
	name    string
	cal     *Calendar
	week    weekMask
	exclude dayFlags
}

func (p weekPolicy) Name() string { return p.name }

func (p weekPolicy) IsBusinessDay(d time.Time) bool {
	if p.week&(1<<d.Weekday()) == 0 {
		return false
	}
	return p.exclude == 0 || p.cal.flags(d)&p.exclude == 0
}

// Policy returns the named policy bound to this calendar. The name is
// matched without regard to case or surrounding space; "" is DefaultPolicy.
// An unknown name is an error listing the valid ones.
func (c *Calendar) Policy(name string) (Policy, error) {
	if c == nil {
		return nil, fmt.Errorf("business-day policy %q: nil calendar (use bizday.New)", clip(name))
	}
	sunThu := days(time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday)
	switch n := strings.ToLower(strings.TrimSpace(name)); n {
	case PolicyIsrael, "":
		return weekPolicy{name: PolicyIsrael, cal: c, week: sunThu, exclude: flagRest}, nil
	case PolicyTender:
		return weekPolicy{name: PolicyTender, cal: c, week: sunThu, exclude: flagRest | flagEve | flagCholHamoed}, nil
	case PolicyInternational:
		monFri := days(time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday)
		return weekPolicy{name: PolicyInternational, cal: c, week: monFri}, nil
	}
	return nil, fmt.Errorf("unknown business-day policy %q (valid: %s)", clip(name), strings.Join(PolicyNames(), ", "))
}
