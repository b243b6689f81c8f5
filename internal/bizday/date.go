package bizday

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// MinYear and MaxYear bound the Gregorian years ParseDate accepts: four-digit
// years, so that every date round-trips through "YYYY-MM-DD".
const (
	MinYear = 1
	MaxYear = 9999
)

// rdUnixEpoch is the fixed day number (Dershowitz & Reingold's R.D., day 1 =
// 1 January of year 1, proleptic Gregorian) of 1 January 1970.
const rdUnixEpoch = 719163

const secondsPerDay = 24 * 60 * 60

// Date returns the calendar day y-m-d as 00:00 UTC, the one representation of
// a day this package returns. Out-of-range values normalize the way
// time.Date does (Date(2026, 2, 30) is 2 March 2026).
func Date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Day strips t to its calendar day (its own year, month and day, in its own
// location) at 00:00 UTC. Callers pass instants from anywhere; comparing
// days needs one representation.
func Day(t time.Time) time.Time {
	y, m, d := t.Date()
	return Date(y, m, d)
}

// ParseDate reads a calendar day written either as ISO "2026-03-01" or as an
// Israeli day-first "1.3.2026" (dots only: with slashes, 1/3/2026 is read
// differently in the US and the two would be silently confused). Surrounding
// spaces are ignored. The result is 00:00 UTC.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, errors.New("parse date: empty")
	}
	if len(s) > 10 {
		return time.Time{}, fmt.Errorf("parse date %q: want YYYY-MM-DD or D.M.YYYY", clip(s))
	}
	var y, m, d int
	var err error
	if strings.Contains(s, ".") {
		y, m, d, err = splitDate(s, ".", 2, 0)
	} else {
		y, m, d, err = splitDate(s, "-", 0, 2)
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("parse date %q: %w", s, err)
	}
	if y < MinYear || y > MaxYear {
		return time.Time{}, fmt.Errorf("parse date %q: year %d outside %d–%d", s, y, MinYear, MaxYear)
	}
	if m < 1 || m > 12 {
		return time.Time{}, fmt.Errorf("parse date %q: month %d outside 1–12", s, m)
	}
	if last := daysInMonth(y, time.Month(m)); d < 1 || d > last {
		return time.Time{}, fmt.Errorf("parse date %q: day %d outside 1–%d", s, d, last)
	}
	return Date(y, time.Month(m), d), nil
}

// splitDate splits s into exactly three decimal fields; yi and di say which
// field is the year and which the day (the month is always the middle one).
// ISO wants a four-digit year and two-digit month and day; the Israeli form
// allows one or two digits for day and month.
func splitDate(s, sep string, yi, di int) (y, m, d int, err error) {
	parts := strings.Split(s, sep)
	if len(parts) != 3 {
		return 0, 0, 0, errors.New("want YYYY-MM-DD or D.M.YYYY")
	}
	iso := sep == "-"
	for i, p := range parts {
		want := "1–2"
		ok := len(p) == 1 || len(p) == 2
		switch {
		case i == yi:
			want, ok = "4", len(p) == 4
		case iso:
			want, ok = "2", len(p) == 2
		}
		if !ok || !allDigits(p) {
			return 0, 0, 0, fmt.Errorf("field %q: want %s digits", p, want)
		}
	}
	y, _ = strconv.Atoi(parts[yi])
	m, _ = strconv.Atoi(parts[1])
	d, _ = strconv.Atoi(parts[di])
	return y, m, d, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// clip shortens untrusted input before it goes into an error message.
func clip(s string) string {
	if len(s) <= 24 {
		return s
	}
	return s[:24] + "…"
}

// daysInMonth is the number of days in month m of Gregorian year y.
func daysInMonth(y int, m time.Month) int {
	return Date(y, m+1, 0).Day()
}

// AddMonths moves d by n calendar months to the same day-number, or to the
// target month's last day when that number does not exist there: 31 January
// + 1 month is 28 February (29 in a leap year). This is Interpretation Law
// s.10(ב); time.AddDate would overflow into March instead. n may be negative.
func AddMonths(d time.Time, n int) time.Time {
	y, m, day := d.Date()
	// Work in months since year 0 so negative n borrows years correctly.
	total := y*12 + int(m-1) + n
	ty, tm := floorDiv(total, 12), time.Month(floorMod(total, 12)+1)
	if last := daysInMonth(ty, tm); day > last {
		day = last
	}
	return Date(ty, tm, day)
}

// fixedFromDate is the R.D. fixed day number of t's calendar day.
func fixedFromDate(t time.Time) int {
	return int(Day(t).Unix()/secondsPerDay) + rdUnixEpoch
}

// dateFromFixed is the calendar day (00:00 UTC) of fixed day number rd.
func dateFromFixed(rd int) time.Time {
	return time.Unix(int64(rd-rdUnixEpoch)*secondsPerDay, 0).UTC()
}

// floorDiv and floorMod round toward negative infinity, as the calendrical
// formulas assume; Go's / and % truncate toward zero.
func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int) int {
	return a - b*floorDiv(a, b)
}
