package heskem

import (
	"encoding/json"
	"strings"
	"time"
)

// Review is a stored evaluation report of a document, optionally attached
// to an agreement. The report itself is kept as the exact JSON the engine
// produced (schema heskem.review/v1), so a stored review can be shown and
// exported again without re-running the engine, and old reports stay as
// they were when a newer engine would judge differently.
type Review struct {
	ID           int64           `json:"id"`
	OrgID        int64           `json:"org_id"`
	AgreementID  int64           `json:"agreement_id,omitempty"`
	DocumentName string          `json:"document_name"`
	Language     string          `json:"language"`
	SHA256       string          `json:"sha256"`
	Score        int             `json:"score"`
	Verdict      string          `json:"verdict"`
	Report       json.RawMessage `json:"report"`
	CreatedBy    int64           `json:"created_by,omitempty"`
	CreatedAt    time.Time       `json:"created_at"`
}

// Validate checks the review's invariants.
func (r *Review) Validate() error {
	var p Problems
	if r.OrgID <= 0 {
		p.add("org_id", "error.required", "organization is required")
	}
	if strings.TrimSpace(r.DocumentName) == "" {
		p.add("document_name", "error.required", "document name is required")
	}
	if r.Score < 0 || r.Score > 100 {
		p.add("score", "error.score", "score %d is outside 0–100", r.Score)
	}
	if !contains([]string{"ready", "needs_work", "not_ready"}, r.Verdict) {
		p.add("verdict", "error.verdict", "verdict %q: want ready, needs_work or not_ready", r.Verdict)
	}
	if len(r.Report) == 0 || !json.Valid(r.Report) {
		p.add("report", "error.json", "report is not valid JSON")
	}
	return p.Err()
}
