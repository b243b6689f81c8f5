package draft

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestParseMoney(t *testing.T) {
	tests := []struct {
		in      string
		want    Money
		grouped string
		err     string
	}{
		{"180000", 18000000, "180,000", ""},
		{"350.5", 35050, "350.50", ""},
		{"1234567.89", 123456789, "1,234,567.89", ""},
		{"0", 0, "0", ""},
		{"12,000", 0, "", `write "12000"`},
		{"1.234", 0, "", "decimal number"},
		{"-5", 0, "", "decimal number"},
		{"1e5", 0, "", "decimal number"},
		{"99999999999999", 0, "", "decimal number"},
	}
	for _, tt := range tests {
		got, err := ParseMoney(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseMoney(%q) error %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want || got.Grouped() != tt.grouped {
			t.Errorf("ParseMoney(%q) = %d %q, %v; want %d %q", tt.in, got, got.Grouped(), err, tt.want, tt.grouped)
		}
	}
}

func TestParsePercentAndOf(t *testing.T) {
	tests := []struct {
		in   string
		str  string
		of   Money // of 1,000.00
		fail bool
	}{
		{"0.05", "0.05", 50, false},
		{"10", "10", 10000, false},
		{"33.3333", "33.3333", 33333, false},
		{"0.5%", "", 0, true},
		{"1000", "", 0, true},
		{"0.12345", "", 0, true},
	}
	for _, tt := range tests {
		p, err := ParsePercent(tt.in)
		if tt.fail {
			if err == nil {
				t.Errorf("ParsePercent(%q) accepted", tt.in)
			}
			continue
		}
		if err != nil || p.String() != tt.str || p.Of(100000) != tt.of {
			t.Errorf("ParsePercent(%q) = %s (of 1000: %d), %v; want %s, %d", tt.in, p, p.Of(100000), err, tt.str, tt.of)
		}
	}
}

func TestParseDate(t *testing.T) {
	d, err := ParseDate("2026-03-01")
	if err != nil || d.Israeli() != "1.3.2026" || d.English() != "1 March 2026" || d.String() != "2026-03-01" {
		t.Errorf("ParseDate = %v %q %q, %v", d, d.Israeli(), d.English(), err)
	}
	for in, want := range map[string]string{"1.3.2026": "this is 2026-03-01", "01/03/2026": "this is 2026-03-01", "March 1": "want YYYY-MM-DD"} {
		if _, err := ParseDate(in); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseDate(%q) error %v, want %q", in, err, want)
		}
	}
}

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		want Duration
		err  string
	}{
		{"10 business_days", Duration{10, BusinessDays}, ""},
		{"1 month", Duration{1, Months}, ""},
		{"30 minutes", Duration{30, Minutes}, ""},
		{"2 buisness_days", Duration{}, `did you mean "business_days"?`},
		{"ten days", Duration{}, "whole number"},
		{"10", Duration{}, "a count and a unit"},
	}
	for _, tt := range tests {
		got, err := ParseDuration(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseDuration(%q) error %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestTextIn(t *testing.T) {
	plain := Text{Plain: "שלום"}
	both := Text{He: "שלום", En: "Hello"}
	tests := []struct {
		t         Text
		lang, def string
		want      string
	}{
		{plain, "he", "he", "שלום"},
		{plain, "en", "he", ""},
		{both, "en", "he", "Hello"},
		{both, "he", "en", "שלום"},
	}
	for _, tt := range tests {
		if got := tt.t.In(tt.lang, tt.def); got != tt.want {
			t.Errorf("%+v.In(%s, %s) = %q, want %q", tt.t, tt.lang, tt.def, got, tt.want)
		}
	}
}

// TestJSONRoundTrip: an agreement survives JSON (the API's form) unchanged.
func TestJSONRoundTrip(t *testing.T) {
	a, err := Load(readFile(t, "../../testdata/draft/time-and-materials.yaml"), "he", "en")
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"cap":"150000"`) || !strings.Contains(string(b), `"within":"40 business_days"`) {
		t.Errorf("JSON does not read like the file:\n%.400s", b)
	}
	var back Agreement
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Fingerprint() != a.Fingerprint() {
		t.Errorf("fingerprint changed after a JSON round trip")
	}
	if probs := back.Validate("he", "en"); probs.HasErrors() {
		t.Errorf("the agreement read back from JSON is invalid:\n%v", probs)
	}
}
