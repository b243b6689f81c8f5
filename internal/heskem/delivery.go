package heskem

import (
	"strings"
	"time"
)

// Deliverable is a service or a thing the supplier delivers under an
// agreement. Kind separates ongoing services from one-off deliverables.
type Deliverable struct {
	ID          int64  `json:"id"`
	AgreementID int64  `json:"agreement_id"`
	Kind        string `json:"kind"` // "service" or "deliverable"
	Title       string `json:"title"`
	Description string `json:"description"`
	Acceptance  string `json:"acceptance"` // how the client accepts it
}

// Validate checks the deliverable's invariants.
func (d *Deliverable) Validate() error {
	var p Problems
	if d.AgreementID <= 0 {
		p.add("agreement_id", "error.required", "agreement is required")
	}
	if d.Kind == "" {
		d.Kind = "deliverable"
	}
	if d.Kind != "service" && d.Kind != "deliverable" {
		p.add("kind", "error.kind", "kind %q: want service or deliverable", d.Kind)
	}
	if strings.TrimSpace(d.Title) == "" {
		p.add("title", "error.required", "title is required")
	}
	return p.Err()
}

// MilestoneState is where a milestone's delivery stands. The displayed
// status (upcoming, due soon, late) is computed from dates and this state.
type MilestoneState string

// Milestone states, recorded by events.
const (
	MilestonePending   MilestoneState = "pending"
	MilestoneSubmitted MilestoneState = "submitted"
	MilestoneRejected  MilestoneState = "rejected"
	MilestoneAccepted  MilestoneState = "accepted"
)

// Milestone is a dated stage of delivery. Its due date is either a fixed
// date or a number of business days after an anchor event (signature, or
// acceptance of the previous milestone); DueDate holds the date resolved
// from that rule once the anchor is known.
type Milestone struct {
	ID            int64          `json:"id"`
	AgreementID   int64          `json:"agreement_id"`
	Seq           int            `json:"seq"`
	Title         string         `json:"title"`
	DueDate       Date           `json:"due_date"`
	AfterEvent    string         `json:"after_event,omitempty"` // "", "signature" or "previous_acceptance"
	AfterDays     int            `json:"after_business_days,omitempty"`
	Value         Money          `json:"value"`
	State         MilestoneState `json:"state"`
	SubmittedAt   *time.Time     `json:"submitted_at,omitempty"`
	AcceptedAt    *time.Time     `json:"accepted_at,omitempty"`
	RejectReason  string         `json:"reject_reason,omitempty"`
	TestPeriodBiz int            `json:"test_period_business_days,omitempty"` // deemed acceptance after this
}

// Validate checks the milestone's invariants.
func (m *Milestone) Validate() error {
	var p Problems
	if m.AgreementID <= 0 {
		p.add("agreement_id", "error.required", "agreement is required")
	}
	if strings.TrimSpace(m.Title) == "" {
		p.add("title", "error.required", "title is required")
	}
	switch m.AfterEvent {
	case "":
		if m.DueDate.IsZero() {
			p.add("due_date", "error.required", "a due date or a number of business days after an event is required")
		}
	case "signature", "previous_acceptance":
		if m.AfterDays <= 0 {
			p.add("after_business_days", "error.positive", "business days after %s must be positive", m.AfterEvent)
		}
	default:
		p.add("after_event", "error.event", "event %q: want signature or previous_acceptance", m.AfterEvent)
	}
	if m.Value.Currency == "" {
		m.Value.Currency = "ILS"
	}
	if err := m.Value.Validate("value"); err != nil {
		p = append(p, err.(*Error))
	}
	if m.State == "" {
		m.State = MilestonePending
	}
	switch m.State {
	case MilestonePending, MilestoneSubmitted, MilestoneRejected, MilestoneAccepted:
	default:
		p.add("state", "error.state", "unknown milestone state %q", m.State)
	}
	if m.TestPeriodBiz < 0 {
		p.add("test_period_business_days", "error.positive", "test period must not be negative")
	}
	return p.Err()
}

// PaymentTermKind is how an installment's due date is computed.
type PaymentTermKind string

// Payment term kinds, as in RUBRIC.md's payment_terms.
const (
	TermEOMPlus      PaymentTermKind = "eom_plus"      // שוטף + N: N days after the end of the invoice's month
	TermNet          PaymentTermKind = "net"           // N days after the invoice
	TermOnAcceptance PaymentTermKind = "on_acceptance" // when the linked milestone is accepted
	TermOnDate       PaymentTermKind = "on_date"       // a fixed date
)

// Installment is one payment the client owes.
type Installment struct {
	ID          int64           `json:"id"`
	AgreementID int64           `json:"agreement_id"`
	MilestoneID int64           `json:"milestone_id,omitempty"`
	Seq         int             `json:"seq"`
	Title       string          `json:"title"`
	Amount      Money           `json:"amount"` // before VAT
	Term        PaymentTermKind `json:"term"`
	TermDays    int             `json:"term_days,omitempty"`
	DueDate     Date            `json:"due_date"` // fixed date for on_date; resolved otherwise
	InvoicedAt  *time.Time      `json:"invoiced_at,omitempty"`
	Paid        Money           `json:"paid"`
}

// Validate checks the installment's invariants.
func (i *Installment) Validate() error {
	var p Problems
	if i.AgreementID <= 0 {
		p.add("agreement_id", "error.required", "agreement is required")
	}
	if strings.TrimSpace(i.Title) == "" {
		p.add("title", "error.required", "title is required")
	}
	if err := i.Amount.Validate("amount"); err != nil {
		p = append(p, err.(*Error))
	} else if i.Amount.Amount == 0 {
		p.add("amount", "error.positive", "amount must be positive")
	}
	if i.Paid.Currency == "" {
		i.Paid.Currency = i.Amount.Currency
	}
	if i.Paid.Currency != i.Amount.Currency {
		p.add("paid.currency", "error.currency", "paid amount must be in %s", i.Amount.Currency)
	}
	if i.Paid.Amount < 0 || i.Paid.Amount > i.Amount.Amount {
		p.add("paid.amount", "error.paid_range", "paid amount must be between 0 and the installment amount")
	}
	switch i.Term {
	case TermEOMPlus, TermNet:
		if i.TermDays < 0 || i.TermDays > 365 {
			p.add("term_days", "error.term_days", "payment days must be between 0 and 365")
		}
	case TermOnAcceptance:
		if i.MilestoneID <= 0 {
			p.add("milestone_id", "error.required", "payment on acceptance needs a milestone")
		}
	case TermOnDate:
		if i.DueDate.IsZero() {
			p.add("due_date", "error.required", "payment on a date needs the date")
		}
	default:
		p.add("term", "error.term", "payment term %q: want eom_plus, net, on_acceptance or on_date", i.Term)
	}
	return p.Err()
}

// Submit records that the supplier handed the milestone over for
// acceptance at t. A rejected milestone can be submitted again.
func (m *Milestone) Submit(t time.Time) error {
	if m.State != "" && m.State != MilestonePending && m.State != MilestoneRejected {
		return Invalid("state", "error.milestone_state", "milestone %q is %s; only a pending or rejected milestone can be submitted", m.Title, m.State)
	}
	t = t.UTC()
	m.State, m.SubmittedAt, m.AcceptedAt, m.RejectReason = MilestoneSubmitted, &t, nil, ""
	return nil
}

// Accept records the client's acceptance at t of a submitted milestone.
func (m *Milestone) Accept(t time.Time) error {
	if m.State != MilestoneSubmitted {
		return Invalid("state", "error.milestone_state", "milestone %q is %s; only a submitted milestone can be accepted", m.Title, m.State)
	}
	t = t.UTC()
	m.State, m.AcceptedAt = MilestoneAccepted, &t
	return nil
}

// Reject records the client's rejection of a submitted milestone. A reason
// is required: a rejection the supplier cannot act on starts a dispute.
func (m *Milestone) Reject(reason string) error {
	if m.State != MilestoneSubmitted {
		return Invalid("state", "error.milestone_state", "milestone %q is %s; only a submitted milestone can be rejected", m.Title, m.State)
	}
	if strings.TrimSpace(reason) == "" {
		return Invalid("reason", "error.required", "say why the milestone is rejected, so the supplier can fix it")
	}
	m.State, m.RejectReason = MilestoneRejected, strings.TrimSpace(reason)
	return nil
}

// Invoice records when the supplier's invoice for the installment was
// submitted; שוטף + N and net N count from it.
func (i *Installment) Invoice(t time.Time) error {
	if i.Paid.Amount >= i.Amount.Amount {
		return Invalid("invoiced_at", "error.paid", "installment %q is already paid", i.Title)
	}
	t = t.UTC()
	i.InvoicedAt = &t
	return nil
}

// Pay records a payment of amount towards the installment.
func (i *Installment) Pay(amount Money) error {
	if amount.Currency != i.Amount.Currency {
		return Invalid("amount.currency", "error.currency", "the installment is in %s, not %s", i.Amount.Currency, amount.Currency)
	}
	if amount.Amount <= 0 {
		return Invalid("amount", "error.positive", "a payment must be positive")
	}
	if i.Paid.Amount+amount.Amount > i.Amount.Amount {
		return Invalid("amount", "error.overpaid", "payment of %s would exceed the installment (%s outstanding)",
			amount.Decimal(), Money{Amount: i.Amount.Amount - i.Paid.Amount, Currency: i.Amount.Currency}.Decimal())
	}
	i.Paid.Amount += amount.Amount
	return nil
}
