package terms

import (
	"math/big"
	"testing"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in, cur string
		want    int64
		ok      bool
	}{
		{"100", "ILS", 10_000, true},
		{"100.5", "ILS", 10_050, true},
		{"100.50", "ILS", 10_050, true},
		{"100.500", "ILS", 10_050, true},
		{"0.01", "ILS", 1, true},
		{"0", "USD", 0, true},
		{"100", "JPY", 100, true},
		{"1.234", "JOD", 1_234, true},
		{"0.001", "ILS", 0, false},
		{"1.5", "JPY", 0, false},
		{"-5", "ILS", 0, false},
		{"+5", "ILS", 0, false},
		{"1e3", "ILS", 0, false},
		{"1,000", "ILS", 0, false},
		{" 5", "ILS", 0, false},
		{"5.", "ILS", 0, false},
		{".5", "ILS", 0, false},
		{"", "ILS", 0, false},
		{"١٢", "ILS", 0, false},
		{"1234567890123456", "ILS", 0, false},
		{"100", "ils", 0, false},
	}
	for _, tc := range tests {
		got, err := ParseAmount("value", tc.in, tc.cur)
		if (err == nil) != tc.ok {
			t.Errorf("%q %s: err %v, want ok=%v", tc.in, tc.cur, err, tc.ok)
			continue
		}
		if tc.ok && (got.Amount != tc.want || got.Currency != tc.cur) {
			t.Errorf("%q %s: %+v, want %d", tc.in, tc.cur, got, tc.want)
		}
		if !tc.ok && tc.cur == "ILS" {
			wantField(t, err, "value")
		}
	}
}

func TestMoneyText(t *testing.T) {
	tests := []struct {
		m          Money
		text, str  string
		hebrewText string
	}{
		{ils(123_456_789), "1234567.89", "1,234,567.89 ILS", "1,234,567.89 ₪"},
		{ils(5), "0.05", "0.05 ILS", "0.05 ₪"},
		{ils(-150_000), "-1500.00", "-1,500.00 ILS", "-1,500.00 ₪"},
		{Money{Amount: 1000, Currency: "JPY"}, "1000", "1,000 JPY", "1,000 JPY"},
		{Money{Amount: 1234, Currency: "JOD"}, "1.234", "1.234 JOD", "1.234 JOD"},
	}
	for _, tc := range tests {
		if tc.m.Text() != tc.text || tc.m.String() != tc.str || tc.m.hebrew() != tc.hebrewText {
			t.Errorf("%+v: %q %q %q", tc.m, tc.m.Text(), tc.m.String(), tc.m.hebrew())
		}
	}
}

func TestRoundRat(t *testing.T) {
	tests := []struct {
		num, den int64
		want     int64
	}{
		{5, 2, 3}, {-5, 2, -3}, {1, 3, 0}, {2, 3, 1}, {-2, 3, -1}, {7, 1, 7}, {0, 9, 0}, {149, 100, 1}, {150, 100, 2},
	}
	for _, tc := range tests {
		got, err := roundRat(big.NewRat(tc.num, tc.den))
		if err != nil || got != tc.want {
			t.Errorf("%d/%d → %d %v, want %d", tc.num, tc.den, got, err, tc.want)
		}
	}
	huge := new(big.Rat).SetFrac(new(big.Int).Lsh(big.NewInt(1), 70), big.NewInt(1))
	if _, err := roundRat(huge); err == nil {
		t.Error("2^70 should not fit")
	}
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"100", "0.01", "1e3", "-1", "99999999999999.99", "1.", "00012.30"} {
		f.Add(s, "ILS")
	}
	f.Add("1.234", "JOD")
	f.Add("5", "JPY")
	f.Fuzz(func(t *testing.T, s, cur string) {
		m, err := ParseAmount("value", s, cur)
		if err != nil {
			return
		}
		// What parses prints back to the same amount.
		back, err := ParseAmount("value", m.Text(), cur)
		if err != nil || back != m {
			t.Fatalf("%q → %+v → %q → %+v, %v", s, m, m.Text(), back, err)
		}
		if m.Amount < 0 {
			t.Fatalf("%q parsed negative", s)
		}
	})
}
