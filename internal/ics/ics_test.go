package ics

import (
	"strings"
	"testing"
	"time"

	ical "github.com/arran4/golang-ical"
)

func TestWrite(t *testing.T) {
	now := time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC)
	out := Write("הסכם לפיתוח", "he", []Event{
		{UID: "milestone-2@heskem", Summary: "אבן דרך: גרסת בדיקות, פסיק; ונקודה", Description: "באיחור — פיצוי לפי סעיף 11.2",
			Day: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC), URL: "http://localhost:8080/agreements/1"},
		{UID: "meeting-1@heskem", Summary: "Kickoff", Start: time.Date(2026, 10, 14, 7, 0, 0, 0, time.UTC)},
	}, now)
	for _, want := range []string{"BEGIN:VCALENDAR", "METHOD:PUBLISH", "X-WR-CALNAME:הסכם לפיתוח", "UID:milestone-2@heskem",
		"DTSTART;VALUE=DATE:20261123", "DTEND;VALUE=DATE:20261124", "SUMMARY;LANGUAGE=he:אבן דרך: גרסת בדיקות\\, פסיק\\; ונקודה",
		"DTSTART:20261014T070000Z", "DTEND:20261014T080000Z", "DTSTAMP:20261127T080000Z"} {
		if !strings.Contains(unfold(out), want) {
			t.Errorf("calendar lacks %q:\n%s", want, out)
		}
	}
	// Lines are CRLF-terminated and folded at 75 octets, as RFC 5545 requires.
	for _, line := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(line) > 75 {
			t.Errorf("line longer than 75 octets: %q", line)
		}
	}
	// It parses back with the same events.
	cal, err := ical.ParseCalendar(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(cal.Events()); n != 2 {
		t.Errorf("parsed %d events", n)
	}
}

// unfold undoes RFC 5545 line folding.
func unfold(s string) string { return strings.ReplaceAll(s, "\r\n ", "") }
