package heskem

import (
	"strings"
	"time"
)

// Meeting is a meeting between the parties and its written summary. The
// seed's trust step asks for a summary after every meeting, sent to all
// involved; Acknowledged records who confirmed it.
type Meeting struct {
	ID          int64     `json:"id"`
	AgreementID int64     `json:"agreement_id"`
	Title       string    `json:"title"`
	HeldAt      time.Time `json:"held_at"`
	Summary     string    `json:"summary"` // Markdown
	AuthorID    int64     `json:"author_id,omitempty"`
	CreatedAt   time.Time `json:"created_at"`
}

// Validate checks the meeting's invariants.
func (m *Meeting) Validate() error {
	var p Problems
	if m.AgreementID <= 0 {
		p.add("agreement_id", "error.required", "agreement is required")
	}
	if strings.TrimSpace(m.Title) == "" {
		p.add("title", "error.required", "title is required")
	}
	if m.HeldAt.IsZero() {
		p.add("held_at", "error.required", "meeting time is required")
	}
	return p.Err()
}

// ActionItem is a task decided in a meeting.
type ActionItem struct {
	ID          int64  `json:"id"`
	MeetingID   int64  `json:"meeting_id"`
	Description string `json:"description"`
	OwnerName   string `json:"owner_name"`
	DueDate     Date   `json:"due_date"`
	Done        bool   `json:"done"`
}

// Validate checks the action item's invariants.
func (a *ActionItem) Validate() error {
	var p Problems
	if a.MeetingID <= 0 {
		p.add("meeting_id", "error.required", "meeting is required")
	}
	if strings.TrimSpace(a.Description) == "" {
		p.add("description", "error.required", "description is required")
	}
	return p.Err()
}

// Side is one of the two parties of an agreement.
type Side string

// The two sides.
const (
	SideSupplier Side = "supplier"
	SideClient   Side = "client"
)

// ChangeState is where a change request stands.
type ChangeState string

// Change request states.
const (
	ChangeOpen     ChangeState = "open"
	ChangeApproved ChangeState = "approved"
	ChangeRejected ChangeState = "rejected"
)

// ChangeRequest asks to modify or add to the agreement. It takes effect
// only when both sides approve it, and then produces a new version.
type ChangeRequest struct {
	ID               int64       `json:"id"`
	AgreementID      int64       `json:"agreement_id"`
	Title            string      `json:"title"`
	Description      string      `json:"description"`
	RequestedBy      Side        `json:"requested_by"`
	PriceImpact      Money       `json:"price_impact"`
	ScheduleDays     int         `json:"schedule_impact_days"`
	State            ChangeState `json:"state"`
	SupplierApproved bool        `json:"supplier_approved"`
	ClientApproved   bool        `json:"client_approved"`
	CreatedAt        time.Time   `json:"created_at"`
}

// Validate checks the change request's invariants.
func (c *ChangeRequest) Validate() error {
	var p Problems
	if c.AgreementID <= 0 {
		p.add("agreement_id", "error.required", "agreement is required")
	}
	if strings.TrimSpace(c.Title) == "" {
		p.add("title", "error.required", "title is required")
	}
	if c.RequestedBy != SideSupplier && c.RequestedBy != SideClient {
		p.add("requested_by", "error.side", "requested by %q: want supplier or client", c.RequestedBy)
	}
	if c.PriceImpact.Currency == "" {
		c.PriceImpact.Currency = "ILS"
	}
	if !ValidCurrency(c.PriceImpact.Currency) {
		p.add("price_impact.currency", "error.currency", "unknown currency %q", c.PriceImpact.Currency)
	}
	if c.State == "" {
		c.State = ChangeOpen
	}
	if c.State == ChangeApproved && !(c.SupplierApproved && c.ClientApproved) {
		p.add("state", "error.change_both", "a change is approved only when both supplier and client approve it")
	}
	return p.Err()
}

// Approve records one side's approval and makes the request approved when
// both sides have approved.
func (c *ChangeRequest) Approve(side Side) error {
	if c.State != ChangeOpen {
		return Invalid("state", "error.change_closed", "change request is %s, not open", c.State)
	}
	switch side {
	case SideSupplier:
		c.SupplierApproved = true
	case SideClient:
		c.ClientApproved = true
	default:
		return Invalid("side", "error.side", "side %q: want supplier or client", side)
	}
	if c.SupplierApproved && c.ClientApproved {
		c.State = ChangeApproved
	}
	return nil
}

// Message is a post in an agreement's thread.
type Message struct {
	ID          int64     `json:"id"`
	AgreementID int64     `json:"agreement_id"`
	AuthorID    int64     `json:"author_id,omitempty"`
	AuthorName  string    `json:"author_name"`
	Body        string    `json:"body"`
	CreatedAt   time.Time `json:"created_at"`
}

// Validate checks the message's invariants.
func (m *Message) Validate() error {
	var p Problems
	if m.AgreementID <= 0 {
		p.add("agreement_id", "error.required", "agreement is required")
	}
	if strings.TrimSpace(m.Body) == "" {
		p.add("body", "error.required", "message is empty")
	} else if len(m.Body) > 64<<10 {
		p.add("body", "error.too_long", "message is longer than 64 KiB")
	}
	return p.Err()
}

// Contact is a representative of one party for an agreement, for one stage
// or for all of them, with a backup who is reached when the contact is away:
// the seed's "whom to turn to when someone is unavailable".
type Contact struct {
	ID          int64  `json:"id"`
	AgreementID int64  `json:"agreement_id"`
	PartyID     int64  `json:"party_id"`
	Name        string `json:"name"`
	Role        string `json:"role"`
	Email       string `json:"email"`
	Phone       string `json:"phone"`
	Stage       string `json:"stage"` // "all", "kickoff", "delivery", "acceptance", "payments", "escalation"
	BackupID    int64  `json:"backup_id,omitempty"`
	Away        bool   `json:"away"`
}

// ContactStages are the stages a contact can be responsible for.
var ContactStages = []string{"all", "kickoff", "delivery", "acceptance", "payments", "escalation"}

// Validate checks the contact's invariants: a contact nobody can reach is
// not a contact, so an email address is required.
func (c *Contact) Validate() error {
	var p Problems
	if c.AgreementID <= 0 {
		p.add("agreement_id", "error.required", "agreement is required")
	}
	if c.PartyID <= 0 {
		p.add("party_id", "error.required", "party is required")
	}
	if strings.TrimSpace(c.Name) == "" {
		p.add("name", "error.required", "name is required")
	}
	if err := validEmail(&c.Email); err != nil {
		p.add("email", "error.email", "%v", err)
	}
	if c.Stage == "" {
		c.Stage = "all"
	}
	if !contains(ContactStages, c.Stage) {
		p.add("stage", "error.stage", "stage %q: want one of %s", c.Stage, strings.Join(ContactStages, ", "))
	}
	if c.BackupID != 0 && c.BackupID == c.ID {
		p.add("backup_id", "error.backup_self", "a contact cannot be their own backup")
	}
	return p.Err()
}
