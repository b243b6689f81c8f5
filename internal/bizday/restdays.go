package bizday

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// restDaysJSON holds the ad-hoc rest days known when Heskem was built:
// Knesset election days, each with its source and whether it was verified.
//
//go:embed restdays.json
var restDaysJSON []byte

// Limits on a rest-days file, which comes from an operator.
const (
	maxRestDaysBytes   = 1 << 20
	maxRestDaysEntries = 10000
)

// restDaysFile is the format of restdays.json and of operator files.
type restDaysFile struct {
	Comment  string         `json:"_comment,omitempty"`
	RestDays []restDayEntry `json:"rest_days"`
}

type restDayEntry struct {
	Date     string `json:"date"`
	NameHe   string `json:"name_he"`
	NameEn   string `json:"name_en"`
	RestDay  *bool  `json:"rest_day,omitempty"`
	Kind     Kind   `json:"kind,omitempty"`
	Verified *bool  `json:"verified,omitempty"`
	Source   string `json:"source,omitempty"`
}

// BuiltinRestDays returns the ad-hoc rest days embedded in the binary (past
// Knesset election days). New adds them to every Calendar.
func BuiltinRestDays() ([]Holiday, error) {
	hs, err := ParseRestDays(restDaysJSON)
	if err != nil {
		return nil, fmt.Errorf("embedded restdays.json: %w", err)
	}
	return hs, nil
}

// ParseRestDays reads an operator's list of extra days in the format of the
// embedded restdays.json:
//
//	{"rest_days": [{"date": "2026-10-27", "name_he": "…", "name_en": "…",
//	                "kind": "rest", "verified": true, "source": "…"}]}
//
// An entry is a rest day unless it says "rest_day": false or names another
// kind. Unknown fields, bad dates, missing names and contradictions are
// errors that name the entry, so an operator's typo never silently turns a
// day off into a working day. The result goes to New.
func ParseRestDays(data []byte) ([]Holiday, error) {
	if len(data) > maxRestDaysBytes {
		return nil, fmt.Errorf("parse rest days: %d bytes, limit %d", len(data), maxRestDaysBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f restDaysFile
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("parse rest days: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("parse rest days: trailing data after the JSON object")
	}
	if f.RestDays == nil {
		return nil, errors.New(`parse rest days: no "rest_days" array`)
	}
	if len(f.RestDays) > maxRestDaysEntries {
		return nil, fmt.Errorf("parse rest days: %d entries, limit %d", len(f.RestDays), maxRestDaysEntries)
	}
	out := make([]Holiday, 0, len(f.RestDays))
	for i, e := range f.RestDays {
		h, err := e.holiday()
		if err != nil {
			return nil, fmt.Errorf("parse rest days: entry %d: %w", i+1, err)
		}
		out = append(out, h)
	}
	return out, nil
}

func (e restDayEntry) holiday() (Holiday, error) {
	d, err := ParseDate(e.Date)
	if err != nil {
		return Holiday{}, err
	}
	rest := e.RestDay == nil || *e.RestDay
	if e.Kind != "" && e.RestDay == nil {
		rest = e.Kind == KindRest
	}
	return Holiday{Date: d, NameHe: e.NameHe, NameEn: e.NameEn, RestDay: rest, Kind: e.Kind}.normalize()
}
