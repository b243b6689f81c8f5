package terms

import (
	"encoding/json"
	"fmt"
	"io"
)

// penaltyWire is the JSON input of a penalty case. The field names are a
// published format (docs/cli-penalty-interest.md): outside tools depend on
// them.
type penaltyWire struct {
	Value          json.RawMessage `json:"value"`
	Currency       string          `json:"currency"`
	RatePercent    json.RawMessage `json:"rate_percent"`
	FixedAmount    json.RawMessage `json:"fixed_amount"`
	Period         *periodJSON     `json:"period"`
	PartialPeriod  string          `json:"partial_period"`
	CapPercent     json.RawMessage `json:"cap_percent"`
	TerminateAfter *periodJSON     `json:"terminate_after"`
	Due            string          `json:"due"`
	Delivered      string          `json:"delivered"`
	ForceMajeure   []struct {
		From string `json:"from"`
		To   string `json:"to"`
	} `json:"force_majeure"`
	Policy string `json:"policy"`
	Clause string `json:"clause"`
}

// PenaltyCase is a decoded penalty request: the sanction, what happened, and
// the name of the business-day policy to count business days with (empty for
// the default). The policy is a name because terms does not know calendars.
type PenaltyCase struct {
	Penalty LatePenalty
	Delay   Delay
	Policy  string
}

// DecodePenaltyCase reads and validates a penalty case in the published JSON
// format. Every problem is an *InputError naming the field.
func DecodePenaltyCase(r io.Reader) (PenaltyCase, error) {
	var w penaltyWire
	if err := decodeStrict(r, &w); err != nil {
		return PenaltyCase{}, err
	}
	if w.Currency == "" {
		return PenaltyCase{}, fieldErrorf("currency", "is required, e.g. \"ILS\"")
	}
	if err := ValidateCurrency("currency", w.Currency); err != nil {
		return PenaltyCase{}, err
	}
	c := PenaltyCase{Policy: w.Policy}
	p := &c.Penalty
	p.Clause = w.Clause
	p.Value = Money{Currency: w.Currency}

	valueText, hasValue, err := decimalText("value", w.Value)
	if err != nil {
		return PenaltyCase{}, err
	}
	if hasValue {
		if p.Value, err = ParseAmount("value", valueText, w.Currency); err != nil {
			return PenaltyCase{}, err
		}
	}
	rateText, hasRate, err := decimalText("rate_percent", w.RatePercent)
	if err != nil {
		return PenaltyCase{}, err
	}
	fixedText, hasFixed, err := decimalText("fixed_amount", w.FixedAmount)
	if err != nil {
		return PenaltyCase{}, err
	}
	switch {
	case hasRate && hasFixed:
		return PenaltyCase{}, fieldErrorf("fixed_amount", "give either rate_percent or fixed_amount, not both")
	case hasRate:
		if p.RatePercent, err = ParseRate("rate_percent", rateText); err != nil {
			return PenaltyCase{}, err
		}
	case hasFixed:
		fixed, err := ParseAmount("fixed_amount", fixedText, w.Currency)
		if err != nil {
			return PenaltyCase{}, err
		}
		p.Fixed = &fixed
	default:
		return PenaltyCase{}, fieldErrorf("rate_percent", "is required (or fixed_amount instead)")
	}
	capText, hasCap, err := decimalText("cap_percent", w.CapPercent)
	if err != nil {
		return PenaltyCase{}, err
	}
	if hasCap {
		capPct, err := ParseRate("cap_percent", capText)
		if err != nil {
			return PenaltyCase{}, err
		}
		p.CapPercent = &capPct
	}
	if (hasRate || hasCap) && !hasValue {
		field := "rate_percent"
		if !hasRate {
			field = "cap_percent"
		}
		return PenaltyCase{}, fieldErrorf("value", "is required with %s: it is the amount the percentage applies to", field)
	}
	if w.Period == nil {
		return PenaltyCase{}, fieldErrorf("period", "is required, e.g. {\"count\": 1, \"unit\": \"weeks\"}")
	}
	p.Period = *w.Period.period()
	p.TerminateAfter = w.TerminateAfter.period()
	p.Partial = PartialPeriod(w.PartialPeriod)
	if p.Partial == "" {
		p.Partial = PartialFull
	}

	if c.Delay.Due, err = dateField("due", w.Due); err != nil {
		return PenaltyCase{}, err
	}
	if c.Delay.Delivered, err = dateField("delivered", w.Delivered); err != nil {
		return PenaltyCase{}, err
	}
	if len(w.ForceMajeure) > maxPauses {
		return PenaltyCase{}, fieldErrorf("force_majeure", "has %d ranges; at most %d", len(w.ForceMajeure), maxPauses)
	}
	for i, fm := range w.ForceMajeure {
		from, err := dateField(fmt.Sprintf("force_majeure[%d].from", i), fm.From)
		if err != nil {
			return PenaltyCase{}, err
		}
		to, err := dateField(fmt.Sprintf("force_majeure[%d].to", i), fm.To)
		if err != nil {
			return PenaltyCase{}, err
		}
		c.Delay.ForceMajeure = append(c.Delay.ForceMajeure, DateRange{From: from, To: to})
	}
	if err := p.Validate(); err != nil {
		return PenaltyCase{}, err
	}
	if err := c.Delay.validate(); err != nil {
		return PenaltyCase{}, err
	}
	return c, nil
}

// PenaltyReport is the JSON output of a penalty computation, in the published
// format. Amounts are decimal strings in major units with the currency's
// places; dates are YYYY-MM-DD or null.
type PenaltyReport struct {
	Clause           string  `json:"clause,omitempty"`
	Policy           string  `json:"policy,omitempty"`
	DaysLate         int     `json:"days_late"`
	DayKind          Unit    `json:"day_kind"`
	ForceMajeureDays int     `json:"force_majeure_days"`
	Periods          string  `json:"periods"`
	Penalty          string  `json:"penalty"`
	Currency         string  `json:"currency"`
	UncappedPenalty  string  `json:"uncapped_penalty"`
	Cap              *string `json:"cap"`
	Capped           bool    `json:"capped"`
	MayTerminate     bool    `json:"may_terminate"`
	TerminateFrom    *string `json:"terminate_from"`
	Explanation      string  `json:"explanation"`
	ExplanationHe    string  `json:"explanation_he"`
}

// NewPenaltyReport shapes a result for JSON output. policy is the name of the
// business-day policy used, or empty when none was needed.
func NewPenaltyReport(r PenaltyResult, policy string) PenaltyReport {
	rep := PenaltyReport{
		Clause:           r.Clause,
		Policy:           policy,
		DaysLate:         r.DaysLate,
		DayKind:          r.DayKind,
		ForceMajeureDays: r.PausedDays,
		Periods:          r.Periods.String(),
		Penalty:          r.Amount.Text(),
		Currency:         r.Amount.Currency,
		UncappedPenalty:  r.Uncapped.Text(),
		Capped:           r.Capped,
		MayTerminate:     r.MayTerminate,
		TerminateFrom:    dateText(r.TerminateFrom),
		Explanation:      r.Explanation,
		ExplanationHe:    r.ExplanationHe,
	}
	if r.Cap != nil {
		s := r.Cap.Text()
		rep.Cap = &s
	}
	return rep
}

// NeedsBusinessDays reports whether computing the case needs a business-day
// calendar.
func (c PenaltyCase) NeedsBusinessDays() bool {
	return c.Penalty.Period.Unit == UnitBusinessDays ||
		(c.Penalty.TerminateAfter != nil && c.Penalty.TerminateAfter.Unit == UnitBusinessDays)
}
