// Package bizday is Heskem's Israeli business calendar: Hebrew↔Gregorian
// conversion, the Israeli holidays of a year, business-day policies and the
// counting rules of the Interpretation Law (חוק הפרשנות, התשמ"א–1981, s.10).
//
// The package is pure: no I/O, no clock, no package-level mutable state. A
// [Calendar] holds the computed holidays plus the operator's ad-hoc rest days
// (Knesset election days and the like); it caches each Gregorian year's
// holidays the first time the year is asked for and is safe for concurrent
// use.
//
// Dates are calendar days, not instants. Every date this package returns is a
// [time.Time] at 00:00 UTC (see [Date] and [ParseDate]); every date it accepts
// is read by its own year, month and day, whatever its location, so a
// midnight in Asia/Jerusalem means the same day as a midnight in UTC.
//
// Hebrew days begin at sunset. This package ignores that: a Gregorian day
// maps to the Hebrew date in force during its daylight hours, which is what
// contracts, payment terms and holiday tables mean.
package bizday
