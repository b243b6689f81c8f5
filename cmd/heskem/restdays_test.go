package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOperatorRestDays adds an election day from a file, as an operator
// does when the date is fixed by law, and checks that business days skip
// it; a malformed file is refused with exit 2.
func TestOperatorRestDays(t *testing.T) {
	file := filepath.Join(t.TempDir(), "rest.json")
	os.WriteFile(file, []byte(`{"rest_days":[{"date":"2026-10-27","name_he":"יום הבחירות לכנסת ה־26",
		"name_en":"Knesset election day (26th Knesset)","kind":"rest","verified":false,"source":"operator"}]}`), 0o600)
	if code, out, _ := runCLI(t, nil, "calendar", "add-business-days", "2026-10-26", "1"); code != 0 || strings.TrimSpace(out) != "2026-10-27" {
		t.Fatalf("without the file: %d %q", code, out)
	}
	code, out, stderr := runCLI(t, nil, "calendar", "add-business-days", "2026-10-26", "1", "--rest-days", file)
	if code != 0 || strings.TrimSpace(out) != "2026-10-28" {
		t.Fatalf("with the election day: %d %q %s", code, out, stderr)
	}
	if _, out, _ := runCLI(t, nil, "calendar", "holidays", "2026", "--rest-days", file); !strings.Contains(out, "יום הבחירות לכנסת ה־26") {
		t.Errorf("holidays do not list the added day")
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"rest_days":[{"date":"27.10.2026"}]}`), 0o600)
	if code, _, stderr := runCLI(t, nil, "calendar", "holidays", "2026", "--rest-days", bad); code != exitBadInput || !strings.Contains(stderr, "bad.json") {
		t.Errorf("malformed file: %d %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, nil, "serve", "--rest-days", bad, "--data", t.TempDir(), "--addr", "127.0.0.1:0"); code != exitBadInput || !strings.Contains(stderr, "rest-days") {
		t.Errorf("serve with a malformed file: %d %s", code, stderr)
	}
}
