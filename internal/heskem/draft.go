package heskem

import (
	"strings"
	"time"
)

// Draft is an agreement being written in the four-step wizard: its
// agreement-as-data text (the documented YAML format) and the language it is
// written in. Like an agreement, it carries a revision so two people editing
// the same draft never silently overwrite each other.
type Draft struct {
	ID          int64     `json:"id"`
	OrgID       int64     `json:"org_id"`
	Title       string    `json:"title"`
	Language    string    `json:"language"`
	YAML        string    `json:"yaml"`
	AgreementID int64     `json:"agreement_id,omitempty"` // set once saved as an agreement of the workspace
	Revision    int64     `json:"revision"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

// MaxDraftBytes bounds a draft's text.
const MaxDraftBytes = 512 << 10

// Validate checks the draft's invariants. The text itself is validated by
// the agreement format, with line numbers, when it is built.
func (d *Draft) Validate() error {
	var p Problems
	if d.OrgID <= 0 {
		p.add("org_id", "error.required", "organization is required")
	}
	d.Title = strings.TrimSpace(d.Title)
	if d.Title == "" {
		p.add("title", "error.required", "title is required")
	}
	if !ValidLanguage(d.Language) {
		p.add("language", "error.language", "language %q: want he or en", d.Language)
	}
	if len(d.YAML) > MaxDraftBytes {
		p.add("yaml", "error.too_long", "the draft is larger than %d KiB", MaxDraftBytes>>10)
	}
	return p.Err()
}
