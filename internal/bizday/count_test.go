package bizday

import (
	"math/rand/v2"
	"testing"
	"time"
)

func mustPolicy(t testing.TB, c *Calendar, name string) Policy {
	t.Helper()
	p, err := c.Policy(name)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAddBusinessDaysKnown(t *testing.T) {
	c := New()
	tests := []struct {
		policy string
		from   time.Time
		n      int
		want   time.Time
		why    string
	}{
		{PolicyIsrael, Date(2026, 3, 1), 5, Date(2026, 3, 8), "Mon–Thu, then Sunday; Purim counts"},
		{PolicyIsrael, Date(2026, 4, 1), 1, Date(2026, 4, 5), "Pesach I, Fri, Sat skipped; Chol HaMoed counts"},
		{PolicyTender, Date(2026, 4, 1), 1, Date(2026, 4, 9), "Pesach, Chol HaMoed and Pesach VII skipped"},
		{PolicyInternational, Date(2026, 4, 1), 1, Date(2026, 4, 2), "holidays count"},
		{PolicyIsrael, Date(2026, 9, 10), 1, Date(2026, 9, 14), "Fri, Rosh Hashanah (Sat, Sun) skipped"},
		{PolicyIsrael, Date(2026, 9, 14), -1, Date(2026, 9, 10), "backwards over Rosh Hashanah"},
		{PolicyIsrael, Date(2026, 3, 28), 0, Date(2026, 3, 28), "zero: unchanged, even on Saturday"},
		{PolicyIsrael, Date(2022, 10, 31), 1, Date(2022, 11, 2), "election day skipped"},
	}
	for _, tt := range tests {
		p := mustPolicy(t, c, tt.policy)
		if got := AddBusinessDays(p, tt.from, tt.n); !got.Equal(tt.want) {
			t.Errorf("%s: AddBusinessDays(%s, %d) = %s, want %s (%s)", tt.policy, tt.from.Format(time.DateOnly), tt.n, got.Format(time.DateOnly), tt.want.Format(time.DateOnly), tt.why)
		}
		if got := BusinessDaysBetween(p, tt.from, tt.want); got != tt.n {
			t.Errorf("%s: BusinessDaysBetween(%s, %s) = %d, want %d", tt.policy, tt.from.Format(time.DateOnly), tt.want.Format(time.DateOnly), got, tt.n)
		}
	}
}

func TestBusinessDaysBetweenKnown(t *testing.T) {
	c := New()
	israel := mustPolicy(t, c, PolicyIsrael)
	tests := []struct {
		from, to time.Time
		want     int
	}{
		{Date(2026, 3, 1), Date(2026, 3, 1), 0},   // empty range
		{Date(2026, 3, 1), Date(2026, 3, 5), 4},   // Mon–Thu; Sunday the 1st not counted
		{Date(2026, 2, 28), Date(2026, 3, 1), 1},  // Saturday → Sunday: "up to and including to"
		{Date(2026, 3, 5), Date(2026, 3, 1), -4},  // reversed: minus the days in [1, 5)
		{Date(2026, 3, 29), Date(2026, 4, 12), 8}, // Pesach: 30, 31, 1, 5, 6, 7, 9, 12
	}
	for _, tt := range tests {
		if got := BusinessDaysBetween(israel, tt.from, tt.to); got != tt.want {
			t.Errorf("BusinessDaysBetween(%s, %s) = %d, want %d", tt.from.Format(time.DateOnly), tt.to.Format(time.DateOnly), got, tt.want)
		}
	}
}

// Adding n business days and counting back gives n, for every policy,
// random days 2000–2040 and n in ±300; the result of a non-zero n is a
// business day.
func TestAddThenCountProperty(t *testing.T) {
	c := New()
	rng := rand.New(rand.NewPCG(1, 2))
	base := Date(2000, 1, 1)
	for _, name := range PolicyNames() {
		p := mustPolicy(t, c, name)
		for i := 0; i < 3000; i++ {
			from := base.AddDate(0, 0, rng.IntN(365*40))
			n := rng.IntN(601) - 300
			to := AddBusinessDays(p, from, n)
			if got := BusinessDaysBetween(p, from, to); got != n {
				t.Fatalf("%s: from %s n %d → %s, counted back %d", name, from.Format(time.DateOnly), n, to.Format(time.DateOnly), got)
			}
			if n != 0 && !p.IsBusinessDay(to) {
				t.Fatalf("%s: AddBusinessDays(%s, %d) = %s, not a business day", name, from.Format(time.DateOnly), n, to.Format(time.DateOnly))
			}
			if (n > 0 && !to.After(from)) || (n < 0 && !to.Before(from)) {
				t.Fatalf("%s: AddBusinessDays(%s, %d) = %s moved the wrong way", name, from.Format(time.DateOnly), n, to.Format(time.DateOnly))
			}
		}
	}
}

func TestAddMonths(t *testing.T) {
	tests := []struct {
		from time.Time
		n    int
		want time.Time
	}{
		{Date(2026, 1, 31), 1, Date(2026, 2, 28)},
		{Date(2028, 1, 31), 1, Date(2028, 2, 29)},
		{Date(2026, 3, 31), -1, Date(2026, 2, 28)},
		{Date(2026, 12, 15), 1, Date(2027, 1, 15)},
		{Date(2026, 1, 15), -1, Date(2025, 12, 15)},
		{Date(2026, 5, 31), 13, Date(2027, 6, 30)},
		{Date(2026, 8, 31), -6, Date(2026, 2, 28)},
		{Date(2024, 2, 29), 12, Date(2025, 2, 28)},
		{Date(2026, 3, 10), 0, Date(2026, 3, 10)},
		{Date(2026, 1, 1), -25, Date(2023, 12, 1)},
	}
	for _, tt := range tests {
		if got := AddMonths(tt.from, tt.n); !got.Equal(tt.want) {
			t.Errorf("AddMonths(%s, %d) = %s, want %s", tt.from.Format(time.DateOnly), tt.n, got.Format(time.DateOnly), tt.want.Format(time.DateOnly))
		}
	}
}

func TestPeriodEnd(t *testing.T) {
	c := New()
	tests := []struct {
		policy string
		from   time.Time
		n      int
		unit   Unit
		want   time.Time
		why    string
	}{
		{PolicyIsrael, Date(2026, 3, 1), 7, UnitDays, Date(2026, 3, 8), "s.10(א): event day not counted"},
		{PolicyIsrael, Date(2026, 3, 2), 5, UnitDays, Date(2026, 3, 8), "ends Saturday → Sunday"},
		{PolicyIsrael, Date(2026, 9, 2), 10, UnitDays, Date(2026, 9, 14), "ends on Rosh Hashanah → Monday"},
		{PolicyIsrael, Date(2026, 1, 31), 1, UnitMonths, Date(2026, 3, 1), "31 Jan + 1 month = Sat 28 Feb → Sunday"},
		{PolicyIsrael, Date(2028, 1, 31), 1, UnitMonths, Date(2028, 2, 29), "leap February, a Tuesday"},
		{PolicyIsrael, Date(2026, 3, 26), 1, UnitWeeks, Date(2026, 4, 5), "ends on Pesach I → Chol HaMoed Sunday"},
		{PolicyTender, Date(2026, 3, 26), 1, UnitWeeks, Date(2026, 4, 9), "tender also skips Chol HaMoed"},
		{PolicyIsrael, Date(2026, 4, 1), 1, UnitBusinessDays, Date(2026, 4, 5), "business days"},
		{PolicyIsrael, Date(2026, 9, 14), -1, UnitDays, Date(2026, 9, 10), "counted back: rolls back"},
		{PolicyIsrael, Date(2026, 3, 28), 0, UnitDays, Date(2026, 3, 29), "zero-length period ending Saturday"},
		{PolicyIsrael, Date(2026, 3, 1), 1, Unit("fortnights"), time.Time{}, "invalid unit"},
	}
	for _, tt := range tests {
		p := mustPolicy(t, c, tt.policy)
		if got := PeriodEnd(p, tt.from, tt.n, tt.unit); !got.Equal(tt.want) {
			t.Errorf("%s: PeriodEnd(%s, %d %s) = %s, want %s (%s)", tt.policy, tt.from.Format(time.DateOnly), tt.n, tt.unit, got.Format(time.DateOnly), tt.want.Format(time.DateOnly), tt.why)
		}
	}
}

func TestNextAndPreviousBusinessDay(t *testing.T) {
	p := mustPolicy(t, New(), PolicyIsrael)
	if got, want := NextBusinessDay(p, Date(2026, 9, 11)), Date(2026, 9, 14); !got.Equal(want) {
		t.Errorf("NextBusinessDay(Fri 11.9.2026) = %s, want %s", got.Format(time.DateOnly), want.Format(time.DateOnly))
	}
	if got, want := NextBusinessDay(p, Date(2026, 9, 10)), Date(2026, 9, 10); !got.Equal(want) {
		t.Errorf("NextBusinessDay(Thu 10.9.2026) = %s, want the day itself", got.Format(time.DateOnly))
	}
	if got, want := PreviousBusinessDay(p, Date(2026, 9, 13)), Date(2026, 9, 10); !got.Equal(want) {
		t.Errorf("PreviousBusinessDay(Sun 13.9.2026) = %s, want %s", got.Format(time.DateOnly), want.Format(time.DateOnly))
	}
}

// never is a broken policy with no business days at all.
type never struct{}

func (never) Name() string                 { return "never" }
func (never) IsBusinessDay(time.Time) bool { return false }

// A policy without business days ends the scans with the zero Time instead
// of looping for ever.
func TestBrokenPolicyTerminates(t *testing.T) {
	d := Date(2026, 3, 1)
	for name, got := range map[string]time.Time{
		"AddBusinessDays":     AddBusinessDays(never{}, d, 1),
		"AddBusinessDays(-1)": AddBusinessDays(never{}, d, -1),
		"NextBusinessDay":     NextBusinessDay(never{}, d),
		"PreviousBusinessDay": PreviousBusinessDay(never{}, d),
		"PeriodEnd":           PeriodEnd(never{}, d, 3, UnitDays),
		"PeriodEnd(business)": PeriodEnd(never{}, d, 3, UnitBusinessDays),
	} {
		if !got.IsZero() {
			t.Errorf("%s with no business days = %s, want the zero Time", name, got)
		}
	}
}

func TestParseUnit(t *testing.T) {
	for _, in := range []string{"days", " Business_Days ", "weeks", "MONTHS"} {
		if _, err := ParseUnit(in); err != nil {
			t.Errorf("ParseUnit(%q): %v", in, err)
		}
	}
	for _, in := range []string{"", "day", "business days", "years"} {
		if u, err := ParseUnit(in); err == nil {
			t.Errorf("ParseUnit(%q) = %q, want an error", in, u)
		}
	}
}

func BenchmarkAddBusinessDaysYear(b *testing.B) {
	p := mustPolicy(b, New(), PolicyTender)
	from := Date(2026, 1, 1)
	AddBusinessDays(p, from, 250) // fill the cache
	b.ResetTimer()
	for b.Loop() {
		AddBusinessDays(p, from, 250)
	}
}

func BenchmarkBusinessDaysBetweenYear(b *testing.B) {
	p := mustPolicy(b, New(), PolicyIsrael)
	from, to := Date(2026, 1, 1), Date(2026, 12, 31)
	BusinessDaysBetween(p, from, to)
	b.ResetTimer()
	for b.Loop() {
		BusinessDaysBetween(p, from, to)
	}
}

// Holidays on a fresh Calendar: computes the year.
func BenchmarkHolidaysUncached(b *testing.B) {
	c := New()
	y := 0
	for b.Loop() {
		c.Holidays(2000 + y%100)
		y++
		if y%100 == 0 {
			c = New()
		}
	}
}

// Holidays for a year already cached: a copy of the slice.
func BenchmarkHolidaysCached(b *testing.B) {
	c := New()
	c.Holidays(2026)
	for b.Loop() {
		c.Holidays(2026)
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		New()
	}
}

func BenchmarkToHebrew(b *testing.B) {
	d := Date(2026, 4, 2)
	for b.Loop() {
		ToHebrew(d)
	}
}
