package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// runCalendar executes `calendar args...` on a fresh command tree and
// returns what it wrote to stdout and the error it returned.
func runCalendar(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd := newCalendarCmd()
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs(args)
	cmd.SilenceUsage = true
	cmd.SilenceErrors = true
	err := cmd.Execute()
	return out.String(), err
}

func TestCalendarHolidaysJSON(t *testing.T) {
	out, err := runCalendar(t, "holidays", "2026", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var got []struct {
		Date       string `json:"date"`
		NameHe     string `json:"name_he"`
		NameEn     string `json:"name_en"`
		RestDay    *bool  `json:"rest_day"`
		Kind       string `json:"kind"`
		HebrewDate string `json:"hebrew_date"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not a JSON array: %v\n%s", err, out)
	}
	byDate := map[string][]int{}
	for i, h := range got {
		if h.Date == "" || h.NameHe == "" || h.NameEn == "" || h.RestDay == nil || h.HebrewDate == "" {
			t.Errorf("entry %d misses a field: %+v", i, h)
		}
		byDate[h.Date] = append(byDate[h.Date], i)
	}
	want := []struct {
		date, nameHe, hebrew string
		rest                 bool
	}{
		{"2026-04-02", "פסח", "ט״ו בניסן תשפ״ו", true},
		{"2026-04-01", "ערב פסח", "י״ד בניסן תשפ״ו", false},
		{"2026-04-05", "חול המועד פסח", "י״ח בניסן תשפ״ו", false},
		{"2026-09-12", "ראש השנה (יום א׳)", "א׳ בתשרי תשפ״ז", true},
		{"2026-04-21", "יום הזיכרון לחללי מערכות ישראל ונפגעי פעולות האיבה", "ד׳ באייר תשפ״ו", false},
	}
	for _, w := range want {
		idx := byDate[w.date]
		if len(idx) != 1 {
			t.Errorf("%s: %d entries, want 1", w.date, len(idx))
			continue
		}
		h := got[idx[0]]
		if h.NameHe != w.nameHe || h.HebrewDate != w.hebrew || *h.RestDay != w.rest {
			t.Errorf("%s = %q %q rest %v, want %q %q rest %v", w.date, h.NameHe, h.HebrewDate, *h.RestDay, w.nameHe, w.hebrew, w.rest)
		}
	}
	if strings.Contains(out, `\u05`) {
		t.Error("Hebrew is escaped in the JSON output; it should be written as UTF-8")
	}
}

func TestCalendarHolidaysText(t *testing.T) {
	out, err := runCalendar(t, "holidays", "2026")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if !strings.HasPrefix(lines[0], "DATE") {
		t.Errorf("first line %q is not the header", lines[0])
	}
	var pesach string
	for _, l := range lines {
		if strings.HasSuffix(l, " ") {
			t.Errorf("line %q ends in spaces", l)
		}
		if strings.HasPrefix(l, "2.4.2026 ") {
			pesach = l
		}
	}
	for _, part := range []string{"Thu", "ט״ו בניסן תשפ״ו", "rest", "פסח / Pesach I"} {
		if !strings.Contains(pesach, part) {
			t.Errorf("Pesach line %q lacks %q (day-first date, weekday, Hebrew date, kind, names)", pesach, part)
		}
	}
	if strings.Contains(out, "2026-04-02") {
		t.Error("text output uses ISO dates; want Israeli day-first")
	}
}

func TestCalendarAddBusinessDays(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"add-business-days", "2026-04-01", "1"}, "2026-04-05"},
		{[]string{"add-business-days", "1.4.2026", "1", "--policy", "tender"}, "2026-04-09"},
		{[]string{"add-business-days", "2026-04-01", "1", "--policy", "international"}, "2026-04-02"},
		{[]string{"add-business-days", "2026-09-14", "--", "-1"}, "2026-09-10"},
	}
	for _, tt := range tests {
		out, err := runCalendar(t, tt.args...)
		if err != nil {
			t.Errorf("%v: %v", tt.args, err)
			continue
		}
		if strings.TrimSpace(out) != tt.want {
			t.Errorf("%v printed %q, want %q", tt.args, out, tt.want)
		}
	}
}

func TestCalendarBusinessDays(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"business-days", "2026-03-29", "2026-04-12"}, "8"},
		{[]string{"business-days", "29.3.2026", "12.4.2026", "--policy", "tender"}, "4"},
		{[]string{"business-days", "2026-03-05", "2026-03-01"}, "-4"},
	}
	for _, tt := range tests {
		out, err := runCalendar(t, tt.args...)
		if err != nil {
			t.Errorf("%v: %v", tt.args, err)
			continue
		}
		if strings.TrimSpace(out) != tt.want {
			t.Errorf("%v printed %q, want %q", tt.args, out, tt.want)
		}
	}
}

// Bad dates, years, numbers, formats and policy names exit with code 2 and
// say what was wrong.
func TestCalendarBadInput(t *testing.T) {
	tests := []struct {
		args    []string
		wantErr string
	}{
		{[]string{"holidays", "20x6"}, "year"},
		{[]string{"holidays", "0"}, "year"},
		{[]string{"holidays", "2026", "--format", "xml"}, "format"},
		{[]string{"add-business-days", "2026-02-30", "1"}, "day 30"},
		{[]string{"add-business-days", "2026-02-03", "many"}, "N"},
		{[]string{"add-business-days", "2026-02-03", "1000000"}, "N"},
		{[]string{"add-business-days", "2026-02-03", "1", "--policy", "weekdays"}, "israel, tender, international"},
		{[]string{"add-business-days", "9999-12-30", "5"}, "outside the calendar"},
		{[]string{"business-days", "2026-02-03", "3/4/2026"}, "TO"},
		{[]string{"business-days", "2026-02-03", "2026-03-04", "--policy", "bank"}, "unknown business-day policy"},
	}
	for _, tt := range tests {
		out, err := runCalendar(t, tt.args...)
		if err == nil {
			t.Errorf("%v: no error, printed %q", tt.args, out)
			continue
		}
		if code := exitCode(err); code != exitBadInput {
			t.Errorf("%v: exit code %d, want %d (%v)", tt.args, code, exitBadInput, err)
		}
		if !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("%v: error %q does not mention %q", tt.args, err, tt.wantErr)
		}
	}
}
