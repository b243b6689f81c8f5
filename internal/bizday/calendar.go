package bizday

import (
	"sync"
	"time"
)

// dayFlags is the set of entry kinds on one day, so that policies test a
// day with one array read and a mask.
type dayFlags uint8

const (
	flagRest dayFlags = 1 << iota
	flagEve
	flagCholHamoed
	flagMemorial
	flagOther
)

func (k Kind) flag() dayFlags {
	switch k {
	case KindRest:
		return flagRest
	case KindEve:
		return flagEve
	case KindCholHamoed:
		return flagCholHamoed
	case KindMemorial:
		return flagMemorial
	}
	return flagOther
}

// yearData is one Gregorian year's entries, built once and never changed.
type yearData struct {
	holidays []Holiday     // sorted by date
	flags    [366]dayFlags // by YearDay-1
}

// Calendar is the Israeli calendar with the operator's ad-hoc rest days.
// Each Gregorian year is computed the first time it is needed and cached;
// a Calendar is safe for concurrent use. Use New; the zero value has no
// operator days but works.
type Calendar struct {
	extra map[int][]Holiday // operator and built-in extras by year; read-only after New
	years sync.Map          // int → *yearData
}

// New returns a calendar with the computed Israeli holidays, the built-in
// ad-hoc rest days (past Knesset election days, from the embedded
// restdays.json) and extra, the operator's own days — typically a coming
// election day, or a rest-days file read with ParseRestDays.
//
// New cannot fail, so it reads extra leniently: an entry without a date is
// dropped; an entry whose Kind is empty or unknown is a rest day (these are
// rest days unless they say otherwise); missing names are filled in. Use
// ParseRestDays for strict checking of operator input. An extra entry with
// the same date and kind as a built-in one replaces it.
func New(extra ...Holiday) *Calendar {
	c := &Calendar{extra: make(map[int][]Holiday)}
	type key struct {
		date time.Time
		kind Kind
	}
	index := make(map[key]int)
	var all []Holiday
	add := func(h Holiday) {
		h, ok := h.lenient()
		if !ok {
			return
		}
		k := key{h.Date, h.Kind}
		if i, dup := index[k]; dup {
			all[i] = h
			return
		}
		index[k] = len(all)
		all = append(all, h)
	}
	// The embedded file is checked by the package's tests; should it ever
	// fail to parse, the calendar still works without it.
	builtin, _ := BuiltinRestDays()
	for _, h := range builtin {
		add(h)
	}
	for _, h := range extra {
		add(h)
	}
	for _, h := range all {
		y := h.Date.Year()
		c.extra[y] = append(c.extra[y], h)
	}
	return c
}

// Holidays returns every entry of Gregorian year year — rest days, eves,
// Chol HaMoed, memorial and other days, and operator days — sorted by date.
// The slice is the caller's own. Years outside MinYear–MaxYear have none.
func (c *Calendar) Holidays(year int) []Holiday {
	yd := c.year(year)
	if yd == nil {
		return nil
	}
	return append([]Holiday(nil), yd.holidays...)
}

// On returns the entries dated d (its own year, month and day).
func (c *Calendar) On(d time.Time) []Holiday {
	d = Day(d)
	var out []Holiday
	yd := c.year(d.Year())
	if yd == nil || yd.flags[d.YearDay()-1] == 0 {
		return nil
	}
	for _, h := range yd.holidays {
		if h.Date.Equal(d) {
			out = append(out, h)
		}
	}
	return out
}

// IsRestDay reports whether d is Shabbat or a rest day of the calendar — the
// days Interpretation Law s.10(ג) will not let a period end on.
func (c *Calendar) IsRestDay(d time.Time) bool {
	return d.Weekday() == time.Saturday || c.flags(d)&flagRest != 0
}

// flags is the set of entry kinds on d's calendar day.
func (c *Calendar) flags(d time.Time) dayFlags {
	yd := c.year(d.Year())
	if yd == nil {
		return 0
	}
	return yd.flags[d.YearDay()-1] // YearDay, like Year, reads d's own location
}

// year returns the cached data of Gregorian year y, building it on first
// use. Two goroutines may build the same year at once; LoadOrStore keeps
// one and both get the same value.
func (c *Calendar) year(y int) *yearData {
	if y < MinYear || y > MaxYear {
		return nil
	}
	if v, ok := c.years.Load(y); ok {
		return v.(*yearData)
	}
	yd := &yearData{holidays: gregorianYearEntries(y)}
	if c.extra != nil {
		yd.holidays = append(yd.holidays, c.extra[y]...)
		sortHolidays(yd.holidays)
	}
	for _, h := range yd.holidays {
		yd.flags[h.Date.YearDay()-1] |= h.Kind.flag()
	}
	v, _ := c.years.LoadOrStore(y, yd)
	return v.(*yearData)
}
