package heskem

import (
	"strings"
	"time"
)

// IDKind says which Israeli register a party's number comes from.
type IDKind string

// Kinds of identifying numbers.
const (
	IDCompany    IDKind = "company"    // ח.פ. — Registrar of Companies (also partnerships, associations)
	IDDealer     IDKind = "dealer"     // ע.מ. — VAT-registered dealer; for individuals it is their ת.ז.
	IDIndividual IDKind = "individual" // ת.ז. — identity number
	IDForeign    IDKind = "foreign"    // a registration number outside Israel; not check-digit validated
)

// Party is a legal person that signs agreements: a supplier or a client.
// The role is per agreement (the same company can be a client in one and a
// supplier in another), so it lives on the agreement, not here.
type Party struct {
	ID        int64     `json:"id"`
	OrgID     int64     `json:"org_id"`
	LegalName string    `json:"legal_name"`
	IDKind    IDKind    `json:"id_kind"`
	IDNumber  string    `json:"id_number"` // normalized to nine digits for Israeli kinds
	Address   string    `json:"address"`
	CreatedAt time.Time `json:"created_at"`
}

// Validate checks the party's invariants. Israeli numbers must pass the
// check digit: a mistyped company number on a signed agreement is a real
// problem when the agreement has to be enforced.
func (p *Party) Validate() error {
	var ps Problems
	if p.OrgID <= 0 {
		ps.add("org_id", "error.required", "organization is required")
	}
	p.LegalName = strings.TrimSpace(p.LegalName)
	if p.LegalName == "" {
		ps.add("legal_name", "error.required", "legal name is required")
	}
	switch p.IDKind {
	case IDCompany, IDDealer, IDIndividual:
		n := NormalizeIsraeliID(p.IDNumber)
		if !ValidIsraeliID(n) {
			ps.add("id_number", "error.id_number_check_digit",
				"%q is not a valid Israeli %s number (nine digits with a correct check digit)", p.IDNumber, p.IDKind)
		} else {
			p.IDNumber = n
		}
	case IDForeign:
		if strings.TrimSpace(p.IDNumber) == "" {
			ps.add("id_number", "error.required", "registration number is required")
		}
	default:
		ps.add("id_kind", "error.id_kind", "id kind %q: want company, dealer, individual or foreign", p.IDKind)
	}
	return ps.Err()
}
