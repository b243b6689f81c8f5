// Package ics writes iCalendar (RFC 5545) feeds of an engagement's dates —
// milestones, payment due dates, the end of an agreement, meetings — so they
// appear in the calendars people already use. Due dates are all-day events:
// a due date is a day, not an instant.
package ics

import (
	"time"

	ical "github.com/arran4/golang-ical"
)

// Event is one calendar entry. Exactly one of Day and Start is set.
type Event struct {
	UID         string // stable across refreshes, so calendars update rather than duplicate
	Summary     string
	Description string
	URL         string
	Day         time.Time // all-day event on this calendar day
	Start, End  time.Time // timed event
	Updated     time.Time
}

// Write returns the calendar as iCalendar text.
func Write(name, lang string, events []Event, now time.Time) string {
	cal := ical.NewCalendarFor("Heskem")
	cal.SetMethod(ical.MethodPublish)
	cal.SetName(name)
	cal.SetXWRCalName(name)
	cal.SetXWRTimezone("Asia/Jerusalem")
	cal.SetRefreshInterval("PT1H")
	for _, e := range events {
		ev := cal.AddEvent(e.UID)
		ev.SetDtStampTime(now.UTC())
		if !e.Updated.IsZero() {
			ev.SetModifiedAt(e.Updated.UTC())
		}
		ev.SetSummary(e.Summary, language(lang))
		if e.Description != "" {
			ev.SetDescription(e.Description, language(lang))
		}
		if e.URL != "" {
			ev.SetURL(e.URL)
		}
		if !e.Day.IsZero() {
			ev.SetAllDayStartAt(e.Day)
			ev.SetAllDayEndAt(e.Day.AddDate(0, 0, 1))
			ev.SetTimeTransparency(ical.TransparencyTransparent)
		} else {
			ev.SetStartAt(e.Start.UTC())
			end := e.End
			if end.IsZero() {
				end = e.Start.Add(time.Hour)
			}
			ev.SetEndAt(end.UTC())
		}
	}
	// RFC 5545 3.1: content lines end in CRLF and fold at 75 octets.
	return cal.Serialize(ical.WithNewLineWindows, ical.WithLineLength(75))
}

// language is the LANGUAGE parameter of a text property (RFC 5545 3.2.10).
func language(lang string) ical.PropertyParameter {
	return &ical.KeyValues{Key: string(ical.ParameterLanguage), Value: []string{lang}}
}
