package terms

import "testing"

func BenchmarkComputePenaltyBusinessDays(b *testing.B) {
	p := LatePenalty{Clause: "7.2", Value: ils(10_000_000), RatePercent: dec(b, "0.5"), Period: Period{Count: 5, Unit: UnitBusinessDays},
		Partial: PartialProrate, CapPercent: decPtr(b, "10"), TerminateAfter: &Period{Count: 30, Unit: UnitBusinessDays}}
	d := Delay{Due: day(b, "2026-03-05"), Delivered: day(b, "2026-06-01"),
		ForceMajeure: []DateRange{{From: day(b, "2026-04-01"), To: day(b, "2026-04-10")}}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ComputePenalty(p, d, sunThu{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkComputePenaltyCalendarDays(b *testing.B) {
	p := LatePenalty{Value: ils(10_000_000), RatePercent: dec(b, "0.1"), Period: Period{Count: 1, Unit: UnitCalendarDays}, Partial: PartialFull}
	d := Delay{Due: day(b, "2026-03-01"), Delivered: day(b, "2026-03-31")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ComputePenalty(p, d, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInterestCompoundMonthlyFiveYears(b *testing.B) {
	rules := testRules(b, testStatutory)
	terms := InterestTerms{Clause: "9.3", Source: SourceAgreement, RatePercent: dec(b, "1.5"), Per: PerMonth, Method: MethodCompound}
	pay := LatePayment{Principal: ils(10_000_000), Due: day(b, "2021-01-31"), Paid: day(b, "2026-01-31")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rules.Interest(terms, pay); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInterestStatutory(b *testing.B) {
	rules := testRules(b, testStatutory)
	pay := LatePayment{Principal: ils(10_000_000), Due: day(b, "2026-01-15"), Paid: day(b, "2026-06-30")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rules.Interest(InterestTerms{Source: SourceStatutory}, pay); err != nil {
			b.Fatal(err)
		}
	}
}
