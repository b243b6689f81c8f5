package bizday

import (
	"strings"
	"sync"
	"testing"
	"time"
)

func TestPolicyNames(t *testing.T) {
	c := New()
	for _, in := range []string{"israel", " Israel ", "TENDER", "international", ""} {
		p, err := c.Policy(in)
		if err != nil {
			t.Errorf("Policy(%q): %v", in, err)
			continue
		}
		want := strings.ToLower(strings.TrimSpace(in))
		if want == "" {
			want = DefaultPolicy
		}
		if p.Name() != want {
			t.Errorf("Policy(%q).Name() = %q, want %q", in, p.Name(), want)
		}
	}
	_, err := c.Policy("weekdays")
	if err == nil {
		t.Fatal("Policy(weekdays): no error")
	}
	for _, name := range PolicyNames() {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("error %q does not list %q", err, name)
		}
	}
	var nilCal *Calendar
	if _, err := nilCal.Policy("israel"); err == nil {
		t.Error("Policy on a nil *Calendar: no error")
	}
}

// Each policy on the days that tell them apart, around Pesach and
// Independence Day 2026.
func TestPolicyIsBusinessDay(t *testing.T) {
	c := New()
	tests := []struct {
		date                          time.Time
		what                          string
		israel, tender, international bool
	}{
		{Date(2026, 3, 29), "ordinary Sunday", true, true, false},
		{Date(2026, 3, 30), "ordinary Monday", true, true, true},
		{Date(2026, 3, 27), "ordinary Friday", false, false, true},
		{Date(2026, 3, 28), "ordinary Saturday", false, false, false},
		{Date(2026, 4, 1), "Erev Pesach, Wednesday", true, false, true},
		{Date(2026, 4, 2), "Pesach I, Thursday", false, false, true},
		{Date(2026, 4, 5), "Chol HaMoed, Sunday", true, false, false},
		{Date(2026, 4, 7), "Chol HaMoed / eve of Pesach VII, Tuesday", true, false, true},
		{Date(2026, 4, 8), "Pesach VII, Wednesday", false, false, true},
		{Date(2026, 4, 14), "Yom HaShoah, Tuesday", true, true, true},
		{Date(2026, 4, 21), "Yom HaZikaron, Tuesday", true, true, true},
		{Date(2026, 4, 22), "Yom Ha'atzmaut, Wednesday", false, false, true},
		{Date(2026, 3, 3), "Purim, Tuesday", true, true, true},
		{Date(2026, 9, 21), "Yom Kippur, Monday", false, false, true},
		{Date(2026, 9, 20), "Erev Yom Kippur, Sunday", true, false, false},
		{Date(2022, 11, 1), "election day, Tuesday", false, false, true},
	}
	pols := map[string]Policy{}
	for _, name := range PolicyNames() {
		p, err := c.Policy(name)
		if err != nil {
			t.Fatal(err)
		}
		pols[name] = p
	}
	for _, tt := range tests {
		for name, want := range map[string]bool{PolicyIsrael: tt.israel, PolicyTender: tt.tender, PolicyInternational: tt.international} {
			if got := pols[name].IsBusinessDay(tt.date); got != want {
				t.Errorf("%s.IsBusinessDay(%s, %s) = %v, want %v", name, tt.date.Format(time.DateOnly), tt.what, got, want)
			}
		}
	}
}

// IsBusinessDay reads the calendar day of its argument in the argument's
// own location: 23:30 on Erev Pesach in Jerusalem is still Erev Pesach,
// although it is the 1st at 21:30 UTC, and 00:30 on Pesach I is Pesach I
// although it is still the 1st in UTC.
func TestPolicyIgnoresTimeAndLocation(t *testing.T) {
	c := New()
	p, _ := c.Policy(PolicyIsrael)
	jlm := time.FixedZone("IDT", 3*60*60)
	if !p.IsBusinessDay(time.Date(2026, 4, 1, 23, 30, 0, 0, jlm)) {
		t.Error("1.4.2026 23:30 +03 (Erev Pesach) judged not a business day")
	}
	if p.IsBusinessDay(time.Date(2026, 4, 2, 0, 30, 0, 0, jlm)) {
		t.Error("2.4.2026 00:30 +03 (Pesach I) judged a business day")
	}
}

// A Calendar is shared by request handlers: concurrent first use of the
// same years must be safe (run with -race) and give the same answers.
func TestCalendarConcurrentUse(t *testing.T) {
	c := New()
	want := New()
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			p, _ := c.Policy(PolicyNames()[g%3])
			q, _ := want.Policy(PolicyNames()[g%3])
			for y := 2020; y < 2030; y++ {
				if len(c.Holidays(y)) == 0 {
					errs <- "no holidays"
				}
				for d := Date(y, 1, 1); d.Year() == y; d = d.Add(7 * day) {
					if p.IsBusinessDay(d) != q.IsBusinessDay(d) {
						errs <- d.Format(time.DateOnly)
					}
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error("concurrent use disagreed:", e)
	}
}
