package terms

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/shopspring/decimal"
)

// Rate statuses say how far a table entry has been checked, so that results
// computed from a doubtful rate can say so.
const (
	// StatusConfirmed: several independent sources, or the official text, agree.
	StatusConfirmed = "confirmed"
	// StatusSecondary: one secondary source (a law firm, a news page) quoting
	// the official notice; not checked against the official text.
	StatusSecondary = "secondary"
	// StatusUnverified: a claim that could not be confirmed; computing with it
	// must be asked for explicitly.
	StatusUnverified = "unverified"
)

// RateEntry is one dated rate: in force from From to To inclusive.
type RateEntry struct {
	From time.Time
	// To is the last day in force. For a table of open-ended entries (VAT) it
	// is the day before the next entry, or zero for the one in force now.
	To          time.Time
	RatePercent decimal.Decimal
	Name        string // the rate's name in the source, e.g. "ריבית פיגורים"
	Source      string
	Status      string
	Note        string
}

// RateTable is a list of dated rates, sorted and without overlaps. Gaps are
// allowed: a day in a gap has no rate, and asking for it is an error rather
// than a guess.
type RateTable struct {
	name    string
	entries []RateEntry
}

type rateFile struct {
	Description string          `json:"description"`
	Rates       []rateFileEntry `json:"rates"`
}

type rateFileEntry struct {
	From        string `json:"from"`
	To          string `json:"to"`
	RatePercent string `json:"rate_percent"`
	Name        string `json:"name"`
	Source      string `json:"source"`
	Status      string `json:"status"`
	Note        string `json:"note"`
}

// ParseRateTable reads a rate table from JSON: {"rates": [{"from", "to"
// (optional), "rate_percent", "name", "source", "status", "note"}]}. Entries
// without "to" run until the day before the next entry. Every entry needs a
// source and a status.
func ParseRateTable(name string, data []byte) (RateTable, error) {
	var f rateFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return RateTable{}, fmt.Errorf("rate table %s: %w", name, err)
	}
	if len(f.Rates) == 0 {
		return RateTable{}, fmt.Errorf("rate table %s: no rates", name)
	}
	t := RateTable{name: name, entries: make([]RateEntry, len(f.Rates))}
	for i, r := range f.Rates {
		field := fmt.Sprintf("rates[%d]", i)
		from, err := ParseDate(field+".from", r.From)
		if err != nil {
			return RateTable{}, fmt.Errorf("rate table %s: %w", name, err)
		}
		var to time.Time
		if r.To != "" {
			if to, err = ParseDate(field+".to", r.To); err != nil {
				return RateTable{}, fmt.Errorf("rate table %s: %w", name, err)
			}
			if to.Before(from) {
				return RateTable{}, fmt.Errorf("rate table %s: %s.to %s is before from %s", name, field, r.To, r.From)
			}
		}
		rate, err := ParseRate(field+".rate_percent", r.RatePercent)
		if err != nil {
			return RateTable{}, fmt.Errorf("rate table %s: %w", name, err)
		}
		if r.Source == "" {
			return RateTable{}, fmt.Errorf("rate table %s: %s has no source", name, field)
		}
		switch r.Status {
		case StatusConfirmed, StatusSecondary, StatusUnverified:
		default:
			return RateTable{}, fmt.Errorf("rate table %s: %s.status %q is not confirmed, secondary or unverified", name, field, r.Status)
		}
		if i > 0 {
			prev := &t.entries[i-1]
			if !from.After(prev.From) {
				return RateTable{}, fmt.Errorf("rate table %s: %s starts %s, not after the previous entry", name, field, r.From)
			}
			if prev.To.IsZero() {
				prev.To = addDays(from, -1)
			} else if !from.After(prev.To) {
				return RateTable{}, fmt.Errorf("rate table %s: %s starts %s, inside the previous entry", name, field, r.From)
			}
		}
		t.entries[i] = RateEntry{From: from, To: to, RatePercent: rate, Name: r.Name, Source: r.Source, Status: r.Status, Note: r.Note}
	}
	return t, nil
}

// At is the entry in force on day d.
func (t RateTable) At(d time.Time) (RateEntry, error) {
	d = Day(d)
	for i := len(t.entries) - 1; i >= 0; i-- {
		e := t.entries[i]
		if d.Before(e.From) {
			continue
		}
		if e.To.IsZero() || !d.After(e.To) {
			return e, nil
		}
		break
	}
	return RateEntry{}, fmt.Errorf("%s: no rate in the table for %s", t.name, d.Format(DateLayout))
}

// Entries returns a copy of the table's entries, oldest first.
func (t RateTable) Entries() []RateEntry {
	return append([]RateEntry(nil), t.entries...)
}
