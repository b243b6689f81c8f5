package heskem

import (
	"context"
	"strings"
	"time"
)

// NotificationStatus is where an outgoing email stands.
type NotificationStatus string

// Notification statuses. A message moves queued → sending → sent on an SMTP
// server, or straight to outbox when no server is configured; failed is
// final. Sending is recorded before the message is handed to the server, so
// a row found in sending after a crash says "the outcome is unknown", which
// is what keeps a retry from sending it twice.
const (
	NotificationQueued  NotificationStatus = "queued"  // waiting for a (further) delivery attempt
	NotificationSending NotificationStatus = "sending" // being handed to the SMTP server
	NotificationSent    NotificationStatus = "sent"    // the SMTP server accepted it
	NotificationOutbox  NotificationStatus = "outbox"  // kept in the local outbox: no SMTP server is configured
	NotificationFailed  NotificationStatus = "failed"  // given up; LastError says why
)

// Valid reports whether s is a known status.
func (s NotificationStatus) Valid() bool {
	switch s {
	case NotificationQueued, NotificationSending, NotificationSent, NotificationOutbox, NotificationFailed:
		return true
	}
	return false
}

// Done reports whether the message has reached its reader's side: sent, or
// stored in the outbox the workspace shows.
func (s NotificationStatus) Done() bool { return s == NotificationSent || s == NotificationOutbox }

// Notification is one email Heskem sends (a reminder or a daily digest),
// kept as a record of who was told what and when. Its DedupeKey names the
// occasion (this reminder, about this item, for this contact) and is unique
// per organization: the database itself refuses a second message for the
// same occasion, whatever the job system does.
type Notification struct {
	ID        int64              `json:"id"`
	OrgID     int64              `json:"org_id"`
	DedupeKey string             `json:"dedupe_key"`
	Kind      string             `json:"kind"` // e.g. "reminder.overdue", "digest"
	Recipient string             `json:"recipient"`
	Cc        []string           `json:"cc,omitempty"`
	Subject   string             `json:"subject"`
	BodyText  string             `json:"body_text"`
	BodyHTML  string             `json:"body_html"`
	Lang      string             `json:"lang"`
	Status    NotificationStatus `json:"status"`
	Attempts  int                `json:"attempts"`
	LastError string             `json:"last_error,omitempty"`
	// Claim names the delivery attempt that set status sending (e.g. the
	// job's ID), so that a retry of the same job can tell its own
	// interrupted attempt from another one's delivery still in progress.
	Claim         string     `json:"claim,omitempty"`
	AgreementID   int64      `json:"agreement_id,omitempty"`
	MilestoneID   int64      `json:"milestone_id,omitempty"`
	InstallmentID int64      `json:"installment_id,omitempty"`
	CreatedAt     time.Time  `json:"created_at"`
	UpdatedAt     time.Time  `json:"updated_at"`
	SentAt        *time.Time `json:"sent_at,omitempty"` // when it was sent or put in the outbox
}

// maxDedupeKey bounds the key so it fits an index comfortably.
const maxDedupeKey = 200

// Validate checks the notification's invariants and normalizes addresses.
func (n *Notification) Validate() error {
	var p Problems
	if n.OrgID <= 0 {
		p.add("org_id", "error.required", "organization is required")
	}
	n.DedupeKey = strings.TrimSpace(n.DedupeKey)
	if n.DedupeKey == "" {
		p.add("dedupe_key", "error.required", "dedupe key is required")
	} else if len(n.DedupeKey) > maxDedupeKey {
		p.add("dedupe_key", "error.too_long", "dedupe key is longer than %d bytes", maxDedupeKey)
	}
	if strings.TrimSpace(n.Kind) == "" {
		p.add("kind", "error.required", "kind is required")
	}
	if err := validEmail(&n.Recipient); err != nil {
		p.add("recipient", "error.email", "%v", err)
	}
	for i := range n.Cc {
		if err := validEmail(&n.Cc[i]); err != nil {
			p.add("cc", "error.email", "%v", err)
		}
	}
	if strings.TrimSpace(n.Subject) == "" {
		p.add("subject", "error.required", "subject is required")
	} else if strings.ContainsAny(n.Subject, "\r\n") {
		p.add("subject", "error.subject_line", "subject must be one line")
	}
	if strings.TrimSpace(n.BodyText) == "" {
		p.add("body_text", "error.required", "text body is required")
	}
	if n.Lang == "" {
		n.Lang = "he"
	}
	if !ValidLanguage(n.Lang) {
		p.add("lang", "error.language", "language %q: want he or en", n.Lang)
	}
	if n.Status == "" {
		n.Status = NotificationQueued
	}
	if !n.Status.Valid() {
		p.add("status", "error.status", "unknown notification status %q", n.Status)
	}
	if n.Attempts < 0 {
		p.add("attempts", "error.positive", "attempts must not be negative")
	}
	if (n.MilestoneID != 0 || n.InstallmentID != 0) && n.AgreementID == 0 {
		p.add("agreement_id", "error.required", "a milestone or payment notification names its agreement")
	}
	return p.Err()
}

// NotificationFilter selects notifications in a list.
type NotificationFilter struct {
	OrgID       int64
	Status      NotificationStatus // "" for any
	AgreementID int64              // 0 for any
	Limit       int                // 0 for the default page size
	Offset      int
}

// NotificationStore holds sent and pending emails.
type NotificationStore interface {
	// CreateNotification stores n and sets its ID and times. A second
	// notification with the same organization and DedupeKey is ECONFLICT.
	CreateNotification(ctx context.Context, n *Notification) error
	// NotificationByKey returns the organization's notification with key,
	// or ENOTFOUND.
	NotificationByKey(ctx context.Context, orgID int64, key string) (*Notification, error)
	// UpdateNotification saves n's status, attempts, last error and content,
	// but only while the stored status is still from: ECONFLICT otherwise,
	// so two workers can never both claim one message. SentAt is set when
	// the status becomes sent or outbox.
	UpdateNotification(ctx context.Context, n *Notification, from NotificationStatus) error
	// Notifications lists the filter's notifications, newest first.
	Notifications(ctx context.Context, f NotificationFilter) ([]Notification, error)
}
