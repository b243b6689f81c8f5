package heskem

import (
	"fmt"
	"strconv"
	"strings"
)

// Money is an amount in minor units (agorot, cents) with its ISO 4217
// currency. Integer minor units keep sums exact: 0.1 + 0.2 shekels is 30
// agorot, not 0.30000000000000004.
type Money struct {
	Amount   int64  `json:"amount"`   // minor units
	Currency string `json:"currency"` // ISO 4217, e.g. "ILS"
}

// currencies lists the currencies Heskem accepts with their minor-unit
// exponent. It is a fixed table, not configuration.
var currencies = map[string]int{"ILS": 2, "USD": 2, "EUR": 2, "GBP": 2, "CHF": 2, "JPY": 0}

// ValidCurrency reports whether code is a supported ISO 4217 code.
func ValidCurrency(code string) bool { _, ok := currencies[code]; return ok }

// Shekels returns an ILS amount from whole shekels and agorot.
func Shekels(whole int64, agorot int64) Money {
	return Money{Amount: whole*100 + agorot, Currency: "ILS"}
}

// ParseMoney parses a decimal string ("12500", "12,500.50", "-3.5") in the
// given currency. More fractional digits than the currency has is an error,
// never a silent rounding.
func ParseMoney(s, currency string) (Money, error) {
	exp, ok := currencies[currency]
	if !ok {
		return Money{}, fmt.Errorf("currency %q: want one of ILS, USD, EUR, GBP, CHF, JPY", currency)
	}
	t := strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	neg := strings.HasPrefix(t, "-")
	t = strings.TrimPrefix(t, "-")
	whole, frac, _ := strings.Cut(t, ".")
	if whole == "" || len(frac) > exp || strings.ContainsAny(whole+frac, "+- ") {
		return Money{}, fmt.Errorf("amount %q: want a decimal number with at most %d decimals", s, exp)
	}
	frac += strings.Repeat("0", exp-len(frac))
	n, err := strconv.ParseInt(whole+frac, 10, 64)
	if err != nil || len(whole) > 15 {
		return Money{}, fmt.Errorf("amount %q: not a number in range", s)
	}
	if neg {
		n = -n
	}
	return Money{Amount: n, Currency: currency}, nil
}

// Decimal returns the amount as a decimal string in major units, e.g.
// "12500.50".
func (m Money) Decimal() string {
	exp := currencies[m.Currency]
	if exp == 0 {
		return strconv.FormatInt(m.Amount, 10)
	}
	a := m.Amount
	sign := ""
	if a < 0 {
		sign, a = "-", -a
	}
	p := int64(1)
	for range exp {
		p *= 10
	}
	return fmt.Sprintf("%s%d.%0*d", sign, a/p, exp, a%p)
}

// String returns e.g. "12500.00 ILS".
func (m Money) String() string { return m.Decimal() + " " + m.Currency }

// Add returns m+o; both must be in the same currency.
func (m Money) Add(o Money) (Money, error) {
	if m.Currency != o.Currency {
		return Money{}, Errorf(EINVALID, "cannot add %s to %s", o.Currency, m.Currency)
	}
	return Money{Amount: m.Amount + o.Amount, Currency: m.Currency}, nil
}

// Validate checks the currency and that the amount is not negative.
func (m Money) Validate(field string) error {
	if !ValidCurrency(m.Currency) {
		return Invalid(field+".currency", "error.currency", "unknown currency %q (use an ISO 4217 code such as ILS)", m.Currency)
	}
	if m.Amount < 0 {
		return Invalid(field+".amount", "error.negative_amount", "amount must not be negative")
	}
	return nil
}

// GroupThousands puts commas between thousands in a decimal string
// ("-1234567.50" → "-1,234,567.50"), the way amounts are written in Israel
// and in English. It is the one place every output formats amounts with.
func GroupThousands(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return b.String()
}
