package terms

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/heskem/heskem/internal/heskem"

	"github.com/shopspring/decimal"
)

// Money is an amount in integer minor units (agorot for ILS, cents for USD)
// with its ISO 4217 currency code. Integer minor units keep sums exact; the
// currency travels with the amount so that shekels are never added to dollars.
type Money struct {
	Amount   int64
	Currency string
}

// Limits on decimal text, so that a hostile or mistyped input cannot make a
// computation allocate without bound (shopspring/decimal would accept
// "1e999999999").
const (
	maxIntegerDigits  = 15
	maxFractionDigits = 10
)

// MinorDigits is the number of decimal places of a currency's minor unit:
// 2 for ILS, USD and EUR, 0 for JPY, 3 for JOD. Currency exponents are ISO 4217
// facts that do not change with contracts, so they live in code.
func MinorDigits(currency string) int {
	switch currency {
	case "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF",
		"UGX", "VND", "VUV", "XAF", "XOF", "XPF":
		return 0
	case "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND":
		return 3
	}
	return 2
}

// ValidateCurrency checks that code looks like an ISO 4217 code (three
// upper-case Latin letters). It does not keep a list of codes: a new currency
// should not need a release.
func ValidateCurrency(field, code string) error {
	if len(code) != 3 {
		return fieldErrorf(field, "must be a three-letter ISO 4217 code such as ILS, got %q", code)
	}
	for _, r := range code {
		if r < 'A' || r > 'Z' {
			return fieldErrorf(field, "must be a three-letter ISO 4217 code in capitals such as ILS, got %q", code)
		}
	}
	return nil
}

// ParseAmount reads a non-negative decimal amount in major units ("1234.5",
// "100000.00") into Money in minor units. It refuses more decimal places than
// the currency has, exponents, signs and separators, so that what was typed is
// exactly what is computed. field names the input in errors.
func ParseAmount(field, s, currency string) (Money, error) {
	if err := ValidateCurrency("currency", currency); err != nil {
		return Money{}, err
	}
	d, err := parseDecimalText(field, s)
	if err != nil {
		return Money{}, err
	}
	digits := MinorDigits(currency)
	minor := d.Shift(int32(digits))
	if !minor.IsInteger() {
		return Money{}, fieldErrorf(field, "%q has more than %d decimal places for %s", s, digits, currency)
	}
	return Money{Amount: minor.IntPart(), Currency: currency}, nil
}

// ParseRate reads a non-negative decimal percentage or rate ("0.5", "18").
// field names the input in errors.
func ParseRate(field, s string) (decimal.Decimal, error) {
	return parseDecimalText(field, s)
}

// parseDecimalText accepts only plain non-negative decimal text: digits, an
// optional point and fraction, within the digit limits.
func parseDecimalText(field, s string) (decimal.Decimal, error) {
	if s == "" {
		return decimal.Decimal{}, fieldErrorf(field, "must be a decimal number such as \"12.5\", got an empty string")
	}
	if strings.HasPrefix(s, "-") {
		return decimal.Decimal{}, fieldErrorf(field, "must not be negative, got %q", s)
	}
	intPart, frac, hasPoint := strings.Cut(s, ".")
	if intPart == "" || (hasPoint && frac == "") || !allDigits(intPart) || !allDigits(frac) {
		return decimal.Decimal{}, fieldErrorf(field, "must be a decimal number such as \"12.5\" (digits and one point), got %q", s)
	}
	if len(strings.TrimLeft(intPart, "0")) > maxIntegerDigits || len(frac) > maxFractionDigits {
		return decimal.Decimal{}, fieldErrorf(field, "%q is too long (at most %d digits before the point and %d after)", s, maxIntegerDigits, maxFractionDigits)
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, fieldErrorf(field, "must be a decimal number: %v", err)
	}
	return d, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Decimal is m in major units (12345 agorot → 123.45).
func (m Money) Decimal() decimal.Decimal {
	return decimal.New(m.Amount, -int32(MinorDigits(m.Currency)))
}

// Text is m in major units with exactly the currency's decimal places and no
// grouping ("1234.50"), the form the CLI and API exchange.
func (m Money) Text() string {
	return m.Decimal().StringFixed(int32(MinorDigits(m.Currency)))
}

// String is m for people, grouped, with its code: "1,234.50 ILS".
func (m Money) String() string { return heskem.GroupThousands(m.Text()) + " " + m.Currency }

// hebrew is m for a Hebrew sentence: "1,234.50 ₪" for shekels.
func (m Money) hebrew() string {
	if m.Currency == "ILS" {
		return heskem.GroupThousands(m.Text()) + " ₪"
	}
	return m.String()
}

// roundRat rounds an exact rational amount of minor units half away from zero
// to an int64, failing if it does not fit.
func roundRat(r *big.Rat) (int64, error) {
	num, den := r.Num(), r.Denom() // den > 0
	q, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	twice := new(big.Int).Abs(rem)
	twice.Lsh(twice, 1)
	if twice.Cmp(den) >= 0 {
		if num.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	if !q.IsInt64() {
		return 0, fmt.Errorf("amount %s minor units does not fit in 64 bits", q.String())
	}
	return q.Int64(), nil
}

// percentOf is base × pct / 100 as an exact rational.
func percentOf(base *big.Rat, pct decimal.Decimal) *big.Rat {
	r := new(big.Rat).Mul(base, pct.Rat())
	return r.Quo(r, big.NewRat(100, 1))
}
