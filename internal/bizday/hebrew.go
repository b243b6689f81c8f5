package bizday

import "time"

// The arithmetic Hebrew calendar, following Edward M. Reingold and Nachum
// Dershowitz, "Calendrical Calculations" (Cambridge University Press), the
// chapter on the Hebrew calendar:
//
//   - days are counted as R.D. fixed-day numbers (day 1 = Monday 1 January
//     of year 1, proleptic Gregorian); the Hebrew epoch, 1 Tishrei AM 1, is
//     R.D. -1,373,427;
//   - a year is a leap year (13 months, Adar I and Adar II) when
//     (7y+1) mod 19 < 7: years 3, 6, 8, 11, 14, 17 and 19 of each 19-year
//     Metonic cycle;
//   - the new year is found from the mean conjunction (molad) of Tishrei,
//     counted in parts (1 hour = 1080 parts, a lunar month = 29 days
//     13,753 parts), then postponed by the dehiyyot: "molad zaken" (a molad
//     at or after noon), "lo ADU Rosh" (1 Tishrei is never a Sunday,
//     Wednesday or Friday) and the two year-length corrections (GaTaRaD,
//     BeTU'TaKPaT) that keep every year 353–355 or 383–385 days long;
//   - the lengths of Heshvan and Kislev (29 or 30 days) absorb the variation.
//
// The formulas are re-derived here from the book, not copied from any
// program. Month numbers follow the book: Nisan is 1 and Tishrei 7, so the
// year number changes at month 7, not at month 1.

// HebrewMonth numbers the months from Nisan, as the Torah and Dershowitz &
// Reingold do. In a leap year Adar (12) is Adar I and AdarII (13) follows it.
type HebrewMonth int

// The Hebrew months. Tishrei (7) opens the year's count.
const (
	Nisan HebrewMonth = iota + 1
	Iyyar
	Sivan
	Tammuz
	Av
	Elul
	Tishrei
	Heshvan
	Kislev
	Tevet
	Shevat
	Adar
	AdarII
)

// HebrewDate is a day of the Hebrew calendar. Year is the Anno Mundi year
// (5786 began in September 2025).
type HebrewDate struct {
	Year  int
	Month HebrewMonth
	Day   int
}

// hebrewEpoch is the R.D. fixed day of 1 Tishrei AM 1 (Julian 7 October
// 3761 BCE).
const hebrewEpoch = -1373427

// IsHebrewLeapYear reports whether Hebrew year y has 13 months. Leap years
// are years 3, 6, 8, 11, 14, 17 and 19 of the 19-year cycle.
func IsHebrewLeapYear(y int) bool {
	return floorMod(7*y+1, 19) < 7
}

// lastMonthOfYear is 13 in a leap year, else 12.
func lastMonthOfYear(y int) HebrewMonth {
	if IsHebrewLeapYear(y) {
		return AdarII
	}
	return Adar
}

// elapsedDays is the number of days from the epoch to the new year of y
// after the first two dehiyyot (Dershowitz & Reingold's
// hebrew-calendar-elapsed-days). Parts are counted from the noon before the
// epoch: the molad of Tishrei AM 1 (BaHaRaD, 11:11⅓ pm on Sunday evening) is
// 11 hours 204 parts = 12,084 parts after it, and counting from noon makes
// the floor division itself apply "molad zaken" (a molad at or after noon
// postpones the new year a day). The final test is "lo ADU Rosh".
func elapsedDays(y int) int {
	monthsElapsed := floorDiv(235*y-234, 19)
	partsElapsed := 12084 + 13753*monthsElapsed
	days := 29*monthsElapsed + floorDiv(partsElapsed, 25920)
	if floorMod(3*(days+1), 7) < 3 {
		return days + 1
	}
	return days
}

// yearLengthCorrection applies the other two dehiyyot: a common year may not
// last 356 days and a year following a leap year may not last 382.
func yearLengthCorrection(y int) int {
	ny0, ny1, ny2 := elapsedDays(y-1), elapsedDays(y), elapsedDays(y+1)
	switch {
	case ny2-ny1 == 356:
		return 2
	case ny1-ny0 == 382:
		return 1
	}
	return 0
}

// hebrewNewYear is the fixed day of 1 Tishrei of year y.
func hebrewNewYear(y int) int {
	return hebrewEpoch + elapsedDays(y) + yearLengthCorrection(y)
}

// DaysInHebrewYear is 353, 354 or 355 for a common year and 383, 384 or 385
// for a leap year.
func DaysInHebrewYear(y int) int {
	return hebrewNewYear(y+1) - hebrewNewYear(y)
}

// DaysInHebrewMonth is 29 or 30. Heshvan and Kislev vary with the year's
// length; Adar has 30 days only as Adar I of a leap year.
func DaysInHebrewMonth(y int, m HebrewMonth) int {
	switch m {
	case Iyyar, Tammuz, Elul, Tevet, AdarII:
		return 29
	case Adar:
		if !IsHebrewLeapYear(y) {
			return 29
		}
	case Heshvan:
		if n := DaysInHebrewYear(y); n != 355 && n != 385 {
			return 29
		}
	case Kislev:
		if n := DaysInHebrewYear(y); n == 353 || n == 383 {
			return 29
		}
	}
	return 30
}

// Valid reports whether h names a day that exists: a month of its year
// (Adar II only in a leap year) and a day within that month.
func (h HebrewDate) Valid() bool {
	return h.Month >= Nisan && h.Month <= lastMonthOfYear(h.Year) &&
		h.Day >= 1 && h.Day <= DaysInHebrewMonth(h.Year, h.Month)
}

// fixed is the R.D. fixed day of h (Dershowitz & Reingold's
// fixed-from-hebrew). Months before Tishrei belong to the second part of the
// year, so the count runs Tishrei…last month, then Nisan…month-1.
func (h HebrewDate) fixed() int {
	rd := hebrewNewYear(h.Year) + h.Day - 1
	if h.Month < Tishrei {
		for m := Tishrei; m <= lastMonthOfYear(h.Year); m++ {
			rd += DaysInHebrewMonth(h.Year, m)
		}
		for m := Nisan; m < h.Month; m++ {
			rd += DaysInHebrewMonth(h.Year, m)
		}
		return rd
	}
	for m := Tishrei; m < h.Month; m++ {
		rd += DaysInHebrewMonth(h.Year, m)
	}
	return rd
}

// hebrewFromFixed is Dershowitz & Reingold's hebrew-from-fixed: estimate the
// year from the mean year length (35975351/98496 days), take the last year
// from one before the estimate whose new year is not after rd (the estimate
// can fall a year short in autumn), then find the month by scanning from
// Tishrei or Nisan.
func hebrewFromFixed(rd int) HebrewDate {
	approx := floorDiv((rd-hebrewEpoch)*98496, 35975351) + 1
	year := approx - 1
	for hebrewNewYear(year+1) <= rd {
		year++
	}
	month := Tishrei
	if rd >= (HebrewDate{year, Nisan, 1}).fixed() {
		month = Nisan
	}
	// At most 12 steps from Tishrei (Tishrei…Elul) or from Nisan (Nisan…Elul).
	for i := 0; i < 12 && rd > (HebrewDate{year, month, DaysInHebrewMonth(year, month)}).fixed(); i++ {
		month = nextMonth(year, month)
	}
	day := rd - (HebrewDate{year, month, 1}).fixed() + 1
	return HebrewDate{Year: year, Month: month, Day: day}
}

// nextMonth follows the calendar's month order within year y: after the
// year's last month comes Nisan (the year number itself changes at Tishrei).
func nextMonth(y int, m HebrewMonth) HebrewMonth {
	if m == lastMonthOfYear(y) {
		return Nisan
	}
	return m + 1
}

// ToHebrew converts t's calendar day (its own year, month and day) to the
// Hebrew date in force during that day's daylight hours.
func ToHebrew(t time.Time) HebrewDate {
	return hebrewFromFixed(fixedFromDate(t))
}

// FromHebrew returns the Gregorian day (00:00 UTC) of h. A day number past
// the month's end rolls into the following days, like time.Date, so callers
// can add days to a HebrewDate; an Adar II in a common year is read as Adar.
// Check HebrewDate.Valid first to reject such input instead.
func FromHebrew(h HebrewDate) time.Time {
	if h.Month == AdarII && !IsHebrewLeapYear(h.Year) {
		h.Month = Adar
	}
	return dateFromFixed(h.fixed())
}
