package terms

import (
	"strings"
	"testing"
)

// testStatutory is a made-up statutory table so that the rate-splitting
// rules are tested independently of the shipped data.
const testStatutory = `{"rates": [
 {"from": "2026-01-01", "to": "2026-03-31", "rate_percent": "10", "source": "test Q1", "status": "confirmed"},
 {"from": "2026-04-01", "to": "2026-06-30", "rate_percent": "12", "source": "test Q2", "status": "secondary"},
 {"from": "2026-07-01", "to": "2026-09-30", "rate_percent": "8", "source": "test Q3", "status": "unverified", "note": "made up for the test."}
]}`

func testRules(t testing.TB, statutory string) *Rules {
	t.Helper()
	r, err := NewWithTables(Tables{StatutoryInterest: []byte(statutory)})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

type wantLine struct {
	from, to string
	days     int
	rate     string
	base     int64
	amount   int64
}

func TestInterest(t *testing.T) {
	rules := testRules(t, testStatutory)
	open := testRules(t, `{"rates": [{"from": "2020-01-01", "rate_percent": "10", "source": "test", "status": "confirmed"}]}`)
	const principal = 1_000_000 // 10,000.00 ₪
	tests := []struct {
		name     string
		rules    *Rules
		terms    InterestTerms
		due, pd  string
		lines    []wantLine
		interest int64
	}{
		{name: "paid on the due date", rules: rules, terms: InterestTerms{Source: SourceAgreement, RatePercent: dec(t, "12")}, due: "2026-03-01", pd: "2026-03-01"},
		{name: "paid before the due date", rules: rules, terms: InterestTerms{Source: SourceAgreement, RatePercent: dec(t, "12")}, due: "2026-03-10", pd: "2026-03-01"},
		// 1,000,000 × 12% × 30/365 = 9,863.01 → 9,863.
		{name: "simple yearly", rules: rules, terms: InterestTerms{Source: SourceAgreement, RatePercent: dec(t, "12"), Per: PerYear, Method: MethodSimple},
			due: "2026-03-01", pd: "2026-03-31", lines: []wantLine{{"2026-03-02", "2026-03-31", 30, "12", principal, 9_863}}, interest: 9_863},
		// 1% a month is 12% a year: the same statement.
		{name: "simple monthly", rules: rules, terms: InterestTerms{Source: SourceAgreement, RatePercent: dec(t, "1"), Per: PerMonth},
			due: "2026-03-01", pd: "2026-03-31", lines: []wantLine{{"2026-03-02", "2026-03-31", 30, "12", principal, 9_863}}, interest: 9_863},
		// Anchors from 31 January: 28 February, then 31 March (not 28).
		// 1,000,000 × 12% × 28/365 = 9,205.48 → 9,205; 1,009,205 × 12% × 31/365 = 10,285.60 → 10,286.
		{name: "compound monthly from a month end", rules: rules, terms: InterestTerms{Source: SourceAgreement, RatePercent: dec(t, "1"), Per: PerMonth, Method: MethodCompound},
			due: "2026-01-31", pd: "2026-03-31", lines: []wantLine{
				{"2026-02-01", "2026-02-28", 28, "12", principal, 9_205},
				{"2026-03-01", "2026-03-31", 31, "12", principal + 9_205, 10_286},
			}, interest: 19_491},
		// The first year holds 29 Feb 2024: 366 days at 1/365 each.
		// 1,000,000 × 10% × 366/365 = 100,273.97 → 100,274; 1,100,274 × 10% × 365/365 = 110,027.4 → 110,027.
		{name: "compound yearly over a leap year", rules: rules, terms: InterestTerms{Source: SourceAgreement, RatePercent: dec(t, "10"), Method: MethodCompound},
			due: "2023-06-30", pd: "2025-06-30", lines: []wantLine{
				{"2023-07-01", "2024-06-30", 366, "10", principal, 100_274},
				{"2024-07-01", "2025-06-30", 365, "10", principal + 100_274, 110_027},
			}, interest: 210_301},
		{name: "simple yearly over a leap year", rules: rules, terms: InterestTerms{Source: SourceAgreement, RatePercent: dec(t, "10")},
			due: "2023-06-30", pd: "2025-06-30", lines: []wantLine{{"2023-07-01", "2025-06-30", 731, "10", principal, 200_274}}, interest: 200_274},
		// The rate changes on 1 April: 16 days at 10% (4,383.56 → 4,384) and
		// 10 days at 12% (3,287.67 → 3,288).
		{name: "statutory rate change inside the period", rules: rules, terms: InterestTerms{Source: SourceStatutory},
			due: "2026-03-15", pd: "2026-04-10", lines: []wantLine{
				{"2026-03-16", "2026-03-31", 16, "10", principal, 4_384},
				{"2026-04-01", "2026-04-10", 10, "12", principal, 3_288},
			}, interest: 7_672},
		// Statutory interest compounds once a year (Interest Law s.7).
		// 1,100,274 × 10% × 59/365 = 17,785.3 → 17,785.
		{name: "statutory compounds yearly", rules: open, terms: InterestTerms{Source: SourceStatutory},
			due: "2024-01-15", pd: "2025-03-15", lines: []wantLine{
				{"2024-01-16", "2025-01-15", 366, "10", principal, 100_274},
				{"2025-01-16", "2025-03-15", 59, "10", principal + 100_274, 17_785},
			}, interest: 118_059},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.rules.Interest(tc.terms, LatePayment{Principal: ils(principal), Due: day(t, tc.due), Paid: day(t, tc.pd)})
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Lines) != len(tc.lines) {
				t.Fatalf("%d lines, want %d: %+v", len(got.Lines), len(tc.lines), got.Lines)
			}
			for i, w := range tc.lines {
				l := got.Lines[i]
				if l.From.Format(DateLayout) != w.from || l.To.Format(DateLayout) != w.to || l.Days != w.days ||
					l.AnnualRatePercent.String() != w.rate || l.Base != ils(w.base) || l.Amount != ils(w.amount) {
					t.Errorf("line %d: %s–%s %d days %s%% base %v amount %v; want %+v", i,
						l.From.Format(DateLayout), l.To.Format(DateLayout), l.Days, l.AnnualRatePercent, l.Base, l.Amount, w)
				}
			}
			if got.Interest != ils(tc.interest) || got.Total != ils(principal+tc.interest) {
				t.Errorf("interest %v total %v, want %v and %v", got.Interest, got.Total, ils(tc.interest), ils(principal+tc.interest))
			}
			if got.DayCount != "actual/365" {
				t.Errorf("day count %q", got.DayCount)
			}
		})
	}
}

func TestInterestStatutoryTableLimits(t *testing.T) {
	rules := testRules(t, testStatutory)
	pay := func(due, paid string) LatePayment {
		return LatePayment{Principal: ils(100_000), Due: day(t, due), Paid: day(t, paid)}
	}
	t.Run("gap after the table", func(t *testing.T) {
		_, err := rules.Interest(InterestTerms{Source: SourceStatutory, AllowUnverified: true}, pay("2026-09-20", "2026-10-05"))
		wantField(t, err, "rate_source")
		if !strings.Contains(err.Error(), "2026-10-01") {
			t.Errorf("error should name the first day without a rate: %v", err)
		}
	})
	t.Run("unverified refused", func(t *testing.T) {
		_, err := rules.Interest(InterestTerms{Source: SourceStatutory}, pay("2026-06-20", "2026-07-05"))
		wantField(t, err, "rate_source")
		if !strings.Contains(err.Error(), "allow_unverified_rates") {
			t.Errorf("error should say how to allow it: %v", err)
		}
	})
	t.Run("unverified allowed with warnings", func(t *testing.T) {
		got, err := rules.Interest(InterestTerms{Source: SourceStatutory, AllowUnverified: true}, pay("2026-06-20", "2026-07-05"))
		if err != nil {
			t.Fatal(err)
		}
		all := strings.Join(got.Warnings, "\n")
		for _, want := range []string{"UNVERIFIED", "made up for the test", "secondary source (test Q2)", "s.4(א)", "s.6"} {
			if !strings.Contains(all, want) {
				t.Errorf("warnings lack %q:\n%s", want, all)
			}
		}
		if len(got.Lines) != 2 || got.Lines[1].RateStatus != StatusUnverified {
			t.Errorf("want the second line marked unverified: %+v", got.Lines)
		}
	})
}

func TestInterestInvalid(t *testing.T) {
	rules := testRules(t, testStatutory)
	ok := LatePayment{Principal: ils(100), Due: day(t, "2026-03-01"), Paid: day(t, "2026-03-10")}
	tests := []struct {
		name  string
		terms InterestTerms
		pay   LatePayment
		field string
	}{
		{"missing source", InterestTerms{}, ok, "rate_source"},
		{"unknown source", InterestTerms{Source: "payment_law"}, ok, "rate_source"},
		{"negative rate", InterestTerms{Source: SourceAgreement, RatePercent: dec(t, "-1")}, ok, "rate_percent"},
		{"rate with statutory", InterestTerms{Source: SourceStatutory, RatePercent: dec(t, "5")}, ok, "rate_percent"},
		{"monthly statutory", InterestTerms{Source: SourceStatutory, Per: PerMonth}, ok, "per"},
		{"bad per", InterestTerms{Source: SourceAgreement, Per: "week"}, ok, "per"},
		{"bad method", InterestTerms{Source: SourceAgreement, Method: "continuous"}, ok, "method"},
		{"negative principal", InterestTerms{Source: SourceAgreement}, LatePayment{Principal: ils(-1), Due: ok.Due, Paid: ok.Paid}, "principal"},
		{"bad currency", InterestTerms{Source: SourceAgreement}, LatePayment{Principal: Money{Amount: 1, Currency: "shekel"}, Due: ok.Due, Paid: ok.Paid}, "currency"},
		{"missing paid", InterestTerms{Source: SourceAgreement}, LatePayment{Principal: ils(1), Due: ok.Due}, "paid"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := rules.Interest(tc.terms, tc.pay)
			wantField(t, err, tc.field)
		})
	}
	t.Run("overflow is an error", func(t *testing.T) {
		_, err := rules.Interest(InterestTerms{Source: SourceAgreement, RatePercent: dec(t, "999999999"), Per: PerMonth, Method: MethodCompound},
			LatePayment{Principal: ils(1 << 60), Due: day(t, "2000-01-01"), Paid: day(t, "2020-01-01")})
		wantField(t, err, "principal")
		if !strings.Contains(err.Error(), "too large") {
			t.Fatalf("want a too-large error, got %v", err)
		}
	})
}

func TestInterestExplanation(t *testing.T) {
	rules := testRules(t, testStatutory)
	got, err := rules.Interest(InterestTerms{Clause: "9.3", Source: SourceAgreement, RatePercent: dec(t, "1.5"), Per: PerMonth},
		LatePayment{Principal: ils(1_000_000), Due: day(t, "2026-03-01"), Paid: day(t, "2026-04-15")})
	if err != nil {
		t.Fatal(err)
	}
	// 45 days at 18% a year: 1,000,000 × 18% × 45/365 = 22,191.78 → 22,192.
	if got.Interest != ils(22_192) {
		t.Fatalf("interest %v, want 221.92 ILS", got.Interest)
	}
	for _, want := range []string{"Clause 9.3", "1.5% per month", "18% a year", "45 calendar days late", "actual/365",
		"2 Mar 2026–15 Apr 2026: 10,000.00 ILS × 18% × 45/365 = 221.92 ILS", "total due 10,221.92 ILS"} {
		if !strings.Contains(got.Explanation, want) {
			t.Errorf("English explanation lacks %q:\n%s", want, got.Explanation)
		}
	}
	for _, want := range []string{"סעיף 9.3", "1.5% לחודש", "2.3.2026–15.4.2026", "221.92 ₪", "10,221.92 ₪"} {
		if !strings.Contains(got.ExplanationHe, want) {
			t.Errorf("Hebrew explanation lacks %q:\n%s", want, got.ExplanationHe)
		}
	}
}

func TestShippedStatutoryTable(t *testing.T) {
	rules, err := New()
	if err != nil {
		t.Fatal(err)
	}
	entries := rules.StatutoryRates()
	if len(entries) == 0 {
		t.Fatal("no statutory rates shipped")
	}
	unverified := 0
	for i, e := range entries {
		if e.Source == "" || e.To.IsZero() {
			t.Errorf("entry %d needs a source and an end date (rates are published per quarter): %+v", i, e)
		}
		if e.Status == StatusUnverified {
			unverified++
			if e.Note == "" {
				t.Errorf("unverified entry %d has no note saying why", i)
			}
		}
	}
	if unverified == 0 {
		t.Error("the facts file marks the post-2024 rates unverified; the table should say so")
	}
	// A secondary-source quarter computes, with a warning.
	first := entries[0]
	got, err := rules.Interest(InterestTerms{Source: SourceStatutory}, LatePayment{Principal: ils(100_000), Due: first.From, Paid: first.To})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Lines) != 1 || !got.Lines[0].AnnualRatePercent.Equal(first.RatePercent) || len(got.Warnings) == 0 {
		t.Errorf("statement %+v warnings %v", got.Lines, got.Warnings)
	}
}
