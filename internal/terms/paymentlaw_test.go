package terms

import (
	"strings"
	"testing"
)

func TestCheckPaymentTerm(t *testing.T) {
	rules, err := New()
	if err != nil {
		t.Fatal(err)
	}
	eom := func(n int) PaymentTerm { return PaymentTerm{Kind: TermEndOfMonth, Days: n} }
	net := func(n int) PaymentTerm { return PaymentTerm{Kind: TermNet, Days: n} }
	tests := []struct {
		name    string
		term    PaymentTerm
		payer   PayerType
		verdict Verdict
		section string
	}{
		{"business eom 45", eom(45), PayerBusiness, VerdictWithin, "3(ז)"},
		{"business eom 46", eom(46), PayerBusiness, VerdictNeedsJustification, "3(ז)"},
		{"business eom 90", eom(90), PayerBusiness, VerdictNeedsJustification, "3(ז)"},
		{"business net 45", net(45), PayerBusiness, VerdictWithin, "3(ז)"},
		// Net 60 on an invoice of the 31st is 60 days after the month's end.
		{"business net 60", net(60), PayerBusiness, VerdictNeedsJustification, "3(ז)"},
		{"business on acceptance 30", PaymentTerm{Kind: TermOnAcceptance, Days: 30}, PayerBusiness, VerdictWithin, "3(ז)"},
		{"state net 45", net(45), PayerState, VerdictWithin, "3(א)"},
		{"state eom 30", eom(30), PayerState, VerdictWithin, "3(א)"},
		// שוטף + 31: over 30 after month end, and up to 61 days from submission.
		{"state eom 31", eom(31), PayerState, VerdictExceeds, "3(א)"},
		{"state net 46", net(46), PayerState, VerdictExceeds, "3(א)"},
		// שוטף + 15 is at most 45 days from submission either way.
		{"state eom 15", eom(15), PayerState, VerdictWithin, "3(א)"},
		{"state construction eom 70", eom(70), PayerStateConstruction, VerdictWithin, "3(ב)"},
		{"state construction net 86", net(86), PayerStateConstruction, VerdictExceeds, "3(ב)"},
		{"public body eom 45 since 2018", eom(45), PayerPublicBody, VerdictNeedsJustification, "3(ה)(1), 10(א)"},
		{"public body net 45", net(45), PayerPublicBody, VerdictWithin, "3(ה)(1), 10(א)"},
		{"local authority eom 45", eom(45), PayerLocalAuthority, VerdictWithin, "3(ו)"},
		{"local authority eom 60", eom(60), PayerLocalAuthority, VerdictExceeds, "3(ו)"},
		{"local authority construction eom 80", eom(80), PayerLocalAuthorityConstruction, VerdictWithin, "3(ו)"},
		{"consumer", eom(120), PayerConsumer, VerdictNotCovered, "2"},
		{"fixed date", PaymentTerm{Kind: TermOnDate, Date: day(t, "2026-05-01")}, PayerBusiness, VerdictCannotCheck, "3(ז)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := rules.CheckPaymentTerm(tc.term, tc.payer)
			if err != nil {
				t.Fatal(err)
			}
			if got.Verdict != tc.verdict || got.Section != tc.section {
				t.Errorf("verdict %s section %s, want %s %s: %s", got.Verdict, got.Section, tc.verdict, tc.section, got.Message)
			}
			if !strings.Contains(got.Message, "s."+tc.section) && tc.verdict != VerdictNotCovered {
				t.Errorf("message does not cite s.%s: %s", tc.section, got.Message)
			}
			if got.MessageHe == "" || got.Source == "" {
				t.Errorf("want a Hebrew message and a source: %+v", got)
			}
		})
	}
	t.Run("exceeds says no contracting out", func(t *testing.T) {
		got, err := rules.CheckPaymentTerm(eom(60), PayerState)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(got.Message, "s.7") || !strings.Contains(got.MessageHe, "שוטף + 30") {
			t.Errorf("message %q / %q", got.Message, got.MessageHe)
		}
	})
	t.Run("unknown payer", func(t *testing.T) {
		_, err := rules.CheckPaymentTerm(eom(30), "alien")
		wantField(t, err, "payer_type")
	})
	t.Run("invalid term", func(t *testing.T) {
		_, err := rules.CheckPaymentTerm(PaymentTerm{Kind: "soon"}, PayerBusiness)
		wantField(t, err, "kind")
	})
}

func TestLatestPaymentDate(t *testing.T) {
	rules, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		payer     PayerType
		submitted string
		want      string
	}{
		// State: the later of 1 Jan + 45 (15 Feb) and 31 Jan + 30 (2 Mar).
		{PayerState, "2026-01-01", "2026-03-02"},
		// State, end of month: 31 Jan + 45 = 17 Mar beats 2 Mar.
		{PayerState, "2026-01-31", "2026-03-17"},
		{PayerBusiness, "2026-01-31", "2026-03-17"},
		{PayerBusiness, "2024-02-29", "2024-04-14"},
	}
	for _, tc := range tests {
		got, ok, err := rules.LatestPaymentDate(tc.payer, day(t, tc.submitted))
		if err != nil || !ok || !got.Equal(day(t, tc.want)) {
			t.Errorf("%s %s: %s %v %v, want %s", tc.payer, tc.submitted, got.Format(DateLayout), ok, err, tc.want)
		}
	}
	if _, ok, err := rules.LatestPaymentDate(PayerConsumer, day(t, "2026-01-01")); ok || err != nil {
		t.Errorf("consumer: ok %v err %v, want no limit and no error", ok, err)
	}
}

func TestPaymentLawTableRejectsBadRules(t *testing.T) {
	bad := []string{
		`{"rules":[{"payer_type":"business","from":"2017-06-30","section":"3(ז)","on_excess":"exceeds","payer_en":"b","payer_he":"ב","source":"s"}]}`,
		`{"rules":[{"payer_type":"business","from":"2017-06-30","section":"3(ז)","max_days_after_month_end":45,"on_excess":"maybe","payer_en":"b","payer_he":"ב","source":"s"}]}`,
		`{"rules":[{"payer_type":"business","from":"2017-06-30","max_days_after_month_end":45,"on_excess":"exceeds","payer_en":"b","payer_he":"ב","source":"s"}]}`,
		`{"rules":[{"payer_type":"business","from":"17-06-30","section":"3","max_days_after_month_end":45,"on_excess":"exceeds","payer_en":"b","payer_he":"ב","source":"s"}]}`,
	}
	for i, js := range bad {
		if _, err := NewWithTables(Tables{PaymentLaw: []byte(js)}); err == nil {
			t.Errorf("table %d should be rejected", i)
		}
	}
}

func TestPayerTypes(t *testing.T) {
	rules, err := New()
	if err != nil {
		t.Fatal(err)
	}
	got := rules.PayerTypes()
	want := []PayerType{PayerBusiness, PayerConsumer, PayerLocalAuthority, PayerLocalAuthorityConstruction,
		PayerPublicBody, PayerPublicBodyConstruction, PayerState, PayerStateConstruction}
	if len(got) != len(want) {
		t.Fatalf("payer types %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("payer types %v, want %v (sorted)", got, want)
		}
	}
}
