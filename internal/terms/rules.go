package terms

import (
	_ "embed"
	"fmt"
)

// The tables shipped with the package. They are read-only bytes; New parses
// them into a fresh Rules each time.
var (
	//go:embed vat_rates.json
	vatRatesJSON []byte
	//go:embed statutory_interest.json
	statutoryInterestJSON []byte
	//go:embed payment_law.json
	paymentLawJSON []byte
)

// Rules holds the dated tables the computations that depend on time need:
// VAT rates, statutory arrears interest rates and the Payment to Suppliers
// Law's limits. It is immutable once built and safe for concurrent use.
type Rules struct {
	vat       RateTable
	statutory RateTable
	law       paymentLaw
}

// Tables lets an operator or a test replace a shipped table with its own
// JSON in the same format; a nil field keeps the shipped table.
type Tables struct {
	VATRates          []byte
	StatutoryInterest []byte
	PaymentLaw        []byte
}

// New loads the tables shipped with the package.
func New() (*Rules, error) { return NewWithTables(Tables{}) }

// NewWithTables loads the given tables, falling back to the shipped ones for
// nil fields.
func NewWithTables(t Tables) (*Rules, error) {
	pick := func(b, def []byte) []byte {
		if b != nil {
			return b
		}
		return def
	}
	vat, err := ParseRateTable("VAT rates", pick(t.VATRates, vatRatesJSON))
	if err != nil {
		return nil, fmt.Errorf("load terms rules: %w", err)
	}
	statutory, err := ParseRateTable("statutory interest", pick(t.StatutoryInterest, statutoryInterestJSON))
	if err != nil {
		return nil, fmt.Errorf("load terms rules: %w", err)
	}
	law, err := parsePaymentLaw(pick(t.PaymentLaw, paymentLawJSON))
	if err != nil {
		return nil, fmt.Errorf("load terms rules: %w", err)
	}
	return &Rules{vat: vat, statutory: statutory, law: law}, nil
}

// StatutoryRates returns the statutory arrears interest table's entries.
func (r *Rules) StatutoryRates() []RateEntry { return r.statutory.Entries() }

// VATRates returns the VAT table's entries.
func (r *Rules) VATRates() []RateEntry { return r.vat.Entries() }
