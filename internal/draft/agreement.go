package draft

// FormatV1 is the value of the format field of files in this version of the
// format. A later, incompatible format gets a new value, so old files keep
// their meaning.
const FormatV1 = "heskem.agreement/v1"

// Agreement is a service agreement as data: everything the clause library
// needs to write the document. The top-level keys after parties follow the
// checklist's item ids (RUBRIC.md): scope, schedule, payment, late_payment,
// additional_services, unforeseen, communication, meeting_summaries,
// flexibility, changes, sanctions, dispute_resolution, termination,
// collaboration, shared_activities, contacts and protections. Sections the
// file leaves out get the documented defaults (see Defaults).
type Agreement struct {
	// Format is the file format and version: heskem.agreement/v1.
	Format string `yaml:"format" json:"format,omitzero" jsonschema:"required,enum=heskem.agreement/v1"`
	// Language is the language plain strings are written in, and the
	// document language when none is asked for.
	Language string `yaml:"language" json:"language,omitzero" jsonschema:"required,enum=he,enum=en"`
	// Title of the agreement, e.g. "הסכם לפיתוח תוכנה".
	Title Text `yaml:"title" json:"title,omitzero" jsonschema:"required"`
	// Place where the agreement is signed (a city).
	Place Text `yaml:"place,omitempty" json:"place,omitzero"`
	// Date the agreement is signed, YYYY-MM-DD.
	Date Date `yaml:"date,omitempty" json:"date,omitzero"`
	// BusinessDays names the definition of a business day: israel (Sunday to
	// Thursday except rest days), tender (also excludes festival eves and
	// Chol HaMoed) or international (Monday to Friday).
	BusinessDays string `yaml:"business_days,omitempty" json:"business_days,omitzero" jsonschema:"enum=israel,enum=tender,enum=international"`

	Parties            Parties            `yaml:"parties" json:"parties,omitzero" jsonschema:"required"`
	Scope              Scope              `yaml:"scope" json:"scope,omitzero" jsonschema:"required"`
	Schedule           Schedule           `yaml:"schedule" json:"schedule,omitzero" jsonschema:"required"`
	Payment            Payment            `yaml:"payment" json:"payment,omitzero" jsonschema:"required"`
	LatePayment        LatePayment        `yaml:"late_payment,omitempty" json:"late_payment,omitzero"`
	AdditionalServices AdditionalServices `yaml:"additional_services,omitempty" json:"additional_services,omitzero"`
	Unforeseen         Unforeseen         `yaml:"unforeseen,omitempty" json:"unforeseen,omitzero"`
	Communication      Communication      `yaml:"communication,omitempty" json:"communication,omitzero"`
	MeetingSummaries   MeetingSummaries   `yaml:"meeting_summaries,omitempty" json:"meeting_summaries,omitzero"`
	Flexibility        Flexibility        `yaml:"flexibility,omitempty" json:"flexibility,omitzero"`
	Changes            Changes            `yaml:"changes,omitempty" json:"changes,omitzero"`
	Sanctions          Sanctions          `yaml:"sanctions,omitempty" json:"sanctions,omitzero"`
	DisputeResolution  DisputeResolution  `yaml:"dispute_resolution,omitempty" json:"dispute_resolution,omitzero"`
	Termination        Termination        `yaml:"termination,omitempty" json:"termination,omitzero"`
	Collaboration      Collaboration      `yaml:"collaboration,omitempty" json:"collaboration,omitzero"`
	SharedActivities   SharedActivities   `yaml:"shared_activities,omitempty" json:"shared_activities,omitzero"`
	// Contacts are the parties' representatives, at least one per party.
	Contacts    []Contact   `yaml:"contacts" json:"contacts,omitzero" jsonschema:"required"`
	Protections Protections `yaml:"protections,omitempty" json:"protections,omitzero"`

	// pos maps field paths ("payment.installments[1].amount") to their
	// place in the file, for problems found after decoding.
	pos map[string]position
	// bad marks the paths whose value could not be read, so that the
	// validator does not report them a second time as missing.
	bad map[string]bool
}

// Parties are the supplier and the client.
type Parties struct {
	Supplier Party `yaml:"supplier" json:"supplier,omitzero" jsonschema:"required"`
	Client   Party `yaml:"client" json:"client,omitzero" jsonschema:"required"`
}

// Party is a contracting party.
type Party struct {
	// Name is the legal name, e.g. "אלפא מערכות בע״מ".
	Name Text `yaml:"name" json:"name,omitzero" jsonschema:"required"`
	// IDKind says what IDNumber is: company (ח.פ.), dealer (ע.מ.), person
	// (ת.ז.), nonprofit (ע"ר), partnership or foreign. Israeli numbers are
	// checked for their check digit; foreign ones are not.
	IDKind string `yaml:"id_kind,omitempty" json:"id_kind,omitzero" jsonschema:"enum=company,enum=dealer,enum=person,enum=nonprofit,enum=partnership,enum=foreign"`
	// IDNumber is the registration number.
	IDNumber string `yaml:"id_number,omitempty" json:"id_number,omitzero"`
	// Address for notices.
	Address Text `yaml:"address,omitempty" json:"address,omitzero"`
	// Email for notices.
	Email string `yaml:"email,omitempty" json:"email,omitzero"`
	// PayerType (client only) is the client's category under the Payment to
	// Suppliers Law, which sets the longest payment period: business (the
	// default), state, public_body, local_authority or consumer.
	PayerType string `yaml:"payer_type,omitempty" json:"payer_type,omitzero" jsonschema:"enum=business,enum=state,enum=public_body,enum=local_authority,enum=consumer"`
	// Signatories sign for the party.
	Signatories []Signatory `yaml:"signatories" json:"signatories,omitzero" jsonschema:"required"`
}

// Signatory is a person who signs for a party.
type Signatory struct {
	Name Text `yaml:"name" json:"name,omitzero" jsonschema:"required"`
	Role Text `yaml:"role,omitempty" json:"role,omitzero"`
}

// Scope is what the supplier provides and how it is accepted (item scope).
type Scope struct {
	// Summary is one phrase naming the engagement, used in the recitals:
	// "פיתוח מערכת לניהול הזמנות".
	Summary Text `yaml:"summary" json:"summary,omitzero" jsonschema:"required"`
	// Services lists the services, one concrete service each.
	Services []Text `yaml:"services" json:"services,omitzero" jsonschema:"required"`
	// Deliverables are the things handed over, each with an id the
	// milestones refer to.
	Deliverables []Deliverable `yaml:"deliverables,omitempty" json:"deliverables,omitzero"`
	// Exclusions are what the services do not include.
	Exclusions []Text `yaml:"exclusions,omitempty" json:"exclusions,omitzero"`
	// Acceptance is how deliverables are tested and accepted.
	Acceptance Acceptance `yaml:"acceptance,omitempty" json:"acceptance,omitzero"`
}

// Deliverable is one thing the supplier hands over.
type Deliverable struct {
	ID          string `yaml:"id" json:"id,omitzero" jsonschema:"required"`
	Name        Text   `yaml:"name" json:"name,omitzero" jsonschema:"required"`
	Description Text   `yaml:"description,omitempty" json:"description,omitzero"`
}

// Acceptance is the test period, the fix period and deemed acceptance.
type Acceptance struct {
	// TestPeriod is how long the client tests a delivery (default 10
	// business_days).
	TestPeriod Duration `yaml:"test_period,omitempty" json:"test_period,omitzero"`
	// FixPeriod is how long the supplier has to fix reported defects
	// (default 10 business_days).
	FixPeriod Duration `yaml:"fix_period,omitempty" json:"fix_period,omitzero"`
	// DeemedAcceptance: a delivery without a written defect report by the
	// end of the test period is accepted (default true).
	DeemedAcceptance *bool `yaml:"deemed_acceptance,omitempty" json:"deemed_acceptance,omitzero"`
	// Criteria a delivery must meet to be accepted.
	Criteria []Text `yaml:"criteria,omitempty" json:"criteria,omitzero"`
}

// Schedule is the start, the end or term, and the milestones (item
// schedule).
type Schedule struct {
	// Start is the first day of the services.
	Start Date `yaml:"start" json:"start,omitzero" jsonschema:"required"`
	// End is the last day; give End or Term, not both.
	End Date `yaml:"end,omitempty" json:"end,omitzero"`
	// Term is the length of the engagement from Start, e.g. "12 months".
	Term Duration `yaml:"term,omitempty" json:"term,omitzero"`
	// Renewal renews a Term automatically unless a party gives notice.
	Renewal *Renewal `yaml:"renewal,omitempty" json:"renewal,omitzero"`
	// Milestones in order; each has a date, or a number of business days
	// after an earlier event.
	Milestones []Milestone `yaml:"milestones,omitempty" json:"milestones,omitzero"`
}

// Renewal is automatic renewal of a term.
type Renewal struct {
	// Period of each renewal, e.g. "12 months".
	Period Duration `yaml:"period" json:"period,omitzero" jsonschema:"required"`
	// Notice a party gives before the end of a period to stop renewal.
	Notice Duration `yaml:"notice" json:"notice,omitzero" jsonschema:"required"`
}

// Milestone is a stage of the work.
type Milestone struct {
	ID   string `yaml:"id" json:"id,omitzero" jsonschema:"required"`
	Name Text   `yaml:"name" json:"name,omitzero" jsonschema:"required"`
	// Date the milestone is due. Give Date, or After and Within.
	Date Date `yaml:"date,omitempty" json:"date,omitzero"`
	// After is the event Within counts from: start, signing, or the id of
	// an earlier milestone (counted from its acceptance).
	After string `yaml:"after,omitempty" json:"after,omitzero"`
	// Within is the time after the event, e.g. "20 business_days".
	Within Duration `yaml:"within,omitempty" json:"within,omitzero"`
	// Deliverables handed over at this milestone (ids).
	Deliverables []string `yaml:"deliverables,omitempty" json:"deliverables,omitzero"`
}

// Payment is the price model, price, installments, payment terms, VAT,
// currency and CPI linkage (item payment).
type Payment struct {
	// Model is fixed, time_and_materials or retainer.
	Model string `yaml:"model" json:"model,omitzero" jsonschema:"required,enum=fixed,enum=time_and_materials,enum=retainer"`
	// Currency is ILS (default), USD, EUR or GBP.
	Currency string `yaml:"currency,omitempty" json:"currency,omitzero" jsonschema:"enum=ILS,enum=USD,enum=EUR,enum=GBP"`
	// VAT: plus (the price excludes VAT, the default), included, or exempt
	// (the supplier is an exempt dealer or the service is zero-rated).
	VAT string `yaml:"vat,omitempty" json:"vat,omitzero" jsonschema:"enum=plus,enum=included,enum=exempt"`
	// Total is the fixed price (model fixed).
	Total Money `yaml:"total,omitempty" json:"total,omitzero"`
	// Rates are the rates per role (model time_and_materials; also the
	// rates for additional services when those give none).
	Rates []Rate `yaml:"rates,omitempty" json:"rates,omitzero"`
	// Cap is the most the client pays under time_and_materials without a
	// written change.
	Cap Money `yaml:"cap,omitempty" json:"cap,omitzero"`
	// MonthlyFee is the retainer per month (model retainer).
	MonthlyFee Money `yaml:"monthly_fee,omitempty" json:"monthly_fee,omitzero"`
	// IncludedHours are the hours of work the monthly fee covers.
	IncludedHours int `yaml:"included_hours,omitempty" json:"included_hours,omitzero" jsonschema:"minimum=0,maximum=744"`
	// UnusedHours: expire (default) or carry_over to the next month only.
	UnusedHours string `yaml:"unused_hours,omitempty" json:"unused_hours,omitzero" jsonschema:"enum=expire,enum=carry_over"`
	// Installments of a fixed price, tied to milestones, dates or signing;
	// they must add up to Total.
	Installments []Installment `yaml:"installments,omitempty" json:"installments,omitzero"`
	// Terms is when an invoice is paid.
	Terms PaymentTerms `yaml:"terms" json:"terms,omitzero" jsonschema:"required"`
	// CPILinkage links amounts to the consumer price index.
	CPILinkage *CPILinkage `yaml:"cpi_linkage,omitempty" json:"cpi_linkage,omitzero"`
}

// Rate is a price per unit of work.
type Rate struct {
	Role   Text  `yaml:"role" json:"role,omitzero" jsonschema:"required"`
	Amount Money `yaml:"amount" json:"amount,omitzero" jsonschema:"required"`
	// Per is hour, day or month.
	Per string `yaml:"per" json:"per,omitzero" jsonschema:"required,enum=hour,enum=day,enum=month"`
}

// Installment is one payment of a fixed price. Give exactly one of
// Milestone, Date and AtSigning, and one of Amount and Percent.
type Installment struct {
	// Milestone id: invoiced on the milestone's acceptance.
	Milestone string `yaml:"milestone,omitempty" json:"milestone,omitzero"`
	// Date: invoiced on this date.
	Date Date `yaml:"date,omitempty" json:"date,omitzero"`
	// AtSigning: invoiced on signing.
	AtSigning bool `yaml:"at_signing,omitempty" json:"at_signing,omitzero"`
	// Amount of the installment.
	Amount Money `yaml:"amount,omitempty" json:"amount,omitzero"`
	// Percent of Total.
	Percent Percent `yaml:"percent,omitempty" json:"percent,omitzero"`
}

// PaymentTerms say when an invoice is due.
type PaymentTerms struct {
	// Kind is eom_plus (שוטף + N: N days after the end of the month the
	// invoice is submitted in), net (N days after submission) or
	// on_acceptance (N days after the client accepts the work).
	Kind string `yaml:"kind" json:"kind,omitzero" jsonschema:"required,enum=eom_plus,enum=net,enum=on_acceptance"`
	// Days is N.
	Days int `yaml:"days" json:"days,omitzero" jsonschema:"minimum=0,maximum=365"`
}

// CPILinkage links amounts to the consumer price index (מדד המחירים
// לצרכן).
type CPILinkage struct {
	// BaseMonth is the month whose index is the base (YYYY-MM); by default
	// the index last published before the signing date.
	BaseMonth Month `yaml:"base_month,omitempty" json:"base_month,omitzero"`
	// Adjust is each_payment (every payment is linked, the default) or
	// yearly (rates and fees are updated every 12 months from Start).
	Adjust string `yaml:"adjust,omitempty" json:"adjust,omitzero" jsonschema:"enum=each_payment,enum=yearly"`
	// Floor: a linked amount never falls below the base amount.
	Floor bool `yaml:"floor,omitempty" json:"floor,omitzero"`
}
