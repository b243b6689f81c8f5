package bizday

import (
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	good := []struct {
		in   string
		want time.Time
	}{
		{"2026-03-01", Date(2026, 3, 1)},
		{" 2026-03-01\n", Date(2026, 3, 1)},
		{"1.3.2026", Date(2026, 3, 1)},
		{"01.03.2026", Date(2026, 3, 1)},
		{"27.11.2026", Date(2026, 11, 27)},
		{"29.2.2028", Date(2028, 2, 29)},
		{"9999-12-31", Date(9999, 12, 31)},
		{"0001-01-01", Date(1, 1, 1)},
	}
	for _, tt := range good {
		got, err := ParseDate(tt.in)
		if err != nil || !got.Equal(tt.want) || got.Location() != time.UTC {
			t.Errorf("ParseDate(%q) = %v, %v; want %s UTC", tt.in, got, err, tt.want.Format(time.DateOnly))
		}
	}
	bad := []struct{ in, wantErr string }{
		{"", "empty"},
		{"2026-3-1", "2 digits"},
		{"2026-02-29", "day 29 outside 1–28"},
		{"29.2.2026", "day 29"},
		{"1/3/2026", "want"},
		{"3.1.26", "4 digits"},
		{"2026-13-01", "month 13"},
		{"0000-01-01", "year 0"},
		{"+2026-03-01", "want"},
		{"2026-03-01T00:00", "want"},
		{"1..2026", "digits"},
		{"١.٣.٢٠٢٦", "want"},
		{"32.1.2026", "day 32"},
		{"2026-00-10", "month 0"},
	}
	for _, tt := range bad {
		got, err := ParseDate(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("ParseDate(%q) = %v, %v; want an error mentioning %q", tt.in, got, err, tt.wantErr)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-03-01", "1.3.2026", "31.12.9999", "2028-02-29", "29.2.2026", "", " 1.1.0001 ", "1-1-2026", "99.99.9999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		d, err := ParseDate(in)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("ParseDate(%q) failed but returned %v", in, d)
			}
			return
		}
		if !d.Equal(Day(d)) || d.Location() != time.UTC {
			t.Fatalf("ParseDate(%q) = %v, not 00:00 UTC", in, d)
		}
		if d.Year() < MinYear || d.Year() > MaxYear {
			t.Fatalf("ParseDate(%q) = %v, year out of range", in, d)
		}
		// Both written forms of the result read back to it.
		for _, layout := range []string{time.DateOnly, "2.1.2006"} {
			s := d.Format(layout)
			back, err := ParseDate(s)
			if err != nil || !back.Equal(d) {
				t.Fatalf("ParseDate(%q) = %v; its form %q reads back as %v, %v", in, d, s, back, err)
			}
		}
		// The input held the day's digits: it is one of the accepted spellings.
		trimmed := strings.TrimSpace(in)
		_, m, day := d.Date()
		var spellings []string
		for _, ds := range []string{itoa2(day), itoa(day)} {
			for _, ms := range []string{itoa2(int(m)), itoa(int(m))} {
				spellings = append(spellings, ds+"."+ms+"."+d.Format("2006"))
			}
		}
		spellings = append(spellings, d.Format(time.DateOnly))
		found := false
		for _, s := range spellings {
			found = found || s == trimmed
		}
		if !found {
			t.Fatalf("ParseDate(%q) = %s, but the input is none of %v", in, d.Format(time.DateOnly), spellings)
		}
	})
}

func itoa(n int) string { return strings.TrimLeft(itoa2(n), "0") }

func itoa2(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }
