package terms

import (
	"testing"
	"time"
)

func TestDueDate(t *testing.T) {
	jerusalem, err := time.LoadLocation("Asia/Jerusalem")
	if err != nil {
		t.Skipf("no time zone data: %v", err)
	}
	tests := []struct {
		name      string
		term      PaymentTerm
		submitted time.Time
		want      string // "" for no date
	}{
		// 31 Jan + 30 days; February 2026 has 28 days.
		{"eom 30 on 31 Jan", PaymentTerm{Kind: TermEndOfMonth, Days: 30}, day(t, "2026-01-31"), "2026-03-02"},
		{"eom 30 on 1 Jan", PaymentTerm{Kind: TermEndOfMonth, Days: 30}, day(t, "2026-01-01"), "2026-03-02"},
		// Leap year: 29 Feb 2024 + 30 days.
		{"eom 30 on 29 Feb leap", PaymentTerm{Kind: TermEndOfMonth, Days: 30}, day(t, "2024-02-29"), "2024-03-30"},
		{"eom 30 on 28 Feb", PaymentTerm{Kind: TermEndOfMonth, Days: 30}, day(t, "2025-02-28"), "2025-03-30"},
		{"eom 30 in a leap February", PaymentTerm{Kind: TermEndOfMonth, Days: 30}, day(t, "2024-02-10"), "2024-03-30"},
		{"eom 45 mid-January", PaymentTerm{Kind: TermEndOfMonth, Days: 45}, day(t, "2026-01-15"), "2026-03-17"},
		{"eom 0 is the month's end", PaymentTerm{Kind: TermEndOfMonth}, day(t, "2026-04-03"), "2026-04-30"},
		{"eom across the year", PaymentTerm{Kind: TermEndOfMonth, Days: 60}, day(t, "2025-12-05"), "2026-03-01"},
		{"net 30", PaymentTerm{Kind: TermNet, Days: 30}, day(t, "2026-01-31"), "2026-03-02"},
		{"net 30 leap", PaymentTerm{Kind: TermNet, Days: 30}, day(t, "2024-02-01"), "2024-03-02"},
		{"on acceptance", PaymentTerm{Kind: TermOnAcceptance, Days: 10, Accepted: day(t, "2026-03-25")}, day(t, "2026-03-01"), "2026-04-04"},
		{"not yet accepted", PaymentTerm{Kind: TermOnAcceptance, Days: 10}, day(t, "2026-03-01"), ""},
		{"on a date", PaymentTerm{Kind: TermOnDate, Date: day(t, "2026-05-01")}, day(t, "2026-03-01"), "2026-05-01"},
		{"unknown kind", PaymentTerm{Kind: "eventually"}, day(t, "2026-03-01"), ""},
		{"negative days", PaymentTerm{Kind: TermNet, Days: -1}, day(t, "2026-03-01"), ""},
		// 31 Jan 23:30 in Jerusalem is still 31 January.
		{"local time keeps its day", PaymentTerm{Kind: TermEndOfMonth, Days: 30}, time.Date(2026, 1, 31, 23, 30, 0, 0, jerusalem), "2026-03-02"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := DueDate(tc.term, tc.submitted)
			if tc.want == "" {
				if !got.IsZero() {
					t.Errorf("want no date, got %s", got.Format(DateLayout))
				}
				return
			}
			if !got.Equal(day(t, tc.want)) {
				t.Errorf("due %s, want %s", got.Format(DateLayout), tc.want)
			}
		})
	}
}

func TestPaymentTermValidate(t *testing.T) {
	tests := []struct {
		term  PaymentTerm
		field string
	}{
		{PaymentTerm{}, "kind"},
		{PaymentTerm{Kind: "weekly"}, "kind"},
		{PaymentTerm{Kind: TermEndOfMonth, Days: MaxTermDays + 1}, "days"},
		{PaymentTerm{Kind: TermOnDate}, "date"},
		{PaymentTerm{Kind: TermOnAcceptance, Accepted: time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC)}, "accepted"},
	}
	for _, tc := range tests {
		wantField(t, tc.term.Validate(), tc.field)
	}
}

func TestNextBusinessDay(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2026-03-06", "2026-03-08"}, // Friday → Sunday
		{"2026-03-07", "2026-03-08"}, // Saturday → Sunday
		{"2026-03-08", "2026-03-08"}, // Sunday stays
	}
	for _, tc := range tests {
		got, err := NextBusinessDay(day(t, tc.in), sunThu{})
		if err != nil || !got.Equal(day(t, tc.want)) {
			t.Errorf("%s: %v %v, want %s", tc.in, got, err, tc.want)
		}
	}
	if _, err := NextBusinessDay(day(t, "2026-03-06"), noBusinessDays{}); err == nil {
		t.Error("want an error from a calendar without business days")
	}
	if _, err := NextBusinessDay(day(t, "2026-03-06"), nil); err == nil {
		t.Error("want an error without a calendar")
	}
}
