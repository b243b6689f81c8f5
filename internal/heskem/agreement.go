package heskem

import (
	"strings"
	"time"
)

// Status is where an agreement is in its life.
type Status string

// Agreement statuses. The life of an agreement is
// draft → in_review → agreed → active → completed or terminated, with a way
// back from review to draft when the counterparty asks for changes.
const (
	StatusDraft      Status = "draft"
	StatusInReview   Status = "in_review"
	StatusAgreed     Status = "agreed"
	StatusActive     Status = "active"
	StatusCompleted  Status = "completed"
	StatusTerminated Status = "terminated"
)

// transitions lists the allowed status changes. Completed and terminated
// are final: a finished agreement is a record, and a new engagement is a new
// agreement.
var transitions = map[Status][]Status{
	StatusDraft:    {StatusInReview, StatusTerminated},
	StatusInReview: {StatusDraft, StatusAgreed, StatusTerminated},
	StatusAgreed:   {StatusActive, StatusTerminated},
	StatusActive:   {StatusCompleted, StatusTerminated},
}

// Valid reports whether s is a known status.
func (s Status) Valid() bool {
	switch s {
	case StatusDraft, StatusInReview, StatusAgreed, StatusActive, StatusCompleted, StatusTerminated:
		return true
	}
	return false
}

// CanBecome reports whether an agreement in status s may move to next.
func (s Status) CanBecome(next Status) bool {
	for _, t := range transitions[s] {
		if t == next {
			return true
		}
	}
	return false
}

// Editable reports whether the agreement's terms may still be edited in
// place. After agreement, terms change only through a change request that
// produces a new version.
func (s Status) Editable() bool { return s == StatusDraft || s == StatusInReview }

// Agreement is a service agreement between a supplier and a client.
//
// Revision implements optimistic concurrency: every update must name the
// revision it was based on, and the store rejects it with ECONFLICT when
// someone else saved in between, so two editors never silently overwrite
// each other.
type Agreement struct {
	ID         int64     `json:"id"`
	OrgID      int64     `json:"org_id"`
	Title      string    `json:"title"`
	Language   string    `json:"language"` // "he" or "en"
	Status     Status    `json:"status"`
	SupplierID int64     `json:"supplier_id"`
	ClientID   int64     `json:"client_id"`
	StartDate  Date      `json:"start_date"`
	EndDate    Date      `json:"end_date"`
	Value      Money     `json:"value"` // total contract value before VAT
	OwnerID    int64     `json:"owner_id,omitempty"`
	Policy     string    `json:"business_day_policy"` // business-day definition the agreement uses
	PayerType  string    `json:"payer_type"`          // client's category under the Payment to Suppliers Law: sets the longest payment term
	Renewal    Renewal   `json:"renewal"`             // automatic renewal at the end date, if any
	Revision   int64     `json:"revision"`
	CreatedAt  time.Time `json:"created_at"`
	UpdatedAt  time.Time `json:"updated_at"`
}

// BusinessDayPolicies are the business-day definitions an agreement can
// choose; the calendar package implements them.
var BusinessDayPolicies = []string{"israel", "tender", "international"}

// Renewal is an agreement's automatic renewal: at the end of each period
// it runs for Months more unless a party gave notice by NoticeCount
// NoticeUnit before that end. Months 0 means the agreement simply ends on
// its end date.
type Renewal struct {
	Months      int    `json:"months,omitempty"`
	NoticeCount int    `json:"notice_count,omitempty"`
	NoticeUnit  string `json:"notice_unit,omitempty"` // days, business_days, weeks or months
}

// NoticeUnits are the units a renewal notice can be given in.
var NoticeUnits = []string{"days", "business_days", "weeks", "months"}

// PayerTypes are the client categories of the Payment to Suppliers Law
// (the same names as the agreement-as-data format's payer_type). A
// business is the law's default case and the default here.
var PayerTypes = []string{"business", "state", "public_body", "local_authority", "consumer"}

// Validate checks the agreement's invariants and fills defaults.
func (a *Agreement) Validate() error {
	var p Problems
	if a.OrgID <= 0 {
		p.add("org_id", "error.required", "organization is required")
	}
	a.Title = strings.TrimSpace(a.Title)
	if a.Title == "" {
		p.add("title", "error.required", "title is required")
	} else if len([]rune(a.Title)) > 300 {
		p.add("title", "error.too_long", "title is longer than 300 characters")
	}
	if a.Language == "" {
		a.Language = "he"
	}
	if !ValidLanguage(a.Language) {
		p.add("language", "error.language", "language %q: want he or en", a.Language)
	}
	if a.Status == "" {
		a.Status = StatusDraft
	}
	if !a.Status.Valid() {
		p.add("status", "error.status", "unknown status %q", a.Status)
	}
	if a.SupplierID <= 0 {
		p.add("supplier_id", "error.required", "supplier is required")
	}
	if a.ClientID <= 0 {
		p.add("client_id", "error.required", "client is required")
	}
	if a.SupplierID > 0 && a.SupplierID == a.ClientID {
		p.add("client_id", "error.same_party", "supplier and client must be different parties")
	}
	if !a.StartDate.IsZero() && !a.EndDate.IsZero() && a.EndDate.Before(a.StartDate) {
		p.add("end_date", "error.end_before_start", "end date %s is before start date %s", a.EndDate.Israeli(), a.StartDate.Israeli())
	}
	if a.Value.Currency == "" {
		a.Value.Currency = "ILS"
	}
	if err := a.Value.Validate("value"); err != nil {
		p = append(p, err.(*Error))
	}
	if a.Policy == "" {
		a.Policy = "israel"
	}
	if !contains(BusinessDayPolicies, a.Policy) {
		p.add("business_day_policy", "error.policy", "business-day policy %q: want israel, tender or international", a.Policy)
	}
	if a.PayerType == "" {
		a.PayerType = "business"
	}
	if !contains(PayerTypes, a.PayerType) {
		p.add("payer_type", "error.payer_type", "payer type %q: want one of %s", a.PayerType, strings.Join(PayerTypes, ", "))
	}
	r := &a.Renewal
	switch {
	case r.Months < 0 || r.Months > 120:
		p.add("renewal.months", "error.renewal", "renewal of %d months: want 0 (no automatic renewal) to 120", r.Months)
	case r.Months > 0 && a.EndDate.IsZero():
		p.add("renewal.months", "error.renewal", "an agreement that renews needs an end date for its first period")
	}
	if r.NoticeCount > 0 && r.NoticeUnit == "" {
		r.NoticeUnit = "days"
	}
	if r.NoticeCount < 0 || r.NoticeCount > 3650 {
		p.add("renewal.notice_count", "error.renewal", "renewal notice of %d: want 0 to 3650", r.NoticeCount)
	}
	if r.NoticeUnit != "" && !contains(NoticeUnits, r.NoticeUnit) {
		p.add("renewal.notice_unit", "error.renewal", "renewal notice unit %q: want one of %s", r.NoticeUnit, strings.Join(NoticeUnits, ", "))
	}
	return p.Err()
}

// Transition moves the agreement to next, or explains why it cannot.
func (a *Agreement) Transition(next Status) error {
	if !next.Valid() {
		return Invalid("status", "error.status", "unknown status %q", next)
	}
	if !a.Status.CanBecome(next) {
		return Invalid("status", "error.transition", "an agreement cannot go from %s to %s", a.Status, next)
	}
	a.Status = next
	return nil
}

// AgreementFilter selects agreements in a list.
type AgreementFilter struct {
	OrgID   int64
	Status  Status // "" for any
	PartyID int64  // supplier or client; 0 for any
	OwnerID int64  // 0 for any
	Limit   int    // 0 for the default page size
	Offset  int
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
