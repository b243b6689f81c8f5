package terms

import (
	"fmt"
	"math/big"
	"time"

	"github.com/shopspring/decimal"
)

// LatePenalty is an agreement's late-delivery sanction (פיצוי מוסכם בגין
// איחור): a percentage of a value, or a fixed amount, per period of delay,
// optionally capped and with a delay after which the client may terminate.
// Contracts (Remedies) Law s.15(א) makes such an agreed amount payable without
// proof of damage, which is why the computation must be exactly the clause's.
type LatePenalty struct {
	// Clause is the agreement's clause number ("7.2"), quoted in explanations.
	Clause string
	// Value is what the percentage and the cap apply to: a milestone's, a
	// deliverable's or the whole agreement's value. Its currency is the
	// penalty's currency.
	Value Money
	// RatePercent is the percentage of Value per period. Ignored when Fixed is set.
	RatePercent decimal.Decimal
	// Fixed, when set, is a fixed amount per period instead of a percentage.
	Fixed *Money
	// Period is the unit of delay the rate is given per.
	Period Period
	// Partial says whether a started period counts as a whole one or pro rata.
	Partial PartialPeriod
	// CapPercent, when set, caps the penalty at this percentage of Value.
	CapPercent *decimal.Decimal
	// TerminateAfter, when set, is the delay after which the client may
	// terminate; termination is allowed once the delay exceeds it.
	TerminateAfter *Period
}

// Delay is what happened: the due date, the delivery date (or, for a delivery
// still outstanding, the day the penalty is computed for) and force-majeure
// pauses during which the clock stops.
type Delay struct {
	Due          time.Time
	Delivered    time.Time
	ForceMajeure []DateRange
	// Outstanding says the work is not delivered yet and Delivered is the
	// day the penalty is computed to, so explanations say "so far" instead
	// of "delivered".
	Outstanding bool
	// Brief skips the written explanations, for callers that show only the
	// figures (the dashboard computes thousands at once).
	Brief bool
}

// PenaltyResult is a computed penalty with the numbers behind it.
type PenaltyResult struct {
	Clause string
	// DayKind is the kind of day DaysLate counts: calendar_days for periods in
	// days or weeks, business_days for periods in business days.
	DayKind Unit
	// DaysLate counts the days from the day after Due to Delivered inclusive,
	// of DayKind, outside force majeure.
	DaysLate int
	// PausedDays is the number of calendar days of the delay inside force majeure.
	PausedDays int
	// DaysPerPeriod is the period's length in DayKind days.
	DaysPerPeriod int
	// Periods is the number of periods charged (exact for full periods,
	// rounded to four places for display when prorated; the amount is computed
	// from the exact fraction).
	Periods decimal.Decimal
	// Amount is the penalty after the cap, rounded to the minor unit.
	Amount Money
	// Uncapped is the penalty before the cap.
	Uncapped Money
	// Cap is the cap amount, nil without a cap.
	Cap    *Money
	Capped bool
	// TerminateFrom is the first day on which the delay exceeds TerminateAfter
	// (counted like DaysLate, in TerminateAfter's kind of day); zero without
	// TerminateAfter, or when force majeure keeps the delay under it until the
	// end of the supported dates. It does not depend on Delivered.
	TerminateFrom time.Time
	// MayTerminate is true when Delivered is on or after TerminateFrom: the
	// delay exceeded TerminateAfter before delivery.
	MayTerminate bool
	// Explanation and ExplanationHe name the clause and show the arithmetic.
	Explanation, ExplanationHe string
}

// Validate checks the sanction's terms and returns the first problem found as
// an *InputError.
func (p LatePenalty) Validate() error {
	if err := ValidateCurrency("currency", p.Value.Currency); err != nil {
		return err
	}
	if p.Value.Amount < 0 {
		return fieldErrorf("value", "must not be negative")
	}
	if p.Fixed != nil {
		if p.Fixed.Amount < 0 {
			return fieldErrorf("fixed_amount", "must not be negative")
		}
		if p.Fixed.Currency != p.Value.Currency {
			return fieldErrorf("fixed_amount", "currency %s differs from the value's %s", p.Fixed.Currency, p.Value.Currency)
		}
		if !p.RatePercent.IsZero() {
			return fieldErrorf("rate_percent", "give either rate_percent or fixed_amount, not both")
		}
	} else if p.RatePercent.IsNegative() {
		return fieldErrorf("rate_percent", "must not be negative")
	}
	if err := p.Period.validate("period"); err != nil {
		return err
	}
	switch p.Partial {
	case PartialFull, PartialProrate:
	default:
		return fieldErrorf("partial_period", "must be full or prorate, got %q", string(p.Partial))
	}
	if p.CapPercent != nil && p.CapPercent.IsNegative() {
		return fieldErrorf("cap_percent", "must not be negative")
	}
	if p.TerminateAfter != nil {
		if err := p.TerminateAfter.validate("terminate_after"); err != nil {
			return err
		}
	}
	return nil
}

func (d Delay) validate() error {
	if err := checkDate("due", d.Due); err != nil {
		return err
	}
	if err := checkDate("delivered", d.Delivered); err != nil {
		return err
	}
	for i, r := range d.ForceMajeure {
		from, to := fmt.Sprintf("force_majeure[%d].from", i), fmt.Sprintf("force_majeure[%d].to", i)
		if err := checkDate(from, r.From); err != nil {
			return err
		}
		if err := checkDate(to, r.To); err != nil {
			return err
		}
		if Day(r.To).Before(Day(r.From)) {
			return fieldErrorf(to, "%s is before from %s", Day(r.To).Format(DateLayout), Day(r.From).Format(DateLayout))
		}
	}
	return nil
}

// ComputePenalty applies a late-delivery sanction to a delay. cal is needed
// only when a period is in business days and may otherwise be nil.
func ComputePenalty(p LatePenalty, d Delay, cal BusinessDays) (PenaltyResult, error) {
	if err := p.Validate(); err != nil {
		return PenaltyResult{}, err
	}
	if err := d.validate(); err != nil {
		return PenaltyResult{}, err
	}
	due, delivered := Day(d.Due), Day(d.Delivered)
	clock, err := newDelayClock(due, d.ForceMajeure, p.Period.dayKind(), cal)
	if err != nil {
		return PenaltyResult{}, fmt.Errorf("penalty: %w", err)
	}
	res := PenaltyResult{
		Clause:        p.Clause,
		DayKind:       p.Period.dayKind(),
		DaysPerPeriod: p.Period.days(),
	}
	res.DaysLate, res.PausedDays = clock.count(delivered)

	periods := big.NewRat(int64(res.DaysLate), int64(res.DaysPerPeriod))
	if p.Partial == PartialFull {
		whole := new(big.Int).Add(big.NewInt(int64(res.DaysLate)), big.NewInt(int64(res.DaysPerPeriod-1)))
		whole.Quo(whole, big.NewInt(int64(res.DaysPerPeriod)))
		periods = new(big.Rat).SetInt(whole)
	}
	res.Periods = decimal.NewFromBigRat(periods, 4)

	exact := new(big.Rat).Mul(p.perPeriod(), periods)
	amount, err := roundRat(exact)
	if err != nil {
		return PenaltyResult{}, fieldErrorf("value", "the penalty is too large to compute: %v", err)
	}
	cur := p.Value.Currency
	res.Uncapped = Money{Amount: amount, Currency: cur}
	res.Amount = res.Uncapped
	if p.CapPercent != nil {
		capAmount, err := roundRat(percentOf(new(big.Rat).SetInt64(p.Value.Amount), *p.CapPercent))
		if err != nil {
			return PenaltyResult{}, fieldErrorf("cap_percent", "the cap is too large to compute: %v", err)
		}
		res.Cap = &Money{Amount: capAmount, Currency: cur}
		if amount > capAmount {
			res.Amount, res.Capped = *res.Cap, true
		}
	}
	if p.TerminateAfter != nil {
		tclock, err := newDelayClock(due, d.ForceMajeure, p.TerminateAfter.dayKind(), cal)
		if err != nil {
			return PenaltyResult{}, fmt.Errorf("termination date: %w", err)
		}
		var ok bool
		if res.TerminateFrom, ok = tclock.firstDayOver(p.TerminateAfter.days()); ok {
			res.MayTerminate = !delivered.Before(res.TerminateFrom)
		}
	}
	if !d.Brief {
		res.Explanation, res.ExplanationHe = explainPenalty(p, d, res, exact)
	}
	return res, nil
}

// perPeriod is the exact amount, in minor units, charged for one whole period.
func (p LatePenalty) perPeriod() *big.Rat {
	if p.Fixed != nil {
		return new(big.Rat).SetInt64(p.Fixed.Amount)
	}
	return percentOf(new(big.Rat).SetInt64(p.Value.Amount), p.RatePercent)
}
