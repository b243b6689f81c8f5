package draft

// The sections of the checklist's third and fourth steps — avoiding
// disputes, and partnership — and the recommended protections.

// Changes is the change procedure (item changes).
type Changes struct {
	// EstimateWithin: the supplier estimates a change's price and schedule
	// impact within this time (default 5 business_days).
	EstimateWithin Duration `yaml:"estimate_within,omitempty" json:"estimate_within,omitzero"`
	// DecisionWithin: the client approves or declines within this time of
	// the estimate (default 5 business_days).
	DecisionWithin Duration `yaml:"decision_within,omitempty" json:"decision_within,omitzero"`
}

// Sanctions are the consequences of breach (item sanctions).
type Sanctions struct {
	LateDelivery *LateDelivery `yaml:"late_delivery,omitempty" json:"late_delivery,omitzero"`
	// CurePeriod: a breach not cured within this time of written notice
	// allows termination (default 14 days).
	CurePeriod Duration `yaml:"cure_period,omitempty" json:"cure_period,omitzero"`
}

// LateDelivery is liquidated damages for late milestones.
type LateDelivery struct {
	// RatePercent of the base per period; or give Amount.
	RatePercent Percent `yaml:"rate_percent,omitempty" json:"rate_percent,omitzero"`
	// Amount per period.
	Amount Money `yaml:"amount,omitempty" json:"amount,omitzero"`
	// Of is the base of RatePercent: milestone (the late milestone's
	// installments, the default for a fixed price), total, or monthly_fee.
	Of string `yaml:"of,omitempty" json:"of,omitzero" jsonschema:"enum=milestone,enum=total,enum=monthly_fee"`
	// Per is day, business_day or week.
	Per string `yaml:"per" json:"per,omitzero" jsonschema:"required,enum=day,enum=business_day,enum=week"`
	// PartialPeriods: full (a started period counts in full, the default)
	// or prorate.
	PartialPeriods string `yaml:"partial_periods,omitempty" json:"partial_periods,omitzero" jsonschema:"enum=full,enum=prorate"`
	// CapPercent of the total price (or of 12 monthly fees) caps the
	// damages.
	CapPercent Percent `yaml:"cap_percent,omitempty" json:"cap_percent,omitzero"`
	// TerminationAfter: a delay longer than this lets the client end the
	// agreement.
	TerminationAfter Duration `yaml:"termination_after,omitempty" json:"termination_after,omitzero"`
}

// DisputeResolution is escalation, mediation or arbitration, courts and
// governing law (item dispute_resolution).
type DisputeResolution struct {
	// Escalation ladder, in order (default representatives 5
	// business_days, executives 10 business_days).
	Escalation []Escalation `yaml:"escalation,omitempty" json:"escalation,omitzero"`
	// Mediation before court or arbitration.
	Mediation *Mediation `yaml:"mediation,omitempty" json:"mediation,omitzero"`
	// Arbitration instead of court.
	Arbitration *Arbitration `yaml:"arbitration,omitempty" json:"arbitration,omitzero"`
	// Courts is the city whose competent courts have exclusive
	// jurisdiction (default Tel Aviv-Jaffa).
	Courts Text `yaml:"courts,omitempty" json:"courts,omitzero"`
	// GoverningLaw is israel (default), england_and_wales or new_york.
	GoverningLaw string `yaml:"governing_law,omitempty" json:"governing_law,omitzero" jsonschema:"enum=israel,enum=england_and_wales,enum=new_york"`
}

// Escalation is one step of the ladder.
type Escalation struct {
	// Level is representatives, steering_committee or executives.
	Level  string   `yaml:"level" json:"level,omitzero" jsonschema:"required,enum=representatives,enum=steering_committee,enum=executives"`
	Within Duration `yaml:"within" json:"within,omitzero" jsonschema:"required"`
}

// Mediation before court or arbitration.
type Mediation struct {
	// Within: mediation that has not settled the dispute within this time
	// ends (default 30 days).
	Within Duration `yaml:"within,omitempty" json:"within,omitzero"`
}

// Arbitration instead of court.
type Arbitration struct {
	// Institution whose rules apply, e.g. "the Israeli Institute of
	// Commercial Arbitration".
	Institution Text `yaml:"institution" json:"institution,omitzero" jsonschema:"required"`
	// Arbitrators: 1 (default) or 3.
	Arbitrators int `yaml:"arbitrators,omitempty" json:"arbitrators,omitzero" jsonschema:"enum=1,enum=3"`
}

// Termination is ending the agreement (item termination).
type Termination struct {
	ForConvenience ForConvenience `yaml:"for_convenience,omitempty" json:"for_convenience,omitzero"`
	OnEnd          OnEnd          `yaml:"on_end,omitempty" json:"on_end,omitzero"`
}

// ForConvenience is ending without cause.
type ForConvenience struct {
	// By is either (default), client or supplier.
	By string `yaml:"by,omitempty" json:"by,omitzero" jsonschema:"enum=either,enum=client,enum=supplier"`
	// Notice in writing (default 30 days).
	Notice Duration `yaml:"notice,omitempty" json:"notice,omitzero"`
}

// OnEnd is what happens when the agreement ends.
type OnEnd struct {
	// Handover: the supplier hands over work and materials within this time
	// (default 10 business_days).
	Handover Duration `yaml:"handover,omitempty" json:"handover,omitzero"`
	// TransitionAssistance: the supplier assists a successor for this
	// period at the rates (none by default).
	TransitionAssistance Duration `yaml:"transition_assistance,omitempty" json:"transition_assistance,omitzero"`
}

// Contact is a party's representative for the whole engagement or one
// stage of it (item contacts).
type Contact struct {
	// Party is supplier or client.
	Party string `yaml:"party" json:"party,omitzero" jsonschema:"required,enum=supplier,enum=client"`
	// Stage the contact is responsible for; empty means the whole
	// engagement.
	Stage  Text    `yaml:"stage,omitempty" json:"stage,omitzero"`
	Role   Text    `yaml:"role" json:"role,omitzero" jsonschema:"required"`
	Name   Text    `yaml:"name" json:"name,omitzero" jsonschema:"required"`
	Email  string  `yaml:"email" json:"email,omitzero" jsonschema:"required"`
	Phone  string  `yaml:"phone,omitempty" json:"phone,omitzero"`
	Backup *Person `yaml:"backup,omitempty" json:"backup,omitzero"`
}

// Person is a backup contact.
type Person struct {
	Role  Text   `yaml:"role,omitempty" json:"role,omitzero"`
	Name  Text   `yaml:"name" json:"name,omitzero" jsonschema:"required"`
	Email string `yaml:"email" json:"email,omitzero" jsonschema:"required"`
	Phone string `yaml:"phone,omitempty" json:"phone,omitzero"`
}

// Collaboration is shared goals, KPIs and the steering forum (item
// collaboration).
type Collaboration struct {
	SharedGoals []Text `yaml:"shared_goals,omitempty" json:"shared_goals,omitzero"`
	KPIs        []KPI  `yaml:"kpis,omitempty" json:"kpis,omitzero"`
	// SteeringCommittee is the joint forum.
	SteeringCommittee *SteeringCommittee `yaml:"steering_committee,omitempty" json:"steering_committee,omitzero"`
	// InputsWithin: the client provides information, access and decisions
	// the supplier asks for in writing within this time (default 5
	// business_days).
	InputsWithin Duration `yaml:"inputs_within,omitempty" json:"inputs_within,omitzero"`
}

// KPI is a measure both parties track.
type KPI struct {
	Name   Text `yaml:"name" json:"name,omitzero" jsonschema:"required"`
	Target Text `yaml:"target" json:"target,omitzero" jsonschema:"required"`
}

// SteeringCommittee is the joint forum of the parties.
type SteeringCommittee struct {
	// MembersPerParty (default 2).
	MembersPerParty int `yaml:"members_per_party,omitempty" json:"members_per_party,omitzero" jsonschema:"minimum=1,maximum=10"`
	// Meets: weekly, biweekly, monthly (default) or quarterly.
	Meets string `yaml:"meets,omitempty" json:"meets,omitzero" jsonschema:"enum=weekly,enum=biweekly,enum=monthly,enum=quarterly"`
}

// SharedActivities are planned joint activities (item shared_activities).
type SharedActivities struct {
	// KickoffWithin: a joint kickoff meeting within this time of Start
	// (default 5 business_days).
	KickoffWithin Duration `yaml:"kickoff_within,omitempty" json:"kickoff_within,omitzero"`
	// ReviewsEvery: joint periodic reviews, monthly or quarterly (default).
	ReviewsEvery string `yaml:"reviews_every,omitempty" json:"reviews_every,omitzero" jsonschema:"enum=monthly,enum=quarterly"`
	// Workshops the parties hold together.
	Workshops []Text `yaml:"workshops,omitempty" json:"workshops,omitzero"`
	// ClosingReview: a joint lessons-learned meeting at the end (default
	// true).
	ClosingReview *bool `yaml:"closing_review,omitempty" json:"closing_review,omitzero"`
}

// Protections are the recommended protections.
type Protections struct {
	Confidentiality       Confidentiality       `yaml:"confidentiality,omitempty" json:"confidentiality,omitzero"`
	IntellectualProperty  IntellectualProperty  `yaml:"intellectual_property,omitempty" json:"intellectual_property,omitzero"`
	Liability             Liability             `yaml:"liability,omitempty" json:"liability,omitzero"`
	IndependentContractor IndependentContractor `yaml:"independent_contractor,omitempty" json:"independent_contractor,omitzero"`
	DataProtection        DataProtection        `yaml:"data_protection,omitempty" json:"data_protection,omitzero"`
}

// Confidentiality of the parties' information.
type Confidentiality struct {
	// Survives: the duty lasts this long after the end (default 3 years).
	Survives Duration `yaml:"survives,omitempty" json:"survives,omitzero"`
}

// IntellectualProperty in the deliverables.
type IntellectualProperty struct {
	// Owner of the deliverables: client (default) or supplier (the client
	// gets a licence).
	Owner string `yaml:"owner,omitempty" json:"owner,omitzero" jsonschema:"enum=client,enum=supplier"`
}

// Liability cap.
type Liability struct {
	// Cap is fees_12_months (fees paid in the 12 months before the claim,
	// the default), total_price, or amount.
	Cap string `yaml:"cap,omitempty" json:"cap,omitzero" jsonschema:"enum=fees_12_months,enum=total_price,enum=amount"`
	// Amount of the cap when Cap is amount.
	Amount Money `yaml:"amount,omitempty" json:"amount,omitzero"`
}

// IndependentContractor status of the supplier.
type IndependentContractor struct {
	// Subcontractors: prior_written_consent (default) or allowed.
	Subcontractors string `yaml:"subcontractors,omitempty" json:"subcontractors,omitzero" jsonschema:"enum=prior_written_consent,enum=allowed"`
}

// DataProtection of personal data the supplier processes.
type DataProtection struct {
	// BreachNotice: the supplier reports a security incident within this
	// time (default 24 hours).
	BreachNotice Duration `yaml:"breach_notice,omitempty" json:"breach_notice,omitzero"`
}
