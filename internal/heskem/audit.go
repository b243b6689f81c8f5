package heskem

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
)

// AuditEvent records who did what, when. Events are append-only and
// chained: each carries the hash of the organization's previous event, so
// removing or editing one breaks every hash after it and Verify finds it.
type AuditEvent struct {
	ID          int64     `json:"id"`
	OrgID       int64     `json:"org_id"`
	Seq         int64     `json:"seq"` // 1, 2, … per organization, gap-free
	AgreementID int64     `json:"agreement_id,omitempty"`
	ActorID     int64     `json:"actor_id,omitempty"`
	Actor       string    `json:"actor"`  // a name or "system"
	Action      string    `json:"action"` // e.g. "agreement.create"
	Detail      string    `json:"detail"` // JSON or short text
	At          time.Time `json:"at"`
	PrevHash    string    `json:"prev_hash"`
	Hash        string    `json:"hash"`
}

// Validate checks the event's invariants.
func (e *AuditEvent) Validate() error {
	var p Problems
	if e.OrgID <= 0 {
		p.add("org_id", "error.required", "organization is required")
	}
	if strings.TrimSpace(e.Action) == "" {
		p.add("action", "error.required", "action is required")
	}
	if e.Actor == "" {
		e.Actor = "system"
	}
	return p.Err()
}

// ComputeHash returns the event's chain hash from its content and PrevHash.
// Fields are joined with a separator that cannot occur in the decimal and
// hex fields, and the free-text fields are length-prefixed.
func (e *AuditEvent) ComputeHash() string {
	h := sha256.New()
	for _, f := range []string{
		e.PrevHash,
		strconv.FormatInt(e.OrgID, 10),
		strconv.FormatInt(e.Seq, 10),
		strconv.FormatInt(e.AgreementID, 10),
		strconv.FormatInt(e.ActorID, 10),
		e.At.UTC().Format(time.RFC3339Nano),
		e.Actor, e.Action, e.Detail,
	} {
		h.Write([]byte(strconv.Itoa(len(f))))
		h.Write([]byte{':'})
		h.Write([]byte(f))
		h.Write([]byte{'|'})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// VerifyChain checks that events (one organization's, in Seq order from 1)
// form an unbroken chain. It returns the Seq of the first bad event, or 0.
func VerifyChain(events []AuditEvent) int64 {
	prev := ""
	for i, e := range events {
		if e.Seq != int64(i+1) || e.PrevHash != prev || e.ComputeHash() != e.Hash {
			if e.Seq == 0 {
				return int64(i + 1)
			}
			return e.Seq
		}
		prev = e.Hash
	}
	return 0
}
