package terms

import (
	"fmt"
	"math/big"
	"time"

	"github.com/shopspring/decimal"
)

// RateSource says where a late-payment interest rate comes from.
type RateSource string

// Rate sources. The Payment to Suppliers Law's "linkage and interest" for the
// first 30 days (s.4(א)) needs CPI and linked-interest tables that are not in
// this package yet, so it is not offered.
const (
	// SourceAgreement: the agreement's own late-payment rate. Interest and
	// Linkage Law s.6 makes an agreed rate displace the statutory one.
	SourceAgreement RateSource = "agreement"
	// SourceStatutory: the statutory arrears rate (ריבית פיגורים) from the
	// dated table, compounded once a year as that law's s.7 says by default.
	SourceStatutory RateSource = "statutory"
)

// RatePer is the time a rate is quoted for.
type RatePer string

// A rate is per year or per month. A monthly rate is taken as twelve times
// itself a year, then accrued by actual/365.
const (
	PerYear  RatePer = "year"
	PerMonth RatePer = "month"
)

// Method is how interest grows.
type Method string

// Simple interest accrues on the principal only; compound interest is added
// to the base at the end of every rate period (every month for a monthly
// rate, every year for a yearly or statutory rate), counted from the due date.
const (
	MethodSimple   Method = "simple"
	MethodCompound Method = "compound"
)

// yearlyFromMonthly turns a monthly rate into the yearly rate this package
// accrues: twelve times the monthly one.
func yearlyFromMonthly(r decimal.Decimal) decimal.Decimal { return r.Mul(decimal.NewFromInt(12)) }

// DayCount is the day-count convention of every interest computation here:
// each calendar day accrues 1/365 of the annual rate, in leap years too.
const DayCount = "actual/365"

// InterestTerms is an agreement's late-payment interest clause, or the choice
// of the statutory rate.
type InterestTerms struct {
	Clause string
	Source RateSource
	// RatePercent is the agreement's rate per Per; it must be zero for the
	// statutory source.
	RatePercent decimal.Decimal
	// Per defaults to a year. The statutory rate is always yearly.
	Per RatePer
	// Method defaults to simple for the agreement's rate and compound (once a
	// year) for the statutory rate.
	Method Method
	// AllowUnverified lets the statutory source use table entries whose status
	// is unverified; without it such a period is an error.
	AllowUnverified bool
}

// LatePayment is a payment that was (or is, as of Paid) late.
type LatePayment struct {
	Principal Money
	Due       time.Time
	// Paid is the day the money was paid, or the day interest is computed to.
	Paid time.Time
}

// InterestLine is one line of an interest statement: a run of days with one
// base and one rate. From and To are both included.
type InterestLine struct {
	From, To time.Time
	Days     int
	// AnnualRatePercent is the yearly rate applied (a monthly rate × 12).
	AnnualRatePercent decimal.Decimal
	Base              Money
	Amount            Money
	// RateSource and RateStatus say where the line's rate comes from.
	RateSource, RateStatus string
}

// InterestResult is an interest statement.
type InterestResult struct {
	Clause   string
	Source   RateSource
	Per      RatePer
	Method   Method
	DayCount string
	// DaysLate counts the days from the day after Due to Paid inclusive.
	DaysLate int
	Lines    []InterestLine
	// Interest is the sum of the lines; Total adds the principal.
	Interest, Total Money
	// Warnings tell what the statement does not cover or rests on.
	Warnings                   []string
	Explanation, ExplanationHe string
}

// normalized validates the terms and fills the defaults.
func (t InterestTerms) normalized() (InterestTerms, error) {
	switch t.Source {
	case SourceAgreement:
		if t.RatePercent.IsNegative() {
			return t, fieldErrorf("rate_percent", "must not be negative")
		}
		if t.Per == "" {
			t.Per = PerYear
		}
		if t.Method == "" {
			t.Method = MethodSimple
		}
	case SourceStatutory:
		if !t.RatePercent.IsZero() {
			return t, fieldErrorf("rate_percent", "must be empty when rate_source is statutory: the rate comes from the published table")
		}
		if t.Per != "" && t.Per != PerYear {
			return t, fieldErrorf("per", "the statutory rate is yearly; leave per empty or set it to year")
		}
		t.Per = PerYear
		if t.Method == "" {
			t.Method = MethodCompound
		}
	case "":
		return t, fieldErrorf("rate_source", "is required: agreement or statutory")
	default:
		return t, fieldErrorf("rate_source", "unknown rate source %q: use agreement or statutory", string(t.Source))
	}
	switch t.Per {
	case PerYear, PerMonth:
	default:
		return t, fieldErrorf("per", "must be year or month, got %q", string(t.Per))
	}
	switch t.Method {
	case MethodSimple, MethodCompound:
	default:
		return t, fieldErrorf("method", "must be simple or compound, got %q", string(t.Method))
	}
	return t, nil
}

func (p LatePayment) validate() error {
	if err := ValidateCurrency("currency", p.Principal.Currency); err != nil {
		return err
	}
	if p.Principal.Amount < 0 {
		return fieldErrorf("principal", "must not be negative")
	}
	if err := checkDate("due", p.Due); err != nil {
		return err
	}
	return checkDate("paid", p.Paid)
}

// Interest computes the late-payment interest statement. The delay is split
// into lines wherever the rate changes (statutory table entries) or interest
// is compounded; each line is base × annual rate × days / 365, rounded half
// away from zero to the minor unit, and compounding adds the rounded lines of
// the period to the base.
func (r *Rules) Interest(terms InterestTerms, p LatePayment) (InterestResult, error) {
	t, err := terms.normalized()
	if err != nil {
		return InterestResult{}, err
	}
	if err := p.validate(); err != nil {
		return InterestResult{}, err
	}
	due, paid := Day(p.Due), Day(p.Paid)
	cur := p.Principal.Currency
	res := InterestResult{Clause: t.Clause, Source: t.Source, Per: t.Per, Method: t.Method, DayCount: DayCount}
	if paid.After(due) {
		res.DaysLate = daysBetween(due, paid)
	}

	step := 12
	if t.Per == PerMonth {
		step = 1
	}
	k := 1
	anchor := addMonths(due, step)
	base, accrued, total := p.Principal.Amount, int64(0), int64(0)
	seen := map[int64]bool{}
	for day := addDays(due, 1); !day.After(paid); {
		end := paid
		rate, src, status := t.RatePercent, "clause "+t.Clause, StatusConfirmed
		if t.Clause == "" {
			src = "agreement"
		}
		if t.Per == PerMonth {
			rate = yearlyFromMonthly(rate)
		}
		if t.Source == SourceStatutory {
			e, err := r.statutory.At(day)
			if err != nil {
				return InterestResult{}, fieldErrorf("rate_source", "statutory rate: %v; add the published rate to statutory_interest.json or use the agreement's rate", err)
			}
			if e.Status == StatusUnverified && !t.AllowUnverified {
				return InterestResult{}, fieldErrorf("rate_source", "the statutory rate %s%% in force on %s is unverified: %s Set allow_unverified_rates to use it", e.RatePercent, day.Format(DateLayout), e.Note)
			}
			rate, src, status = e.RatePercent, e.Source, e.Status
			if !e.To.IsZero() && e.To.Before(end) {
				end = e.To
			}
			if !seen[e.From.Unix()] {
				seen[e.From.Unix()] = true
				res.Warnings = append(res.Warnings, rateWarning(e)...)
			}
		}
		if t.Method == MethodCompound && anchor.Before(end) {
			end = anchor
		}
		days := daysBetween(day, end) + 1
		exact := percentOf(new(big.Rat).SetInt64(base), rate)
		exact.Mul(exact, big.NewRat(int64(days), 365))
		amount, err := roundRat(exact)
		if err != nil {
			return InterestResult{}, fieldErrorf("principal", "the interest is too large to compute: %v", err)
		}
		res.Lines = append(res.Lines, InterestLine{
			From: day, To: end, Days: days, AnnualRatePercent: rate,
			Base:       Money{Amount: base, Currency: cur},
			Amount:     Money{Amount: amount, Currency: cur},
			RateSource: src, RateStatus: status,
		})
		var ok bool
		if total, ok = addInt64(total, amount); !ok {
			return InterestResult{}, fieldErrorf("principal", "the interest is too large to compute: the total overflows")
		}
		accrued += amount
		if t.Method == MethodCompound && end.Equal(anchor) {
			if base, ok = addInt64(base, accrued); !ok {
				return InterestResult{}, fieldErrorf("principal", "the interest is too large to compute: the compounded base overflows")
			}
			accrued = 0
			k++
			anchor = addMonths(due, k*step)
		}
		day = addDays(end, 1)
	}
	res.Interest = Money{Amount: total, Currency: cur}
	sum, ok := addInt64(p.Principal.Amount, total)
	if !ok {
		return InterestResult{}, fieldErrorf("principal", "the amount is too large to compute: principal plus interest overflows")
	}
	res.Total = Money{Amount: sum, Currency: cur}
	if t.Source == SourceStatutory {
		res.Warnings = append(res.Warnings,
			"The arrears rate is applied to the whole delay. Under the Payment to Suppliers Law s.4(א) the first 30 days after the due date carry CPI linkage and interest (הפרשי הצמדה וריבית) instead, and against a business payer only if it had the upper hand in shaping the contract (s.4(ב)); linkage is not supported yet.",
			"Interest and Linkage Law s.6: statutory interest is not awarded where the agreement sets its own late-payment interest.")
	}
	res.Explanation, res.ExplanationHe = explainInterest(t, p, res)
	return res, nil
}

// rateWarning says when a table rate rests on less than confirmed sources.
func rateWarning(e RateEntry) []string {
	span := "from " + e.From.Format(DateLayout)
	if !e.To.IsZero() {
		span = e.From.Format(DateLayout) + "–" + e.To.Format(DateLayout)
	}
	switch e.Status {
	case StatusSecondary:
		return []string{fmt.Sprintf("The statutory rate %s%% for %s comes from a secondary source (%s), not checked against the official notice.", e.RatePercent, span, e.Source)}
	case StatusUnverified:
		return []string{fmt.Sprintf("The statutory rate %s%% for %s is UNVERIFIED: %s", e.RatePercent, span, e.Note)}
	}
	return nil
}
