package main

import (
	"strings"
	"testing"
)

func TestInterestCommand(t *testing.T) {
	t.Run("agreement rate per month", func(t *testing.T) {
		in := `{"principal":"10000.00","currency":"ILS","due":"2026-03-01","paid":"2026-04-15","rate_source":"agreement","rate_percent":"1.5","per":"month","clause":"9.3"}`
		out, err := runCaseCmd(t, newInterestCmd, in, "--input", "-")
		if err != nil {
			t.Fatal(err)
		}
		got := decodeOutput(t, out)
		// 45 days at 18% a year: 10,000.00 × 18% × 45/365 = 221.92.
		want := map[string]any{"days_late": 45.0, "interest": "221.92", "total": "10221.92", "currency": "ILS", "method": "simple",
			"per": "month", "rate_source": "agreement", "day_count": "actual/365", "clause": "9.3", "principal": "10000.00"}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s = %#v, want %#v", k, got[k], v)
			}
		}
		lines, _ := got["statement"].([]any)
		if len(lines) != 1 {
			t.Fatalf("statement %#v", got["statement"])
		}
		line := lines[0].(map[string]any)
		if line["from"] != "2026-03-02" || line["to"] != "2026-04-15" || line["days"] != 45.0 || line["annual_rate_percent"] != "18" ||
			line["base"] != "10000.00" || line["amount"] != "221.92" {
			t.Errorf("line %#v", line)
		}
	})
	t.Run("compound monthly splits the statement", func(t *testing.T) {
		in := `{"principal":"10000.00","currency":"ILS","due":"2026-01-31","paid":"2026-03-31","rate_source":"agreement","rate_percent":"1","per":"month","method":"compound"}`
		out, err := runCaseCmd(t, newInterestCmd, in, "--input", "-")
		if err != nil {
			t.Fatal(err)
		}
		got := decodeOutput(t, out)
		// 92.05 for February on 10,000.00, then 102.86 for March on 10,092.05.
		lines, _ := got["statement"].([]any)
		if len(lines) != 2 || got["interest"] != "194.91" || lines[1].(map[string]any)["base"] != "10092.05" {
			t.Errorf("output %s", out)
		}
	})
	t.Run("statutory unverified rate needs consent", func(t *testing.T) {
		in := `{"principal":"5000","currency":"ILS","due":"2025-10-31","paid":"2025-11-30","rate_source":"statutory"}`
		_, err := runCaseCmd(t, newInterestCmd, in, "--input", "-")
		if exitCode(err) != exitBadInput || !strings.Contains(err.Error(), "allow_unverified_rates") {
			t.Fatalf("want exit 2 naming allow_unverified_rates, got %v", err)
		}
		in = strings.Replace(in, `"statutory"`, `"statutory","allow_unverified_rates":true`, 1)
		out, err := runCaseCmd(t, newInterestCmd, in, "--input", "-")
		if err != nil {
			t.Fatal(err)
		}
		got := decodeOutput(t, out)
		warnings, _ := got["warnings"].([]any)
		if got["method"] != "compound" || len(warnings) == 0 || !strings.Contains(warnings[0].(string), "UNVERIFIED") {
			t.Errorf("output %s", out)
		}
	})
	t.Run("paid on time", func(t *testing.T) {
		in := `{"principal":"5000","currency":"ILS","due":"2026-03-01","paid":"2026-03-01","rate_source":"agreement","rate_percent":"12"}`
		out, err := runCaseCmd(t, newInterestCmd, in, "--input", "-")
		if err != nil {
			t.Fatal(err)
		}
		got := decodeOutput(t, out)
		if got["interest"] != "0.00" || got["total"] != "5000.00" || len(got["statement"].([]any)) != 0 {
			t.Errorf("output %s", out)
		}
	})
}

func TestInterestCommandBadInput(t *testing.T) {
	tests := []struct {
		name, in, field string
	}{
		{"malformed JSON", `{"principal":`, "input"},
		{"unknown field", `{"principal":"1","currency":"ILS","due":"2026-03-01","paid":"2026-04-01","rate_source":"agreement","rate_percent":"1","rate":"2"}`, "rate: unknown field"},
		{"bad date", `{"principal":"1","currency":"ILS","due":"2026-03-32","paid":"2026-04-01","rate_source":"agreement","rate_percent":"1"}`, "due"},
		{"negative principal", `{"principal":"-1","currency":"ILS","due":"2026-03-01","paid":"2026-04-01","rate_source":"agreement","rate_percent":"1"}`, "principal"},
		{"unknown source", `{"principal":"1","currency":"ILS","due":"2026-03-01","paid":"2026-04-01","rate_source":"bank"}`, "rate_source"},
		{"unknown per", `{"principal":"1","currency":"ILS","due":"2026-03-01","paid":"2026-04-01","rate_source":"agreement","rate_percent":"1","per":"week"}`, "per"},
		{"no statutory rate", `{"principal":"1","currency":"ILS","due":"2026-03-01","paid":"2026-04-01","rate_source":"statutory"}`, "rate_source"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := runCaseCmd(t, newInterestCmd, tc.in, "--input", "-")
			if err == nil {
				t.Fatalf("want an error, got %s", out)
			}
			if exitCode(err) != exitBadInput || !strings.Contains(err.Error(), tc.field) {
				t.Errorf("exit %d, message %q; want %d naming %s", exitCode(err), err, exitBadInput, tc.field)
			}
		})
	}
}

func FuzzInterestCommand(f *testing.F) {
	f.Add(`{"principal":"10000.00","currency":"ILS","due":"2026-03-01","paid":"2026-04-15","rate_source":"agreement","rate_percent":"1.5","per":"month"}`)
	f.Add(`{"principal":"1","currency":"ILS","due":"2007-04-01","paid":"2007-06-30","rate_source":"statutory"}`)
	f.Add(`[`)
	f.Fuzz(func(t *testing.T, in string) {
		out, err := runCaseCmd(t, newInterestCmd, in, "--input", "-")
		if err != nil {
			if exitCode(err) != exitBadInput {
				t.Fatalf("input %q: exit %d, want %d: %v", in, exitCode(err), exitBadInput, err)
			}
			return
		}
		decodeOutput(t, out)
	})
}

func BenchmarkInterestCommand(b *testing.B) {
	in := `{"principal":"10000.00","currency":"ILS","due":"2024-01-31","paid":"2026-01-31","rate_source":"agreement","rate_percent":"1.5","per":"month","method":"compound"}`
	for b.Loop() {
		cmd := newInterestCmd()
		cmd.SetArgs([]string{"--input", "-"})
		cmd.SetIn(strings.NewReader(in))
		cmd.SetOut(&strings.Builder{})
		if err := cmd.Execute(); err != nil {
			b.Fatal(err)
		}
	}
}
