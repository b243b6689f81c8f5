package bizday

import (
	"testing"
	"time"
)

// Every Gregorian day 1900–2100 converts to a valid Hebrew date and back to
// itself, and consecutive days give consecutive Hebrew dates.
func TestHebrewRoundTrip(t *testing.T) {
	start, end := Date(1900, 1, 1), Date(2100, 12, 31)
	prev := ToHebrew(start.AddDate(0, 0, -1))
	n := 0
	for d := start; !d.After(end); d = d.Add(day) {
		h := ToHebrew(d)
		if !h.Valid() {
			t.Fatalf("ToHebrew(%s) = %+v, not a valid Hebrew date", d.Format(time.DateOnly), h)
		}
		if back := FromHebrew(h); !back.Equal(d) {
			t.Fatalf("FromHebrew(ToHebrew(%s)) = %s (via %s)", d.Format(time.DateOnly), back.Format(time.DateOnly), h.English())
		}
		if !followsDay(prev, h) {
			t.Fatalf("%s: %s does not follow %s", d.Format(time.DateOnly), h.English(), prev.English())
		}
		prev = h
		n++
	}
	if n != 73414 { // days in 1900-01-01…2100-12-31
		t.Fatalf("walked %d days, want 73414", n)
	}
}

// followsDay reports whether b is the Hebrew day after a, by the month and
// year rules alone (no fixed-day arithmetic).
func followsDay(a, b HebrewDate) bool {
	if a.Day < DaysInHebrewMonth(a.Year, a.Month) {
		return b == HebrewDate{a.Year, a.Month, a.Day + 1}
	}
	if a.Month == Elul {
		return b == HebrewDate{a.Year + 1, Tishrei, 1}
	}
	return b == HebrewDate{a.Year, nextMonth(a.Year, a.Month), 1}
}

// Seven leap years in every 19-year cycle, in positions 3, 6, 8, 11, 14, 17
// and 19; year lengths are only the six legal values, and they match the
// leap rule.
func TestHebrewLeapYearsAndLengths(t *testing.T) {
	leapPos := map[int]bool{3: true, 6: true, 8: true, 11: true, 14: true, 17: true, 0: true}
	for cycle := 0; cycle < 40; cycle++ {
		first := 5001 + 19*cycle
		leaps := 0
		for y := first; y < first+19; y++ {
			leap := IsHebrewLeapYear(y)
			if leap {
				leaps++
			}
			if leap != leapPos[y%19] {
				t.Errorf("IsHebrewLeapYear(%d) = %v, cycle position %d", y, leap, y%19)
			}
			n := DaysInHebrewYear(y)
			switch {
			case leap && (n < 383 || n > 385), !leap && (n < 353 || n > 355):
				t.Errorf("DaysInHebrewYear(%d) = %d, leap %v", y, n, leap)
			}
			sum := 0
			for m := Nisan; m <= lastMonthOfYear(y); m++ {
				sum += DaysInHebrewMonth(y, m)
			}
			if sum != n {
				t.Errorf("year %d: months add up to %d, year has %d days", y, sum, n)
			}
			// Lo ADU Rosh: 1 Tishrei is never Sunday, Wednesday or Friday.
			switch wd := FromHebrew(HebrewDate{y, Tishrei, 1}).Weekday(); wd {
			case time.Sunday, time.Wednesday, time.Friday:
				t.Errorf("1 Tishrei %d falls on %s", y, wd)
			}
		}
		if leaps != 7 {
			t.Errorf("cycle from %d has %d leap years, want 7", first, leaps)
		}
	}
}

// Conversions published outside this package.
func TestHebrewKnownDates(t *testing.T) {
	tests := []struct {
		greg   time.Time
		hebrew HebrewDate
		source string
	}{
		{Date(2026, 4, 2), HebrewDate{5786, Nisan, 15}, "task: Pesach I 2026"},
		{Date(2026, 9, 12), HebrewDate{5787, Tishrei, 1}, "task: Rosh Hashanah 2026"},
		{Date(1971, 8, 28), HebrewDate{5731, Elul, 7}, "mobeho/HebrewDate README"},
		{Date(2021, 2, 13), HebrewDate{5781, Adar, 1}, "mobeho/HebrewDate README"},
		{Date(2026, 10, 5), HebrewDate{5787, Tishrei, 24}, "hebcal-es6 test/modern.spec.js"},
		{Date(2028, 10, 15), HebrewDate{5789, Tishrei, 25}, "hebcal-es6 test/modern.spec.js"},
		{Date(2024, 3, 24), HebrewDate{5784, AdarII, 14}, "Purim 2024 (leap year), vacanza/holidays"},
		{Date(2024, 12, 26), HebrewDate{5785, Kislev, 25}, "Hanukkah 2024, vacanza/holidays"},
		{Date(1948, 5, 14), HebrewDate{5708, Iyyar, 5}, "Declaration of Independence"},
	}
	for _, tt := range tests {
		if got := ToHebrew(tt.greg); got != tt.hebrew {
			t.Errorf("ToHebrew(%s) = %s, want %s (%s)", tt.greg.Format(time.DateOnly), got.English(), tt.hebrew.English(), tt.source)
		}
		if got := FromHebrew(tt.hebrew); !got.Equal(tt.greg) {
			t.Errorf("FromHebrew(%s) = %s, want %s (%s)", tt.hebrew.English(), got.Format(time.DateOnly), tt.greg.Format(time.DateOnly), tt.source)
		}
	}
}

// ToHebrew reads the day in the value's own location.
func TestToHebrewUsesOwnLocation(t *testing.T) {
	jlm := time.FixedZone("IST", 2*60*60)
	late := time.Date(2026, 4, 1, 23, 30, 0, 0, jlm) // 21:30 UTC
	if got, want := ToHebrew(late), (HebrewDate{5786, Nisan, 14}); got != want {
		t.Errorf("ToHebrew(1.4.2026 23:30 +02) = %s, want %s", got.English(), want.English())
	}
}

func TestHebrewDateStrings(t *testing.T) {
	tests := []struct {
		h      HebrewDate
		he, en string
	}{
		{HebrewDate{5786, Nisan, 15}, "ט״ו בניסן תשפ״ו", "15 Nisan 5786"},
		{HebrewDate{5786, Nisan, 16}, "ט״ז בניסן תשפ״ו", "16 Nisan 5786"},
		{HebrewDate{5787, Tishrei, 1}, "א׳ בתשרי תשפ״ז", "1 Tishrei 5787"},
		{HebrewDate{5784, Adar, 30}, "ל׳ באדר א׳ תשפ״ד", "30 Adar I 5784"},
		{HebrewDate{5784, AdarII, 14}, "י״ד באדר ב׳ תשפ״ד", "14 Adar II 5784"},
		{HebrewDate{5785, Adar, 14}, "י״ד באדר תשפ״ה", "14 Adar 5785"},
		{HebrewDate{5785, Heshvan, 29}, "כ״ט בחשוון תשפ״ה", "29 Cheshvan 5785"},
		{HebrewDate{5800, Av, 9}, "ט׳ באב ת״ת", "9 Av 5800"},
	}
	for _, tt := range tests {
		if got := tt.h.String(); got != tt.he {
			t.Errorf("%+v.String() = %q, want %q", tt.h, got, tt.he)
		}
		if got := tt.h.English(); got != tt.en {
			t.Errorf("%+v.English() = %q, want %q", tt.h, got, tt.en)
		}
	}
}

func TestHebrewNumeral(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{1, "א׳"}, {10, "י׳"}, {11, "י״א"}, {15, "ט״ו"}, {16, "ט״ז"}, {17, "י״ז"},
		{20, "כ׳"}, {30, "ל׳"}, {115, "קט״ו"}, {400, "ת׳"}, {500, "ת״ק"}, {999, "תתקצ״ט"},
		{5786, "תשפ״ו"}, {5000, "ה׳"}, {0, "0"}, {-3, "-3"},
	}
	for _, tt := range tests {
		if got := HebrewNumeral(tt.n); got != tt.want {
			t.Errorf("HebrewNumeral(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestHebrewDateValid(t *testing.T) {
	tests := []struct {
		h    HebrewDate
		want bool
	}{
		{HebrewDate{5784, AdarII, 29}, true}, // 5784 is a leap year
		{HebrewDate{5785, AdarII, 1}, false}, // 5785 is not
		{HebrewDate{5785, Adar, 30}, false},  // Adar of a common year has 29 days
		{HebrewDate{5784, Adar, 30}, true},   // Adar I has 30
		{HebrewDate{5786, Iyyar, 30}, false}, // Iyar always has 29
		{HebrewDate{5786, 0, 1}, false},
		{HebrewDate{5786, Nisan, 0}, false},
	}
	for _, tt := range tests {
		if got := tt.h.Valid(); got != tt.want {
			t.Errorf("%+v.Valid() = %v, want %v", tt.h, got, tt.want)
		}
	}
	// FromHebrew reads Adar II of a common year as Adar.
	if got, want := FromHebrew(HebrewDate{5785, AdarII, 14}), FromHebrew(HebrewDate{5785, Adar, 14}); !got.Equal(want) {
		t.Errorf("FromHebrew(14 Adar II 5785) = %s, want %s", got, want)
	}
}
