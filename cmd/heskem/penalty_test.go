package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// runCaseCmd executes a freshly built command with args and stdin and
// returns what it printed and the error it returned.
func runCaseCmd(t *testing.T, newCmd func() *cobra.Command, stdin string, args ...string) (string, error) {
	t.Helper()
	cmd := newCmd()
	var out, errOut bytes.Buffer
	cmd.SetArgs(args)
	cmd.SetIn(strings.NewReader(stdin))
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	err := cmd.Execute()
	return out.String(), err
}

// decodeOutput parses the command's JSON output into a generic map.
func decodeOutput(t *testing.T, out string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	return m
}

func TestPenaltyCommand(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want map[string]any
	}{
		{
			// 12 days after due, 2 of them force majeure: 10/7 weeks × 500.00 =
			// 714.29, capped at 0.6% = 600.00; the 31st counted day is 3 April.
			name: "prorated weeks with cap, pause and termination",
			in: `{"value":"100000.00","currency":"ILS","rate_percent":"0.5","period":{"count":1,"unit":"weeks"},
				"partial_period":"prorate","cap_percent":"0.6","terminate_after":{"count":30,"unit":"calendar_days"},
				"due":"2026-03-01","delivered":"2026-03-13","force_majeure":[{"from":"2026-03-03","to":"2026-03-04"}],"clause":"7.2"}`,
			want: map[string]any{"days_late": 10.0, "periods": "1.4286", "penalty": "600.00", "uncapped_penalty": "714.29",
				"currency": "ILS", "capped": true, "may_terminate": false, "terminate_from": "2026-04-03", "force_majeure_days": 2.0, "clause": "7.2"},
		},
		{
			name: "weeks counted as full",
			in: `{"value":"100000","currency":"ILS","rate_percent":"0.5","period":{"count":1,"unit":"weeks"},"partial_period":"full",
				"due":"2026-03-01","delivered":"2026-03-13"}`,
			want: map[string]any{"days_late": 12.0, "periods": "2", "penalty": "1000.00", "capped": false, "may_terminate": false, "terminate_from": nil, "cap": nil},
		},
		{
			// Due Thursday 5 March 2026; Friday and Saturday are not business
			// days under the Israeli policy: Sun 8, Mon 9, Tue 10 are late.
			name: "business days with the Israeli policy",
			in: `{"value":"10000","currency":"ILS","fixed_amount":"100","period":{"count":1,"unit":"business_days"},
				"due":"2026-03-05","delivered":"2026-03-10","policy":"israel"}`,
			want: map[string]any{"days_late": 3.0, "day_kind": "business_days", "periods": "3", "penalty": "300.00", "policy": "israel"},
		},
		{
			// Under the international (Mon–Fri) policy Friday 6 March counts
			// and Sunday 8 March does not: Fri 6, Mon 9, Tue 10.
			name: "business days with the international policy",
			in: `{"currency":"USD","fixed_amount":"100","period":{"count":1,"unit":"business_days"},
				"due":"2026-03-05","delivered":"2026-03-10","policy":"international"}`,
			want: map[string]any{"days_late": 3.0, "penalty": "300.00", "currency": "USD", "policy": "international"},
		},
		{
			// A pause to the end of the supported dates: the delay never
			// exceeds terminate_after, so there is no termination date.
			name: "force majeure without end",
			in: `{"currency":"ILS","fixed_amount":"5","period":{"count":1,"unit":"calendar_days"},"force_majeure":[{"from":"2026-03-02","to":"2199-12-31"}],
				"terminate_after":{"count":30,"unit":"calendar_days"},"due":"2026-03-01","delivered":"2026-06-01"}`,
			want: map[string]any{"days_late": 0.0, "penalty": "0.00", "force_majeure_days": 92.0, "may_terminate": false, "terminate_from": nil},
		},
		{
			name: "delivered before due",
			in: `{"value":"10000","currency":"ILS","rate_percent":"1","period":{"count":1,"unit":"calendar_days"},
				"terminate_after":{"count":10,"unit":"calendar_days"},"due":"2026-03-05","delivered":"2026-03-01"}`,
			want: map[string]any{"days_late": 0.0, "penalty": "0.00", "may_terminate": false, "terminate_from": "2026-03-16"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := runCaseCmd(t, newPenaltyCmd, tc.in, "--input", "-")
			if err != nil {
				t.Fatalf("exit %d: %v", exitCode(err), err)
			}
			got := decodeOutput(t, out)
			for k, v := range tc.want {
				if got[k] != v {
					t.Errorf("%s = %#v, want %#v", k, got[k], v)
				}
			}
			if en, _ := got["explanation"].(string); !strings.Contains(en, "late") && !strings.Contains(en, "no delay") {
				t.Errorf("explanation %q", en)
			}
			if he, _ := got["explanation_he"].(string); !strings.Contains(he, "איחור") {
				t.Errorf("Hebrew explanation %q", he)
			}
		})
	}
}

func TestPenaltyCommandFromFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.json")
	in := `{"value":"2000","currency":"ILS","rate_percent":"1.5","period":{"count":1,"unit":"calendar_days"},"due":"2024-02-27","delivered":"2024-03-01","clause":"4"}`
	if err := os.WriteFile(path, []byte(in), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := runCaseCmd(t, newPenaltyCmd, "", "--input", path)
	if err != nil {
		t.Fatal(err)
	}
	// 28, 29 Feb and 1 Mar 2024: 3 days × 30.00.
	got := decodeOutput(t, out)
	if got["days_late"] != 3.0 || got["penalty"] != "90.00" {
		t.Errorf("output %s", out)
	}
	if !strings.Contains(out, "\n  \"days_late\"") {
		t.Errorf("output is not indented:\n%s", out)
	}
}

func TestPenaltyCommandBadInput(t *testing.T) {
	const good = `{"value":"10000","currency":"ILS","rate_percent":"1","period":{"count":1,"unit":"weeks"},"due":"2026-03-01","delivered":"2026-03-20"}`
	edit := func(old, repl string) string {
		if !strings.Contains(good, old) {
			t.Fatalf("edit %q does not apply", old)
		}
		return strings.Replace(good, old, repl, 1)
	}
	tests := []struct {
		name  string
		in    string
		args  []string
		field string // text the message must contain
	}{
		{"malformed JSON", `{"value": "1",`, nil, "input"},
		{"unknown field", edit(`"value"`, `"valeu"`), nil, `valeu`},
		{"bad date", edit(`"2026-03-20"`, `"2026-02-30"`), nil, "delivered"},
		{"negative value", edit(`"10000"`, `"-10000"`), nil, "value"},
		{"unknown unit", edit(`"weeks"`, `"fortnights"`), nil, "period.unit"},
		{"count as text", edit(`"count":1`, `"count":"one"`), nil, "period.count"},
		{"unknown policy", edit(`"due"`, `"policy":"martian","due"`), nil, "policy"},
		{"missing input flag", good, []string{}, "--input"},
		{"positional argument", good, []string{"case.json"}, "no arguments"},
		{"missing file", good, []string{"--input", filepath.Join(t.TempDir(), "nope.json")}, "--input"},
		{"unknown flag", good, []string{"--inptu", "-"}, "inptu"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := tc.args
			if args == nil {
				args = []string{"--input", "-"}
			}
			out, err := runCaseCmd(t, newPenaltyCmd, tc.in, args...)
			if err == nil {
				t.Fatalf("want an error, got output %s", out)
			}
			if code := exitCode(err); code != exitBadInput {
				t.Errorf("exit code %d, want %d: %v", code, exitBadInput, err)
			}
			if !strings.Contains(err.Error(), tc.field) {
				t.Errorf("message %q does not name %q", err, tc.field)
			}
			if out != "" {
				t.Errorf("printed output on error: %s", out)
			}
		})
	}
}

func FuzzPenaltyCommand(f *testing.F) {
	f.Add(`{"value":"100000.00","currency":"ILS","rate_percent":"0.5","period":{"count":1,"unit":"weeks"},"due":"2026-03-01","delivered":"2026-03-15"}`)
	f.Add(`{"currency":"ILS","fixed_amount":"5","period":{"count":3,"unit":"business_days"},"terminate_after":{"count":5,"unit":"business_days"},"due":"2026-09-10","delivered":"2026-10-20","policy":"tender"}`)
	f.Add(`{"value":`)
	f.Fuzz(func(t *testing.T, in string) {
		out, err := runCaseCmd(t, newPenaltyCmd, in, "--input", "-")
		if err != nil {
			if exitCode(err) != exitBadInput {
				t.Fatalf("input %q: exit %d, want %d: %v", in, exitCode(err), exitBadInput, err)
			}
			return
		}
		decodeOutput(t, out)
	})
}

func BenchmarkPenaltyCommand(b *testing.B) {
	in := `{"value":"100000.00","currency":"ILS","rate_percent":"0.5","period":{"count":1,"unit":"business_days"},"due":"2026-03-01","delivered":"2026-05-15","policy":"israel"}`
	for b.Loop() {
		cmd := newPenaltyCmd()
		cmd.SetArgs([]string{"--input", "-"})
		cmd.SetIn(strings.NewReader(in))
		cmd.SetOut(&bytes.Buffer{})
		if err := cmd.Execute(); err != nil {
			b.Fatal(err)
		}
	}
}

// updateTermsGolden rewrites the golden outputs of the documented examples
// (go test ./cmd/heskem -run TestTermsExamplesGolden -update-terms-golden).
var updateTermsGolden = flag.Bool("update-terms-golden", false, "rewrite internal/terms/testdata/cli/*.golden")

// TestTermsExamplesGolden runs the examples of docs/cli-penalty-interest.md
// through the commands and compares the output with the golden files.
func TestTermsExamplesGolden(t *testing.T) {
	dir := filepath.Join("..", "..", "internal", "terms", "testdata", "cli")
	cases, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(cases) == 0 {
		t.Fatalf("no examples in %s: %v", dir, err)
	}
	for _, path := range cases {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			newCmd := newPenaltyCmd
			if strings.HasPrefix(name, "interest-") {
				newCmd = newInterestCmd
			}
			out, err := runCaseCmd(t, newCmd, "", "--input", path)
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(path, ".json") + ".golden"
			if *updateTermsGolden {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update-terms-golden to create it)", err)
			}
			if out != string(want) {
				t.Errorf("output differs from %s:\n%s", golden, out)
			}
		})
	}
}
