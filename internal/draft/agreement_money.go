package draft

// The sections of the checklist's first step after the price: late
// payment, additional services and unforeseen situations.

// LatePayment is what follows a late payment (item late_payment).
type LatePayment struct {
	Interest   *Interest   `yaml:"interest,omitempty" json:"interest,omitzero"`
	Suspension *Suspension `yaml:"suspension,omitempty" json:"suspension,omitzero"`
}

// Interest on late payments.
type Interest struct {
	RatePercent Percent `yaml:"rate_percent" json:"rate_percent,omitzero" jsonschema:"required"`
	// Per is month or year.
	Per string `yaml:"per" json:"per,omitzero" jsonschema:"required,enum=month,enum=year"`
	// Method is simple (the default) or compound (monthly).
	Method string `yaml:"method,omitempty" json:"method,omitzero" jsonschema:"enum=simple,enum=compound"`
}

// Suspension of the services for non-payment.
type Suspension struct {
	// After: the supplier may suspend when a payment is this late (default
	// 30 days).
	After Duration `yaml:"after,omitempty" json:"after,omitzero"`
	// Notice: after written notice of this length (default 5
	// business_days).
	Notice Duration `yaml:"notice,omitempty" json:"notice,omitzero"`
}

// AdditionalServices is how work beyond the scope is ordered and priced
// (item additional_services).
type AdditionalServices struct {
	// Rates for additional work; by default the payment rates, and without
	// those a fixed-price quote.
	Rates []Rate `yaml:"rates,omitempty" json:"rates,omitzero"`
	// QuoteWithin: the supplier sends a written quote within this time of a
	// request (default 5 business_days).
	QuoteWithin Duration `yaml:"quote_within,omitempty" json:"quote_within,omitzero"`
}

// Unforeseen is force majeure (item unforeseen).
type Unforeseen struct {
	// NoticeWithin: the affected party notifies within this time (default 3
	// business_days).
	NoticeWithin Duration `yaml:"notice_within,omitempty" json:"notice_within,omitzero"`
	// TerminateAfter: either party may end the agreement when the event
	// lasts longer (default 60 days).
	TerminateAfter Duration `yaml:"terminate_after,omitempty" json:"terminate_after,omitzero"`
	// ExtraEvents are events added to the standard list.
	ExtraEvents []Text `yaml:"extra_events,omitempty" json:"extra_events,omitzero"`
}
