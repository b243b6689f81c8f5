package bizday

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// The embedded file parses, lists only weekdays (a scheduled election is on
// a Tuesday, an early one on the day its dissolution law sets — 1999 was a
// Monday, 1996 a Wednesday — but never on Friday or Saturday), marks which
// dates were checked, and feeds New.
func TestBuiltinRestDays(t *testing.T) {
	hs, err := BuiltinRestDays()
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) < 10 {
		t.Fatalf("%d built-in rest days, want the Knesset elections since 1988", len(hs))
	}
	var raw restDaysFile
	if err := json.Unmarshal(restDaysJSON, &raw); err != nil {
		t.Fatal(err)
	}
	unverified := 0
	for i, h := range hs {
		if !h.RestDay || h.Kind != KindRest {
			t.Errorf("%s: not a rest day", h.Date.Format(time.DateOnly))
		}
		if wd := h.Date.Weekday(); wd == time.Friday || wd == time.Saturday {
			t.Errorf("%s (%s) is a %s", h.Date.Format(time.DateOnly), h.NameEn, wd)
		}
		e := raw.RestDays[i]
		if e.Verified == nil || e.Source == "" {
			t.Errorf("%s: no verified flag or source", e.Date)
		} else if !*e.Verified {
			unverified++
		}
		if c := New(); !c.IsRestDay(h.Date) {
			t.Errorf("New() does not treat %s as a rest day", h.Date.Format(time.DateOnly))
		}
	}
	if unverified == 0 || unverified == len(hs) {
		t.Errorf("%d of %d entries unverified; the file is expected to mark the two background-only dates", unverified, len(hs))
	}
}

func TestParseRestDays(t *testing.T) {
	good := `{"rest_days":[
		{"date":"2026-10-27","name_he":"יום הבחירות לכנסת ה־26","name_en":"Knesset election day","source":"operator"},
		{"date":"1.5.2026","name_en":"Company day","rest_day":false},
		{"date":"2026-06-01","name_en":"Local eve","kind":"eve"}
	]}`
	hs, err := ParseRestDays([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		date time.Time
		kind Kind
		he   string
	}{
		{Date(2026, 10, 27), KindRest, "יום הבחירות לכנסת ה־26"},
		{Date(2026, 5, 1), KindOther, "Company day"},
		{Date(2026, 6, 1), KindEve, "Local eve"},
	}
	if len(hs) != len(want) {
		t.Fatalf("parsed %d entries, want %d", len(hs), len(want))
	}
	for i, w := range want {
		h := hs[i]
		if !h.Date.Equal(w.date) || h.Kind != w.kind || h.RestDay != (w.kind == KindRest) || h.NameHe != w.he {
			t.Errorf("entry %d = %+v, want date %s kind %s name_he %q", i+1, h, w.date.Format(time.DateOnly), w.kind, w.he)
		}
	}

	bad := []struct {
		name, in, wantErr string
	}{
		{"not json", `rest_days`, "parse rest days"},
		{"no array", `{}`, `no "rest_days"`},
		{"typo field", `{"rest_days":[{"data":"2026-01-01","name_en":"x"}]}`, "unknown field"},
		{"bad date", `{"rest_days":[{"date":"2026-02-30","name_en":"x"}]}`, "entry 1"},
		{"no name", `{"rest_days":[{"date":"2026-02-03"}]}`, "no name"},
		{"bad kind", `{"rest_days":[{"date":"2026-02-03","name_en":"x","kind":"holiday"}]}`, "unknown kind"},
		{"contradiction", `{"rest_days":[{"date":"2026-02-03","name_en":"x","kind":"eve","rest_day":true}]}`, "rest_day is true"},
		{"trailing", `{"rest_days":[]} {}`, "trailing"},
		{"too big", `{"rest_days":[` + strings.Repeat(" ", maxRestDaysBytes) + `]}`, "limit"},
	}
	for _, tt := range bad {
		_, err := ParseRestDays([]byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("%s: err = %v, want it to mention %q", tt.name, err, tt.wantErr)
		}
	}
}

// An operator entry with the same date and kind as a built-in replaces it.
func TestNewOperatorReplacesBuiltin(t *testing.T) {
	c := New(Holiday{Date: Date(2022, 11, 1), NameHe: "בחירות", NameEn: "Elections (operator)", RestDay: true})
	got := c.On(Date(2022, 11, 1))
	if len(got) != 1 || got[0].NameEn != "Elections (operator)" {
		t.Errorf("On(1.11.2022) = %+v, want only the operator's entry", got)
	}
}

func FuzzParseRestDays(f *testing.F) {
	f.Add(string(restDaysJSON))
	f.Add(`{"rest_days":[{"date":"1.3.2026","name_en":"x","kind":"eve"}]}`)
	f.Add(`{"rest_days":null}`)
	f.Fuzz(func(t *testing.T, in string) {
		hs, err := ParseRestDays([]byte(in))
		if err != nil {
			return
		}
		for _, h := range hs {
			if h.Date.IsZero() || !h.Kind.valid() || h.RestDay != (h.Kind == KindRest) || h.NameHe == "" || h.NameEn == "" {
				t.Fatalf("accepted an inconsistent entry %+v from %q", h, in)
			}
		}
	})
}
