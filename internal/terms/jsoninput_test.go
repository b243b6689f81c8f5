package terms

import (
	"errors"
	"strings"
	"testing"
)

const goodPenaltyJSON = `{
  "value": "100000.00", "currency": "ILS", "rate_percent": "0.5",
  "period": {"count": 1, "unit": "weeks"}, "partial_period": "prorate",
  "cap_percent": "10", "terminate_after": {"count": 30, "unit": "calendar_days"},
  "due": "2026-03-01", "delivered": "2026-03-13",
  "force_majeure": [{"from": "2026-03-03", "to": "2026-03-04"}],
  "policy": "israel", "clause": "7.2"
}`

func TestDecodePenaltyCase(t *testing.T) {
	c, err := DecodePenaltyCase(strings.NewReader(goodPenaltyJSON))
	if err != nil {
		t.Fatal(err)
	}
	p := c.Penalty
	if p.Value != ils(10_000_000) || p.RatePercent.String() != "0.5" || p.Period != (Period{Count: 1, Unit: UnitWeeks}) ||
		p.Partial != PartialProrate || p.CapPercent.String() != "10" || *p.TerminateAfter != (Period{Count: 30, Unit: UnitCalendarDays}) ||
		p.Clause != "7.2" || c.Policy != "israel" || len(c.Delay.ForceMajeure) != 1 || !c.Delay.Due.Equal(day(t, "2026-03-01")) {
		t.Errorf("decoded %+v", c)
	}
	// Numbers are accepted for decimals, and partial_period defaults to full.
	c, err = DecodePenaltyCase(strings.NewReader(`{"currency":"USD","fixed_amount":250.5,"period":{"count":2,"unit":"business_days"},"due":"2026-03-01","delivered":"2026-03-02"}`))
	if err != nil {
		t.Fatal(err)
	}
	if c.Penalty.Fixed == nil || *c.Penalty.Fixed != (Money{Amount: 25_050, Currency: "USD"}) || c.Penalty.Partial != PartialFull || !c.NeedsBusinessDays() {
		t.Errorf("decoded %+v", c)
	}
}

func TestDecodePenaltyCaseErrors(t *testing.T) {
	edit := func(old, repl string) string {
		if !strings.Contains(goodPenaltyJSON, old) {
			t.Fatalf("test edit %q does not apply", old)
		}
		return strings.Replace(goodPenaltyJSON, old, repl, 1)
	}
	tests := []struct {
		name, json, field string
	}{
		{"empty", "  ", "input"},
		{"truncated", `{"value": "1"`, "input"},
		{"syntax", `{"value": "1",, }`, "input"},
		{"not an object", `[1, 2]`, "input"},
		{"trailing data", goodPenaltyJSON + ` {}`, "input"},
		{"unknown field", edit(`"clause"`, `"clouse"`), "clouse"},
		{"bad date", edit(`"2026-03-01"`, `"2026-13-01"`), "due"},
		{"day-first date", edit(`"2026-03-01"`, `"1.3.2026"`), "due"},
		{"missing delivered", edit(`"delivered": "2026-03-13",`, ``), "delivered"},
		{"negative value", edit(`"100000.00"`, `"-5"`), "value"},
		{"negative number value", edit(`"100000.00"`, `-5`), "value"},
		{"value with exponent", edit(`"100000.00"`, `1e9`), "value"},
		{"value as bool", edit(`"100000.00"`, `true`), "value"},
		{"too many decimals", edit(`"100000.00"`, `"100000.001"`), "value"},
		{"missing currency", edit(`"currency": "ILS",`, ``), "currency"},
		{"lower-case currency", edit(`"ILS"`, `"ils"`), "currency"},
		{"rate and fixed", edit(`"rate_percent": "0.5"`, `"rate_percent": "0.5", "fixed_amount": "10"`), "fixed_amount"},
		{"neither rate nor fixed", edit(`"rate_percent": "0.5",`, ``), "rate_percent"},
		{"rate without value", edit(`"value": "100000.00",`, ``), "value"},
		{"unknown unit", edit(`"weeks"`, `"months"`), "period.unit"},
		{"count as string", edit(`"count": 1,`, `"count": "1",`), "period.count"},
		{"fractional count", edit(`"count": 1,`, `"count": 1.5,`), "period.count"},
		{"zero count", edit(`"count": 1,`, `"count": 0,`), "period.count"},
		{"missing period", edit(`"period": {"count": 1, "unit": "weeks"},`, ``), "period"},
		{"bad partial", edit(`"prorate"`, `"rounded"`), "partial_period"},
		{"negative cap", edit(`"cap_percent": "10"`, `"cap_percent": "-10"`), "cap_percent"},
		{"bad terminate unit", edit(`"calendar_days"}`, `"days"}`), "terminate_after.unit"},
		{"pause backwards", edit(`"to": "2026-03-04"`, `"to": "2026-03-02"`), "force_majeure[0].to"},
		{"pause without to", edit(`, "to": "2026-03-04"`, ``), "force_majeure[0].to"},
		{"pause date as number", edit(`"from": "2026-03-03"`, `"from": 20260303`), "force_majeure.from"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodePenaltyCase(strings.NewReader(tc.json))
			wantField(t, err, tc.field)
		})
	}
	t.Run("too large", func(t *testing.T) {
		_, err := DecodePenaltyCase(strings.NewReader(`{"clause":"` + strings.Repeat("x", MaxCaseBytes) + `"}`))
		wantField(t, err, "input")
	})
}

func TestDecodeInterestCase(t *testing.T) {
	good := `{"principal":"10000.00","currency":"ILS","due":"2026-03-01","paid":"2026-04-15","rate_source":"agreement","rate_percent":"1.5","per":"month","method":"compound","clause":"9.3"}`
	c, err := DecodeInterestCase(strings.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	if c.Payment.Principal != ils(1_000_000) || c.Terms.Source != SourceAgreement || c.Terms.RatePercent.String() != "1.5" ||
		c.Terms.Per != PerMonth || c.Terms.Method != MethodCompound || c.Terms.Clause != "9.3" {
		t.Errorf("decoded %+v", c)
	}
	tests := []struct{ name, json, field string }{
		{"missing principal", `{"currency":"ILS","due":"2026-03-01","paid":"2026-04-15","rate_source":"statutory"}`, "principal"},
		{"negative principal", `{"principal":"-1","currency":"ILS","due":"2026-03-01","paid":"2026-04-15","rate_source":"statutory"}`, "principal"},
		{"agreement without rate", `{"principal":"1","currency":"ILS","due":"2026-03-01","paid":"2026-04-15","rate_source":"agreement"}`, "rate_percent"},
		{"statutory with rate", `{"principal":"1","currency":"ILS","due":"2026-03-01","paid":"2026-04-15","rate_source":"statutory","rate_percent":"4"}`, "rate_percent"},
		{"linkage not supported", `{"principal":"1","currency":"ILS","due":"2026-03-01","paid":"2026-04-15","rate_source":"payment_law"}`, "rate_source"},
		{"bad per", `{"principal":"1","currency":"ILS","due":"2026-03-01","paid":"2026-04-15","rate_source":"agreement","rate_percent":"1","per":"day"}`, "per"},
		{"bad method", `{"principal":"1","currency":"ILS","due":"2026-03-01","paid":"2026-04-15","rate_source":"agreement","rate_percent":"1","method":"daily"}`, "method"},
		{"bad paid", `{"principal":"1","currency":"ILS","due":"2026-03-01","paid":"15/04/2026","rate_source":"statutory"}`, "paid"},
		{"allow as string", `{"principal":"1","currency":"ILS","due":"2026-03-01","paid":"2026-04-15","rate_source":"statutory","allow_unverified_rates":"yes"}`, "allow_unverified_rates"},
		{"unknown field", `{"principal":"1","currency":"ILS","due":"2026-03-01","paid":"2026-04-15","rate_source":"statutory","compounding":"daily"}`, "compounding"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeInterestCase(strings.NewReader(tc.json))
			wantField(t, err, tc.field)
		})
	}
}

// FuzzDecodePenaltyCase: any input decodes or fails with an *InputError, and
// a case that decodes computes without panicking, with only input errors.
func FuzzDecodePenaltyCase(f *testing.F) {
	f.Add([]byte(goodPenaltyJSON))
	f.Add([]byte(`{"currency":"USD","fixed_amount":250.5,"period":{"count":2,"unit":"business_days"},"due":"2026-03-01","delivered":"2026-03-02"}`))
	f.Add([]byte(`{"value":"999999999999999","currency":"ILS","rate_percent":"9999999999","period":{"count":1,"unit":"calendar_days"},"due":"1900-01-01","delivered":"2199-12-31"}`))
	f.Add([]byte(`{"value": 1e999999999}`))
	f.Add([]byte(`{`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := DecodePenaltyCase(strings.NewReader(string(data)))
		var ie *InputError
		if err != nil {
			if !errors.As(err, &ie) {
				t.Fatalf("decode error is not an *InputError: %v", err)
			}
			return
		}
		if _, err := ComputePenalty(c.Penalty, c.Delay, sunThu{}); err != nil && !errors.As(err, &ie) {
			t.Fatalf("compute error is not an *InputError: %v", err)
		}
	})
}

func FuzzDecodeInterestCase(f *testing.F) {
	f.Add([]byte(`{"principal":"10000.00","currency":"ILS","due":"2026-03-01","paid":"2026-04-15","rate_source":"agreement","rate_percent":"1.5","per":"month","method":"compound"}`))
	f.Add([]byte(`{"principal":"1","currency":"ILS","due":"2007-04-01","paid":"2007-06-30","rate_source":"statutory"}`))
	f.Add([]byte(`{"principal":"999999999999999","currency":"ILS","due":"1900-01-01","paid":"2199-12-31","rate_source":"agreement","rate_percent":"999999","per":"month","method":"compound"}`))
	rules, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := DecodeInterestCase(strings.NewReader(string(data)))
		var ie *InputError
		if err != nil {
			if !errors.As(err, &ie) {
				t.Fatalf("decode error is not an *InputError: %v", err)
			}
			return
		}
		if _, err := rules.Interest(c.Terms, c.Payment); err != nil && !errors.As(err, &ie) {
			t.Fatalf("compute error is not an *InputError: %v", err)
		}
	})
}
