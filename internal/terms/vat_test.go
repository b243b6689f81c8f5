package terms

import (
	"testing"
)

func TestVATRate(t *testing.T) {
	rules, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		date, want string
	}{
		{"2024-12-31", "17"},
		{"2025-01-01", "18"},
		{"2026-06-15", "18"},
		{"2015-09-30", "18"},
		{"2015-10-01", "17"},
		{"2013-06-01", "17"},
		{"2013-06-02", "18"},
		{"2009-07-01", "16.5"},
		{"2010-01-01", "16"},
	}
	for _, tc := range tests {
		got, err := rules.VATRate(day(t, tc.date))
		if err != nil {
			t.Fatalf("%s: %v", tc.date, err)
		}
		if got.RatePercent.String() != tc.want || got.Source == "" {
			t.Errorf("VAT on %s: %s%% (source %q), want %s%% with a source", tc.date, got.RatePercent, got.Source, tc.want)
		}
	}
	if _, err := rules.VATRate(day(t, "2009-06-30")); err == nil {
		t.Error("a date before the table should be an error, not a guess")
	}
}

func TestAddAndSplitVAT(t *testing.T) {
	rules, err := New()
	if err != nil {
		t.Fatal(err)
	}
	on18, on17 := day(t, "2026-01-01"), day(t, "2024-06-01")
	adds := []struct {
		name          string
		net           int64
		date          string
		wantVAT, want int64
	}{
		{"100.00 at 18%", 10_000, "2026-01-01", 1_800, 11_800},
		{"100.00 at 17%", 10_000, "2024-06-01", 1_700, 11_700},
		// 3 agorot × 18% = 0.54 agora → 1.
		{"rounds half away", 3, "2026-01-01", 1, 4},
		// 2 agorot × 18% = 0.36 → 0.
		{"rounds down under half", 2, "2026-01-01", 0, 2},
		{"zero", 0, "2026-01-01", 0, 0},
	}
	for _, tc := range adds {
		got, err := rules.AddVAT(ils(tc.net), day(t, tc.date))
		if err != nil {
			t.Fatal(err)
		}
		if got.VAT != ils(tc.wantVAT) || got.Gross != ils(tc.want) || got.Net != ils(tc.net) {
			t.Errorf("%s: %+v", tc.name, got)
		}
	}
	splits := []struct {
		name           string
		gross, wantVAT int64
	}{
		{"118.00", 11_800, 1_800},
		// 100 × 18/118 = 15.25 → 15.
		{"1.00", 100, 15},
		// 1 × 18/118 = 0.15 → 0.
		{"one agora", 1, 0},
		// 11,801 × 18/118 = 1,800.15 → 1,800.
		{"118.01", 11_801, 1_800},
	}
	for _, tc := range splits {
		got, err := rules.SplitVAT(ils(tc.gross), on18)
		if err != nil {
			t.Fatal(err)
		}
		if got.VAT != ils(tc.wantVAT) || got.Net.Amount+got.VAT.Amount != tc.gross {
			t.Errorf("%s: %+v", tc.name, got)
		}
	}
	// Splitting then adding back lands within an agora of the gross.
	for g := int64(0); g < 5_000; g += 7 {
		s, err := rules.SplitVAT(ils(g), on17)
		if err != nil {
			t.Fatal(err)
		}
		a, err := rules.AddVAT(s.Net, on17)
		if err != nil {
			t.Fatal(err)
		}
		if d := a.Gross.Amount - g; d < -1 || d > 1 {
			t.Fatalf("gross %d: split %+v, added back %d", g, s, a.Gross.Amount)
		}
	}
	if _, err := rules.AddVAT(Money{Amount: 1, Currency: "₪"}, on18); err == nil {
		t.Error("want an error for a bad currency")
	}
}

func TestParseRateTable(t *testing.T) {
	tests := []struct {
		name, json string
		ok         bool
	}{
		{"open-ended entries", `{"rates":[{"from":"2020-01-01","rate_percent":"1","source":"s","status":"confirmed"},{"from":"2021-01-01","rate_percent":"2","source":"s","status":"confirmed"}]}`, true},
		{"overlap", `{"rates":[{"from":"2020-01-01","to":"2020-12-31","rate_percent":"1","source":"s","status":"confirmed"},{"from":"2020-06-01","rate_percent":"2","source":"s","status":"confirmed"}]}`, false},
		{"out of order", `{"rates":[{"from":"2021-01-01","rate_percent":"1","source":"s","status":"confirmed"},{"from":"2020-01-01","rate_percent":"2","source":"s","status":"confirmed"}]}`, false},
		{"no source", `{"rates":[{"from":"2020-01-01","rate_percent":"1","status":"confirmed"}]}`, false},
		{"bad status", `{"rates":[{"from":"2020-01-01","rate_percent":"1","source":"s","status":"probably"}]}`, false},
		{"to before from", `{"rates":[{"from":"2020-01-01","to":"2019-01-01","rate_percent":"1","source":"s","status":"confirmed"}]}`, false},
		{"negative rate", `{"rates":[{"from":"2020-01-01","rate_percent":"-1","source":"s","status":"confirmed"}]}`, false},
		{"unknown field", `{"rates":[{"from":"2020-01-01","rate":"1","source":"s","status":"confirmed"}]}`, false},
		{"empty", `{"rates":[]}`, false},
	}
	for _, tc := range tests {
		tab, err := ParseRateTable("test", []byte(tc.json))
		if (err == nil) != tc.ok {
			t.Errorf("%s: err %v, want ok=%v", tc.name, err, tc.ok)
		}
		if tc.ok {
			e, err := tab.At(day(t, "2020-12-31"))
			if err != nil || e.RatePercent.String() != "1" || !e.To.Equal(day(t, "2020-12-31")) {
				t.Errorf("%s: entry before the change %+v, %v", tc.name, e, err)
			}
			if e, err := tab.At(day(t, "2099-01-01")); err != nil || e.RatePercent.String() != "2" {
				t.Errorf("%s: open-ended last entry %+v, %v", tc.name, e, err)
			}
		}
	}
}

func FuzzParseRateTable(f *testing.F) {
	f.Add([]byte(vatRatesJSON))
	f.Add([]byte(statutoryInterestJSON))
	f.Add([]byte(`{"rates":[{"from":"2020-01-01","rate_percent":"1e9","source":"s","status":"confirmed"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := ParseRateTable("fuzz", data)
		if err != nil {
			return
		}
		// A table that loads is sorted without overlaps.
		es := tab.Entries()
		for i := 1; i < len(es); i++ {
			if !es[i].From.After(es[i-1].To) {
				t.Fatalf("entries %d and %d overlap: %+v", i-1, i, es)
			}
		}
	})
}
