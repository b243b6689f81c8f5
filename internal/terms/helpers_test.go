package terms

import (
	"errors"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// sunThu is a tiny business-day calendar for tests: Sunday to Thursday are
// business days, Friday and Saturday are not, and there are no holidays.
type sunThu struct{}

func (sunThu) IsBusinessDay(d time.Time) bool {
	w := d.Weekday()
	return w != time.Friday && w != time.Saturday
}

// day parses a YYYY-MM-DD test date.
func day(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse(DateLayout, s)
	if err != nil {
		t.Fatalf("bad test date %q: %v", s, err)
	}
	return d
}

func ils(agorot int64) Money { return Money{Amount: agorot, Currency: "ILS"} }

func dec(t testing.TB, s string) decimal.Decimal {
	t.Helper()
	d, err := decimal.NewFromString(s)
	if err != nil {
		t.Fatalf("bad test decimal %q: %v", s, err)
	}
	return d
}

func decPtr(t testing.TB, s string) *decimal.Decimal {
	d := dec(t, s)
	return &d
}

// wantField asserts err is an *InputError about field.
func wantField(t *testing.T, err error, field string) {
	t.Helper()
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatalf("want an *InputError about %q, got %v", field, err)
	}
	if ie.Field != field {
		t.Fatalf("want an error about %q, got one about %q: %v", field, ie.Field, err)
	}
}
