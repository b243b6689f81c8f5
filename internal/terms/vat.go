package terms

import (
	"fmt"
	"math/big"
	"time"
)

// VATAmounts splits a VAT-inclusive amount into its parts; Net + VAT = Gross
// exactly.
type VATAmounts struct {
	Net, VAT, Gross Money
	// Rate is the table entry applied, with its source.
	Rate RateEntry
}

// VATRate is the VAT rate in force for a transaction whose tax point (מועד
// החיוב במס) is date. The rate follows the tax point, not the contract date
// (Tax Authority guidance 01/2025).
func (r *Rules) VATRate(date time.Time) (RateEntry, error) {
	e, err := r.vat.At(date)
	if err != nil {
		return RateEntry{}, fmt.Errorf("VAT rate: %w", err)
	}
	return e, nil
}

// AddVAT adds VAT at the rate for date to a net amount: VAT = net × rate,
// rounded half away from zero to the minor unit.
func (r *Rules) AddVAT(net Money, date time.Time) (VATAmounts, error) {
	if err := ValidateCurrency("currency", net.Currency); err != nil {
		return VATAmounts{}, err
	}
	rate, err := r.VATRate(date)
	if err != nil {
		return VATAmounts{}, err
	}
	vat, err := roundRat(percentOf(new(big.Rat).SetInt64(net.Amount), rate.RatePercent))
	if err != nil {
		return VATAmounts{}, fmt.Errorf("add VAT: %w", err)
	}
	gross, ok := addInt64(net.Amount, vat)
	if !ok {
		return VATAmounts{}, fmt.Errorf("add VAT: gross amount overflows")
	}
	return VATAmounts{
		Net:   net,
		VAT:   Money{Amount: vat, Currency: net.Currency},
		Gross: Money{Amount: gross, Currency: net.Currency},
		Rate:  rate,
	}, nil
}

// SplitVAT splits a VAT-inclusive amount: VAT = gross × rate / (100 + rate)
// (18/118 of the gross at 18%), rounded half away from zero, and net = gross −
// VAT, so that the parts always add up to what was paid.
func (r *Rules) SplitVAT(gross Money, date time.Time) (VATAmounts, error) {
	if err := ValidateCurrency("currency", gross.Currency); err != nil {
		return VATAmounts{}, err
	}
	rate, err := r.VATRate(date)
	if err != nil {
		return VATAmounts{}, err
	}
	rr := rate.RatePercent.Rat()
	share := new(big.Rat).Quo(rr, new(big.Rat).Add(rr, big.NewRat(100, 1)))
	vat, err := roundRat(share.Mul(share, new(big.Rat).SetInt64(gross.Amount)))
	if err != nil {
		return VATAmounts{}, fmt.Errorf("split VAT: %w", err)
	}
	return VATAmounts{
		Net:   Money{Amount: gross.Amount - vat, Currency: gross.Currency},
		VAT:   Money{Amount: vat, Currency: gross.Currency},
		Gross: gross,
		Rate:  rate,
	}, nil
}

// addInt64 adds without silent overflow.
func addInt64(a, b int64) (int64, bool) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, false
	}
	return s, true
}
