package terms

import (
	"strings"
	"testing"
	"time"
)

func TestComputePenalty(t *testing.T) {
	// The value is 100,000.00 ₪ = 10,000,000 agorot throughout, so 0.5% of it
	// is 50,000 agorot (500.00 ₪) and 1% is 100,000 agorot.
	const value = 10_000_000
	base := func(rate string, p Period, partial PartialPeriod) LatePenalty {
		return LatePenalty{Clause: "7.2", Value: ils(value), RatePercent: dec(t, rate), Period: p, Partial: partial}
	}
	day1 := Period{Count: 1, Unit: UnitCalendarDays}
	week := Period{Count: 1, Unit: UnitWeeks}
	tests := []struct {
		name      string
		p         LatePenalty
		due, dlv  string
		fm        [][2]string
		wantDays  int
		wantPause int
		periods   string
		want      int64 // agorot after the cap
		capped    bool
	}{
		{name: "zero delay", p: base("1", day1, PartialFull), due: "2026-03-01", dlv: "2026-03-01", periods: "0"},
		{name: "delivered before due", p: base("1", day1, PartialFull), due: "2026-03-10", dlv: "2026-03-01", periods: "0"},
		// 10 days × 1% × 10,000,000 = 1,000,000 agorot.
		{name: "calendar days", p: base("1", day1, PartialFull), due: "2026-03-01", dlv: "2026-03-11", wantDays: 10, periods: "10", want: 1_000_000},
		// 10 days in weeks: full ⌈10/7⌉ = 2 weeks × 50,000 = 100,000.
		{name: "weeks full", p: base("0.5", week, PartialFull), due: "2026-03-01", dlv: "2026-03-11", wantDays: 10, periods: "2", want: 100_000},
		// prorate 10/7 × 50,000 = 71,428.57 → 71,429.
		{name: "weeks prorate", p: base("0.5", week, PartialProrate), due: "2026-03-01", dlv: "2026-03-11", wantDays: 10, periods: "1.4286", want: 71_429},
		// exactly two weeks: full and prorate agree.
		{name: "weeks prorate whole", p: base("0.5", week, PartialProrate), due: "2026-03-01", dlv: "2026-03-15", wantDays: 14, periods: "2", want: 100_000},
		{name: "two-week period full", p: base("0.5", Period{Count: 2, Unit: UnitWeeks}, PartialFull), due: "2026-03-01", dlv: "2026-03-16", wantDays: 15, periods: "2", want: 100_000},
		// 30 days × 1% = 30% = 3,000,000, capped at 10% = 1,000,000.
		{name: "cap reached", p: func() LatePenalty { p := base("1", day1, PartialFull); p.CapPercent = decPtr(t, "10"); return p }(),
			due: "2026-03-01", dlv: "2026-03-31", wantDays: 30, periods: "30", want: 1_000_000, capped: true},
		{name: "cap not reached", p: func() LatePenalty { p := base("1", day1, PartialFull); p.CapPercent = decPtr(t, "50"); return p }(),
			due: "2026-03-01", dlv: "2026-03-31", wantDays: 30, periods: "30", want: 3_000_000},
		{name: "cap exactly reached is not capped", p: func() LatePenalty { p := base("1", day1, PartialFull); p.CapPercent = decPtr(t, "30"); return p }(),
			due: "2026-03-01", dlv: "2026-03-31", wantDays: 30, periods: "30", want: 3_000_000},
		// fixed 500.00 ₪ per 2 days, 5 days late: full 3 periods, prorate 2.5.
		{name: "fixed full", p: LatePenalty{Value: ils(value), Fixed: &Money{Amount: 50_000, Currency: "ILS"}, Period: Period{Count: 2, Unit: UnitCalendarDays}, Partial: PartialFull},
			due: "2026-03-01", dlv: "2026-03-06", wantDays: 5, periods: "3", want: 150_000},
		{name: "fixed prorate", p: LatePenalty{Value: ils(value), Fixed: &Money{Amount: 50_000, Currency: "ILS"}, Period: Period{Count: 2, Unit: UnitCalendarDays}, Partial: PartialProrate},
			due: "2026-03-01", dlv: "2026-03-06", wantDays: 5, periods: "2.5", want: 125_000},
		// 19 days after due, 5 of them (5–9 March) force majeure.
		{name: "force majeure inside the delay", p: base("1", day1, PartialFull), due: "2026-03-01", dlv: "2026-03-20",
			fm: [][2]string{{"2026-03-05", "2026-03-09"}}, wantDays: 14, wantPause: 5, periods: "14", want: 1_400_000},
		// Pause from before due to 4 March: of 2–10 March, 2–4 are paused.
		{name: "force majeure spanning the due date", p: base("1", day1, PartialFull), due: "2026-03-01", dlv: "2026-03-10",
			fm: [][2]string{{"2026-02-25", "2026-03-04"}}, wantDays: 6, wantPause: 3, periods: "6", want: 600_000},
		{name: "overlapping pauses counted once", p: base("1", day1, PartialFull), due: "2026-03-01", dlv: "2026-03-10",
			fm: [][2]string{{"2026-03-03", "2026-03-05"}, {"2026-03-02", "2026-03-04"}}, wantDays: 5, wantPause: 4, periods: "5", want: 500_000},
		{name: "force majeure covering the whole delay", p: base("1", day1, PartialFull), due: "2026-03-01", dlv: "2026-03-10",
			fm: [][2]string{{"2026-02-01", "2026-04-01"}}, wantDays: 0, wantPause: 9, periods: "0", want: 0},
		// Due Thursday 5 March 2026; Friday and Saturday are not business days.
		{name: "business days over a weekend", p: base("1", Period{Count: 1, Unit: UnitBusinessDays}, PartialFull), due: "2026-03-05", dlv: "2026-03-08", wantDays: 1, periods: "1", want: 100_000},
		{name: "business days a week later", p: base("1", Period{Count: 1, Unit: UnitBusinessDays}, PartialFull), due: "2026-03-05", dlv: "2026-03-12", wantDays: 5, periods: "5", want: 500_000},
		{name: "delivered on the weekend", p: base("1", Period{Count: 1, Unit: UnitBusinessDays}, PartialFull), due: "2026-03-05", dlv: "2026-03-07", wantDays: 0, periods: "0", want: 0},
		// 29 February is a late day in 2024; 2025 has none.
		{name: "leap year", p: base("1", day1, PartialFull), due: "2024-02-28", dlv: "2024-03-01", wantDays: 2, periods: "2", want: 200_000},
		{name: "non-leap year", p: base("1", day1, PartialFull), due: "2025-02-28", dlv: "2025-03-01", wantDays: 1, periods: "1", want: 100_000},
		// 1.00 ₪ × 0.5% = half an agora, rounded away from zero.
		{name: "half an agora rounds up", p: LatePenalty{Value: ils(100), RatePercent: dec(t, "0.5"), Period: day1, Partial: PartialFull}, due: "2026-03-01", dlv: "2026-03-02", wantDays: 1, periods: "1", want: 1},
		{name: "under half an agora rounds down", p: LatePenalty{Value: ils(100), RatePercent: dec(t, "0.4"), Period: day1, Partial: PartialFull}, due: "2026-03-01", dlv: "2026-03-02", wantDays: 1, periods: "1", want: 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Delay{Due: day(t, tc.due), Delivered: day(t, tc.dlv)}
			for _, r := range tc.fm {
				d.ForceMajeure = append(d.ForceMajeure, DateRange{From: day(t, r[0]), To: day(t, r[1])})
			}
			got, err := ComputePenalty(tc.p, d, sunThu{})
			if err != nil {
				t.Fatal(err)
			}
			if got.DaysLate != tc.wantDays || got.PausedDays != tc.wantPause {
				t.Errorf("days late %d paused %d, want %d and %d", got.DaysLate, got.PausedDays, tc.wantDays, tc.wantPause)
			}
			if got.Periods.String() != tc.periods {
				t.Errorf("periods %s, want %s", got.Periods, tc.periods)
			}
			if got.Amount != ils(tc.want) || got.Capped != tc.capped {
				t.Errorf("penalty %v capped %v, want %v capped %v", got.Amount, got.Capped, ils(tc.want), tc.capped)
			}
			if !tc.capped && got.Uncapped != got.Amount {
				t.Errorf("uncapped %v differs from amount %v without a cap", got.Uncapped, got.Amount)
			}
		})
	}
}

func TestComputePenaltyTermination(t *testing.T) {
	month := &Period{Count: 30, Unit: UnitCalendarDays}
	tests := []struct {
		name     string
		after    *Period
		due, dlv string
		fm       [][2]string
		from     string
		may      bool
	}{
		// Late days after 1 March: 2 March is the 1st, 31 March the 30th, so
		// the delay first exceeds 30 days on 1 April.
		{name: "delivered the day the delay exceeds", after: month, due: "2026-03-01", dlv: "2026-04-01", from: "2026-04-01", may: true},
		{name: "delivered on the 30th late day", after: month, due: "2026-03-01", dlv: "2026-03-31", from: "2026-04-01", may: false},
		{name: "delivered before due", after: month, due: "2026-03-01", dlv: "2026-02-20", from: "2026-04-01", may: false},
		// Five paused days push it to 6 April.
		{name: "force majeure moves it", after: month, due: "2026-03-01", dlv: "2026-04-06", fm: [][2]string{{"2026-03-10", "2026-03-14"}}, from: "2026-04-06", may: true},
		// Due Thursday 5 March: late business days are Sun 8, Mon 9, Tue 10.
		{name: "business days", after: &Period{Count: 2, Unit: UnitBusinessDays}, due: "2026-03-05", dlv: "2026-03-10", from: "2026-03-10", may: true},
		{name: "weeks", after: &Period{Count: 2, Unit: UnitWeeks}, due: "2026-03-01", dlv: "2026-03-20", from: "2026-03-16", may: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := LatePenalty{Value: ils(100_000), RatePercent: dec(t, "1"), Period: Period{Count: 1, Unit: UnitCalendarDays}, Partial: PartialFull, TerminateAfter: tc.after}
			d := Delay{Due: day(t, tc.due), Delivered: day(t, tc.dlv)}
			for _, r := range tc.fm {
				d.ForceMajeure = append(d.ForceMajeure, DateRange{From: day(t, r[0]), To: day(t, r[1])})
			}
			got, err := ComputePenalty(p, d, sunThu{})
			if err != nil {
				t.Fatal(err)
			}
			if !got.TerminateFrom.Equal(day(t, tc.from)) || got.MayTerminate != tc.may {
				t.Errorf("terminate from %s may %v, want %s and %v", got.TerminateFrom.Format(DateLayout), got.MayTerminate, tc.from, tc.may)
			}
		})
	}
	t.Run("no terminate_after", func(t *testing.T) {
		p := LatePenalty{Value: ils(100_000), RatePercent: dec(t, "1"), Period: Period{Count: 1, Unit: UnitCalendarDays}, Partial: PartialFull}
		got, err := ComputePenalty(p, Delay{Due: day(t, "2026-03-01"), Delivered: day(t, "2027-03-01")}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !got.TerminateFrom.IsZero() || got.MayTerminate {
			t.Errorf("terminate from %v may %v without terminate_after", got.TerminateFrom, got.MayTerminate)
		}
	})
}

func TestComputePenaltyInvalid(t *testing.T) {
	good := func() (LatePenalty, Delay) {
		return LatePenalty{Value: ils(100_000), RatePercent: dec(t, "1"), Period: Period{Count: 1, Unit: UnitCalendarDays}, Partial: PartialFull},
			Delay{Due: day(t, "2026-03-01"), Delivered: day(t, "2026-03-05")}
	}
	tests := []struct {
		name  string
		edit  func(*LatePenalty, *Delay)
		field string
	}{
		{"negative value", func(p *LatePenalty, _ *Delay) { p.Value.Amount = -1 }, "value"},
		{"bad currency", func(p *LatePenalty, _ *Delay) { p.Value.Currency = "ils" }, "currency"},
		{"negative rate", func(p *LatePenalty, _ *Delay) { p.RatePercent = dec(t, "-1") }, "rate_percent"},
		{"rate and fixed", func(p *LatePenalty, _ *Delay) { p.Fixed = &Money{Amount: 1, Currency: "ILS"} }, "rate_percent"},
		{"fixed in another currency", func(p *LatePenalty, _ *Delay) {
			p.RatePercent = dec(t, "0")
			p.Fixed = &Money{Amount: 1, Currency: "USD"}
		}, "fixed_amount"},
		{"unknown unit", func(p *LatePenalty, _ *Delay) { p.Period.Unit = "months" }, "period.unit"},
		{"missing unit", func(p *LatePenalty, _ *Delay) { p.Period.Unit = "" }, "period.unit"},
		{"zero count", func(p *LatePenalty, _ *Delay) { p.Period.Count = 0 }, "period.count"},
		{"huge count", func(p *LatePenalty, _ *Delay) { p.Period.Count = MaxPeriodCount + 1 }, "period.count"},
		{"bad partial", func(p *LatePenalty, _ *Delay) { p.Partial = "half" }, "partial_period"},
		{"negative cap", func(p *LatePenalty, _ *Delay) { p.CapPercent = decPtr(t, "-5") }, "cap_percent"},
		{"bad terminate unit", func(p *LatePenalty, _ *Delay) { p.TerminateAfter = &Period{Count: 3, Unit: "fortnights"} }, "terminate_after.unit"},
		{"missing due", func(_ *LatePenalty, d *Delay) { d.Due = time.Time{} }, "due"},
		{"year out of range", func(_ *LatePenalty, d *Delay) { d.Delivered = day(t, "2600-01-01") }, "delivered"},
		{"pause ends before it starts", func(_ *LatePenalty, d *Delay) {
			d.ForceMajeure = []DateRange{{From: day(t, "2026-03-01"), To: day(t, "2026-03-02")}, {From: day(t, "2026-03-05"), To: day(t, "2026-03-04")}}
		}, "force_majeure[1].to"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, d := good()
			tc.edit(&p, &d)
			_, err := ComputePenalty(p, d, sunThu{})
			wantField(t, err, tc.field)
		})
	}
	t.Run("business days need a calendar", func(t *testing.T) {
		p, d := good()
		p.Period.Unit = UnitBusinessDays
		if _, err := ComputePenalty(p, d, nil); err == nil || !strings.Contains(err.Error(), "calendar") {
			t.Fatalf("want a missing-calendar error, got %v", err)
		}
	})
	t.Run("termination never reached", func(t *testing.T) {
		p, d := good()
		p.TerminateAfter = &Period{Count: 1, Unit: UnitBusinessDays}
		got, err := ComputePenalty(p, d, noBusinessDays{})
		if err != nil {
			t.Fatal(err)
		}
		if !got.TerminateFrom.IsZero() || got.MayTerminate || !strings.Contains(got.Explanation, "does not happen") {
			t.Errorf("terminate from %v may %v: %s", got.TerminateFrom, got.MayTerminate, got.Explanation)
		}
	})
}

type noBusinessDays struct{}

func (noBusinessDays) IsBusinessDay(time.Time) bool { return false }

func TestPenaltyExplanation(t *testing.T) {
	p := LatePenalty{Clause: "7.2", Value: ils(10_000_000), RatePercent: dec(t, "0.5"), Period: Period{Count: 1, Unit: UnitWeeks},
		Partial: PartialProrate, CapPercent: decPtr(t, "0.6"), TerminateAfter: &Period{Count: 30, Unit: UnitCalendarDays}}
	d := Delay{Due: day(t, "2026-03-01"), Delivered: day(t, "2026-03-13"), ForceMajeure: []DateRange{{From: day(t, "2026-03-03"), To: day(t, "2026-03-04")}}}
	got, err := ComputePenalty(p, d, nil)
	if err != nil {
		t.Fatal(err)
	}
	// 12 days after due, 2 paused: 10 days, 10/7 weeks × 500.00 = 714.29, capped at 600.00.
	for _, want := range []string{"Clause 7.2", "1 Mar 2026", "13 Mar 2026", "10 calendar days late", "2 calendar days of force majeure",
		"10 ÷ 7 ≈ 1.4286", "0.5% × 100,000.00 ILS = 714.29 ILS", "rounded half away from zero", "capped at 600.00 ILS", "from 3 Apr 2026" /* 31st counted day, 2 paused */} {
		if !strings.Contains(got.Explanation, want) {
			t.Errorf("English explanation lacks %q:\n%s", want, got.Explanation)
		}
	}
	for _, want := range []string{"סעיף 7.2", "1.3.2026", "13.3.2026", "10 ימים קלנדריים", "2 ימי כוח עליון", "714.29 ₪", "600.00 ₪", "החל מ־3.4.2026"} {
		if !strings.Contains(got.ExplanationHe, want) {
			t.Errorf("Hebrew explanation lacks %q:\n%s", want, got.ExplanationHe)
		}
	}
	if !got.TerminateFrom.Equal(day(t, "2026-04-03")) {
		t.Errorf("terminate from %s, want 2026-04-03", got.TerminateFrom.Format(DateLayout))
	}
}
