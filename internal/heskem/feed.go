package heskem

import (
	"strings"
	"time"
)

// CalendarFeed is a secret iCalendar URL: of one agreement, of everything an
// owner is responsible for, or of the whole workspace. Only a hash of the
// token is stored, so a database leak does not leak the feeds, and a feed
// is revoked rather than deleted so its history stays in the audit trail.
type CalendarFeed struct {
	ID          int64      `json:"id"`
	OrgID       int64      `json:"org_id"`
	AgreementID int64      `json:"agreement_id,omitempty"` // one agreement; 0 for many
	OwnerID     int64      `json:"owner_id,omitempty"`     // agreements this user owns; 0 for all
	Label       string     `json:"label"`
	TokenHash   string     `json:"-"`
	CreatedAt   time.Time  `json:"created_at"`
	RevokedAt   *time.Time `json:"revoked_at,omitempty"`
}

// Validate checks the feed's invariants.
func (f *CalendarFeed) Validate() error {
	var p Problems
	if f.OrgID <= 0 {
		p.add("org_id", "error.required", "organization is required")
	}
	if len(f.TokenHash) != 64 {
		p.add("token", "error.token", "feed token hash must be a hex SHA-256")
	}
	f.Label = strings.TrimSpace(f.Label)
	if len([]rune(f.Label)) > 200 {
		p.add("label", "error.too_long", "label is longer than 200 characters")
	}
	return p.Err()
}
