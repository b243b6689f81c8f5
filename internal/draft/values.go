package draft

import (
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/heskem/heskem/internal/heskem"
)

// Text is free text that may differ by language: a plain string is written
// in the agreement's language, a mapping {he: …, en: …} gives both. Party
// names, services and milestone names are Text, so one file can produce the
// Hebrew and the English document.
type Text struct {
	Plain string `yaml:"-"`
	He    string `yaml:"he"`
	En    string `yaml:"en"`
}

// In returns the text in lang; a plain string belongs to defaultLang. It
// returns "" when the text has no version in lang.
func (t Text) In(lang, defaultLang string) string {
	switch {
	case lang == "he" && t.He != "":
		return t.He
	case lang == "en" && t.En != "":
		return t.En
	case lang == defaultLang:
		return t.Plain
	}
	return ""
}

// IsZero reports whether the text is empty in every language.
func (t Text) IsZero() bool { return t.Plain == "" && t.He == "" && t.En == "" }

// Money is an amount in minor units (agorot, cents). Files write it as a
// decimal string ("180000", "350.50"); integers keep every sum exact.
type Money int64

// maxMoney bounds amounts: 10 trillion in major units, far above any
// agreement and far below int64 overflow in sums.
const maxMoney = 1e15

var moneyRe = regexp.MustCompile(`^[0-9]{1,13}(\.[0-9]{1,2})?$`)

// ParseMoney reads a decimal amount with at most two decimals. Thousands
// separators are refused, not guessed: "1,500" is 1500 in Israel and the
// United States but 1.5 in much of Europe.
func ParseMoney(s string) (Money, error) {
	s = strings.TrimSpace(s)
	if !moneyRe.MatchString(s) {
		if c := strings.ReplaceAll(s, ",", ""); c != s && moneyRe.MatchString(c) {
			return 0, fmt.Errorf("amount %q has thousands separators; write %q", s, c)
		}
		return 0, fmt.Errorf("amount %q: want a decimal number such as \"180000\" or \"350.50\"", clip(s))
	}
	whole, frac, _ := strings.Cut(s, ".")
	frac += strings.Repeat("0", 2-len(frac))
	n, err := strconv.ParseInt(whole+frac, 10, 64)
	if err != nil || n > maxMoney {
		return 0, fmt.Errorf("amount %q is out of range", clip(s))
	}
	return Money(n), nil
}

// Decimal returns the amount in major units: "180000", "350.50".
func (m Money) Decimal() string {
	if m%100 == 0 {
		return strconv.FormatInt(int64(m/100), 10)
	}
	return fmt.Sprintf("%d.%02d", m/100, m%100)
}

// Grouped returns the amount with thousands separators: "180,000",
// "1,350.50".
func (m Money) Grouped() string {
	s := heskem.GroupThousands(strconv.FormatInt(int64(m/100), 10))
	if m%100 != 0 {
		s += fmt.Sprintf(".%02d", m%100)
	}
	return s
}

// Percent is a percentage in ten-thousandths of a percent: "0.05" (%) is
// 500. Four decimals cover every daily rate seen in agreements.
type Percent int64

var percentRe = regexp.MustCompile(`^[0-9]{1,3}(\.[0-9]{1,4})?$`)

// ParsePercent reads a percentage written as a decimal number, without the
// % sign: "0.5", "10".
func ParsePercent(s string) (Percent, error) {
	s = strings.TrimSpace(s)
	if t, ok := strings.CutSuffix(s, "%"); ok && percentRe.MatchString(strings.TrimSpace(t)) {
		return 0, fmt.Errorf("percentage %q: write the number without the %% sign: %q", s, strings.TrimSpace(t))
	}
	if !percentRe.MatchString(s) {
		return 0, fmt.Errorf("percentage %q: want a decimal number such as \"0.5\" or \"10\" (at most 4 decimals)", clip(s))
	}
	whole, frac, _ := strings.Cut(s, ".")
	frac += strings.Repeat("0", 4-len(frac))
	n, _ := strconv.ParseInt(whole+frac, 10, 64) // the pattern bounds it to 7 digits
	return Percent(n), nil
}

// String returns the percentage without trailing zeros: "0.05", "10".
func (p Percent) String() string {
	s := fmt.Sprintf("%d.%04d", p/10000, p%10000)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// Of returns p percent of m, rounded half up to the minor unit.
func (p Percent) Of(m Money) Money {
	num := new(big.Int).Mul(big.NewInt(int64(m)), big.NewInt(int64(p)))
	num.Add(num, big.NewInt(500_000))
	num.Quo(num, big.NewInt(1_000_000))
	return Money(num.Int64())
}

// Date is a calendar day. Files write it YYYY-MM-DD; documents show it
// day-first in Hebrew (1.3.2026) and as "1 March 2026" in English.
type Date struct{ t time.Time }

// ParseDate reads YYYY-MM-DD. A day-first Israeli date (1.3.2026) is
// refused with the ISO form it would mean, never silently guessed.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	t, err := time.Parse(time.DateOnly, s)
	if err == nil {
		return Date{t}, nil
	}
	for _, layout := range []string{"2.1.2006", "2/1/2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return Date{}, fmt.Errorf("date %q: write dates as YYYY-MM-DD; read day-first, this is %s", s, t.Format(time.DateOnly))
		}
	}
	return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD, e.g. 2026-03-01", clip(s))
}

// DateOf returns the Date of t's calendar day.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// IsZero reports whether no date is set.
func (d Date) IsZero() bool { return d.t.IsZero() }

// Time returns midnight UTC of the day.
func (d Date) Time() time.Time { return d.t }

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.t.After(e.t) }

// String returns YYYY-MM-DD, or "" for no date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

// Israeli returns the day-first form, 1.3.2026.
func (d Date) Israeli() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d.%d.%d", d.t.Day(), int(d.t.Month()), d.t.Year())
}

// English returns "1 March 2026".
func (d Date) English() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format("2 January 2006")
}

// Month is a calendar month, written YYYY-MM (the month of a CPI base
// index).
type Month struct {
	Year  int
	Month time.Month
}

var monthRe = regexp.MustCompile(`^([0-9]{4})-([0-9]{2})$`)

// ParseMonth reads YYYY-MM.
func ParseMonth(s string) (Month, error) {
	m := monthRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return Month{}, fmt.Errorf("month %q: want YYYY-MM, e.g. 2026-01", clip(s))
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	if mo < 1 || mo > 12 || y < 1900 {
		return Month{}, fmt.Errorf("month %q: want YYYY-MM with a month 01–12", clip(s))
	}
	return Month{y, time.Month(mo)}, nil
}

// IsZero reports whether no month is set.
func (m Month) IsZero() bool { return m.Year == 0 }

// String returns YYYY-MM.
func (m Month) String() string {
	if m.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d", m.Year, int(m.Month))
}

// Unit is the unit of a Duration.
type Unit string

// Duration units. Business days follow the agreement's business_days
// policy.
const (
	Minutes      Unit = "minutes"
	Hours        Unit = "hours"
	Days         Unit = "days"
	BusinessDays Unit = "business_days"
	Weeks        Unit = "weeks"
	Months       Unit = "months"
	Years        Unit = "years"
)

// Duration is a count of units, written "10 business_days", "30 days",
// "12 months" (singular "1 month" too).
type Duration struct {
	Count int
	Unit  Unit
}

var units = map[string]Unit{
	"minute": Minutes, "minutes": Minutes, "hour": Hours, "hours": Hours, "day": Days, "days": Days,
	"business_day": BusinessDays, "business_days": BusinessDays,
	"week": Weeks, "weeks": Weeks, "month": Months, "months": Months, "year": Years, "years": Years,
}

// unitNames lists the plural unit names, for messages.
var unitNames = []string{"minutes", "hours", "days", "business_days", "weeks", "months", "years"}

// maxDurationCount bounds a duration's count: no agreement period runs past
// 100 years of days.
const maxDurationCount = 36600

// ParseDuration reads "<count> <unit>".
func ParseDuration(s string) (Duration, error) {
	f := strings.Fields(s)
	if len(f) != 2 {
		return Duration{}, fmt.Errorf("duration %q: want a count and a unit, e.g. \"10 business_days\" (units: %s)", clip(s), strings.Join(unitNames, ", "))
	}
	n, err := strconv.Atoi(f[0])
	if err != nil || n < 0 || n > maxDurationCount {
		return Duration{}, fmt.Errorf("duration %q: the count must be a whole number from 0 to %d", clip(s), maxDurationCount)
	}
	u, ok := units[strings.ToLower(f[1])]
	if !ok {
		fix := ""
		if near := nearest(strings.ToLower(f[1]), keys(units)); near != "" {
			fix = fmt.Sprintf("; did you mean %q?", near)
		}
		return Duration{}, fmt.Errorf("duration %q: unknown unit %q%s (units: %s)", clip(s), clip(f[1]), fix, strings.Join(unitNames, ", "))
	}
	return Duration{n, u}, nil
}

// IsZero reports whether no duration is set.
func (d Duration) IsZero() bool { return d.Unit == "" }

// String returns the file form, "10 business_days".
func (d Duration) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d %s", d.Count, d.Unit)
}

// clip shortens s for an error message.
func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
