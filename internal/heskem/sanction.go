package heskem

import (
	"regexp"
	"strings"
)

// SanctionKind is what a sanction rule punishes.
type SanctionKind string

// Sanction kinds.
const (
	SanctionLateDelivery SanctionKind = "late_delivery"
	SanctionLatePayment  SanctionKind = "late_payment"
)

// PeriodUnit is the unit a sanction's period is counted in.
type PeriodUnit string

// Period units.
const (
	UnitCalendarDays PeriodUnit = "calendar_days"
	UnitBusinessDays PeriodUnit = "business_days"
	UnitWeeks        PeriodUnit = "weeks"
	UnitMonths       PeriodUnit = "months"
	UnitYears        PeriodUnit = "years" // interest rates per year
)

// decimalRe accepts a non-negative decimal such as "0.5" or "12".
var decimalRe = regexp.MustCompile(`^\d{1,9}(\.\d{1,6})?$`)

// SanctionRule is a sanction the agreement sets: a late-delivery penalty or
// a late-payment interest rate, with the clause it comes from so that every
// computed figure can name its source. Rates are decimal strings, never
// floats.
type SanctionRule struct {
	ID             int64        `json:"id"`
	AgreementID    int64        `json:"agreement_id"`
	Kind           SanctionKind `json:"kind"`
	Clause         string       `json:"clause"`                 // e.g. "9.2"
	RatePercent    string       `json:"rate_percent,omitempty"` // per period
	FixedAmount    Money        `json:"fixed_amount"`           // instead of a rate
	PeriodCount    int          `json:"period_count"`
	PeriodUnit     PeriodUnit   `json:"period_unit"`
	PartialPeriod  string       `json:"partial_period"` // "full" or "prorate"
	CapPercent     string       `json:"cap_percent,omitempty"`
	TerminateAfter int          `json:"terminate_after,omitempty"` // in PeriodUnit; 0 for none
	Base           string       `json:"base"`                      // "milestone", "deliverable" or "agreement"
}

// Validate checks the rule's invariants.
func (s *SanctionRule) Validate() error {
	var p Problems
	if s.AgreementID <= 0 {
		p.add("agreement_id", "error.required", "agreement is required")
	}
	if s.Kind != SanctionLateDelivery && s.Kind != SanctionLatePayment {
		p.add("kind", "error.kind", "kind %q: want late_delivery or late_payment", s.Kind)
	}
	hasRate := strings.TrimSpace(s.RatePercent) != ""
	if hasRate && !decimalRe.MatchString(s.RatePercent) {
		p.add("rate_percent", "error.decimal", "rate %q is not a decimal number such as 0.5", s.RatePercent)
	}
	if !hasRate && s.FixedAmount.Amount <= 0 {
		p.add("rate_percent", "error.required", "a rate or a fixed amount is required")
	}
	if s.FixedAmount.Currency == "" {
		s.FixedAmount.Currency = "ILS"
	}
	if err := s.FixedAmount.Validate("fixed_amount"); err != nil {
		p = append(p, err.(*Error))
	}
	if s.PeriodCount <= 0 {
		p.add("period_count", "error.positive", "period count must be positive")
	}
	switch s.PeriodUnit {
	case UnitCalendarDays, UnitBusinessDays, UnitWeeks, UnitMonths, UnitYears:
	default:
		p.add("period_unit", "error.unit", "period unit %q: want calendar_days, business_days, weeks, months or years", s.PeriodUnit)
	}
	if s.PartialPeriod == "" {
		s.PartialPeriod = "full"
	}
	if s.PartialPeriod != "full" && s.PartialPeriod != "prorate" {
		p.add("partial_period", "error.partial", "partial period %q: want full or prorate", s.PartialPeriod)
	}
	if s.CapPercent != "" && !decimalRe.MatchString(s.CapPercent) {
		p.add("cap_percent", "error.decimal", "cap %q is not a decimal number", s.CapPercent)
	}
	if s.TerminateAfter < 0 {
		p.add("terminate_after", "error.positive", "terminate-after must not be negative")
	}
	if s.Base == "" {
		s.Base = "milestone"
	}
	if !contains([]string{"milestone", "deliverable", "agreement"}, s.Base) {
		p.add("base", "error.base", "base %q: want milestone, deliverable or agreement", s.Base)
	}
	return p.Err()
}
