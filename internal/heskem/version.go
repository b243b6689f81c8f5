package heskem

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"time"
)

// Version is an immutable snapshot of an agreement's terms: the structured
// data, the rendered text and the SHA-256 of both. What the parties approve
// and sign is a version, identified by its hash, so that "the agreement we
// signed" is never ambiguous. Versions are never updated or deleted.
type Version struct {
	ID          int64           `json:"id"`
	AgreementID int64           `json:"agreement_id"`
	Number      int             `json:"number"` // 1, 2, … per agreement
	Data        json.RawMessage `json:"data"`   // agreement-as-data, canonical JSON
	Text        string          `json:"text"`   // the rendered agreement text
	SHA256      string          `json:"sha256"`
	Note        string          `json:"note"`
	CreatedBy   int64           `json:"created_by,omitempty"`
	CreatedAt   time.Time       `json:"created_at"`
}

// VersionHash returns the hex SHA-256 over the data and the text, each
// length-prefixed so that moving bytes between them changes the hash.
func VersionHash(data []byte, text string) string {
	h := sha256.New()
	var n [8]byte
	for _, part := range [][]byte{data, []byte(text)} {
		l := uint64(len(part))
		for i := range n {
			n[i] = byte(l >> (56 - 8*i))
		}
		h.Write(n[:])
		h.Write(part)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Seal validates the version and computes its hash. Data must be valid JSON.
func (v *Version) Seal() error {
	var p Problems
	if v.AgreementID <= 0 {
		p.add("agreement_id", "error.required", "agreement is required")
	}
	if len(v.Data) == 0 {
		v.Data = json.RawMessage("{}")
	}
	if !json.Valid(v.Data) {
		p.add("data", "error.json", "version data is not valid JSON")
	}
	if err := p.Err(); err != nil {
		return err
	}
	v.SHA256 = VersionHash(v.Data, v.Text)
	return nil
}

// Verify reports whether the stored hash matches the content.
func (v *Version) Verify() bool { return v.SHA256 == VersionHash(v.Data, v.Text) }
