package heskem

import (
	"net/mail"
	"strings"
	"time"
)

// Organization is a workspace: a supplier's or client's company that owns
// parties and agreements. Every query is scoped by organization.
type Organization struct {
	ID        int64     `json:"id"`
	Name      string    `json:"name"`
	TimeZone  string    `json:"time_zone"` // IANA name; times are shown in it (default Asia/Jerusalem)
	CreatedAt time.Time `json:"created_at"`
}

// Validate checks the organization's invariants.
func (o *Organization) Validate() error {
	var p Problems
	if strings.TrimSpace(o.Name) == "" {
		p.add("name", "error.required", "organization name is required")
	}
	if o.TimeZone == "" {
		o.TimeZone = "Asia/Jerusalem"
	}
	if _, err := time.LoadLocation(o.TimeZone); err != nil {
		p.add("time_zone", "error.time_zone", "unknown time zone %q (use an IANA name such as Asia/Jerusalem)", o.TimeZone)
	}
	return p.Err()
}

// Role is what a user may do in an organization.
type Role string

// Roles, from most to least powerful.
const (
	RoleOwner  Role = "owner"  // manages users and settings
	RoleMember Role = "member" // edits agreements
	RoleViewer Role = "viewer" // reads only
	RoleGuest  Role = "guest"  // a counterparty user who sees only agreements shared with them
)

// User is a person who signs in.
type User struct {
	ID        int64     `json:"id"`
	OrgID     int64     `json:"org_id"`
	Email     string    `json:"email"`
	Name      string    `json:"name"`
	Role      Role      `json:"role"`
	Lang      string    `json:"lang"` // "he" or "en"
	CreatedAt time.Time `json:"created_at"`
}

// Validate checks the user's invariants and normalizes the email address.
func (u *User) Validate() error {
	var p Problems
	if u.OrgID <= 0 {
		p.add("org_id", "error.required", "organization is required")
	}
	if err := validEmail(&u.Email); err != nil {
		p.add("email", "error.email", "%v", err)
	}
	if strings.TrimSpace(u.Name) == "" {
		p.add("name", "error.required", "name is required")
	}
	switch u.Role {
	case RoleOwner, RoleMember, RoleViewer, RoleGuest:
	default:
		p.add("role", "error.role", "role %q: want owner, member, viewer or guest", u.Role)
	}
	if u.Lang == "" {
		u.Lang = "he"
	}
	if !ValidLanguage(u.Lang) {
		p.add("lang", "error.language", "language %q: want he or en", u.Lang)
	}
	return p.Err()
}

// validEmail normalizes *s to a bare lower-case address and reports a
// readable error when it is not one.
func validEmail(s *string) error {
	a, err := mail.ParseAddress(strings.TrimSpace(*s))
	if err != nil || !strings.Contains(a.Address, ".") {
		return Errorf(EINVALID, "%q is not an email address", *s)
	}
	*s = strings.ToLower(a.Address)
	return nil
}

// ValidLanguage reports whether lang is a language Heskem writes agreements in.
func ValidLanguage(lang string) bool { return lang == "he" || lang == "en" }
