package review

import (
	"testing"

	"github.com/heskem/heskem/internal/hebrew"
)

// TestPhoneShapes pins which digit groups are read as telephone numbers:
// the trunk-0 and international forms of every plan, and the two common
// shapes written without a trunk prefix (North American, Indian mobile);
// amounts, dates, versions and order numbers are not phones.
func TestPhoneShapes(t *testing.T) {
	e := newTestEngine(t)
	for _, tt := range []struct {
		text  string
		phone string // "" when no phone may be found
	}{
		{"call 03-1234567 today", "03-1234567"},
		{"mobile 052-123-4567.", "052-123-4567"},
		{"at +972-52-1234567", "+972-52-1234567"},
		{"office 022 6178 4402, ext 3", "022 6178 4402"},
		{"Jane Roe, (512) 555-0187; or", "(512) 555-0187"},
		{"Tom Poe, 617-555-0143 or", "617-555-0143"},
		{"Amy Doe 617.555.0199 or", "617.555.0199"},
		{"Anil 98190 22714 at night", "98190 22714"},
		{"total $1,250.00 due", ""},
		{"dated 2026.03.15 here", ""},
		{"PO 4500-2291 only", ""},
		{"version 1.2.3 of it", ""},
		{"reference 123-45-6789 here", ""},
		{"12 345 678 units", ""},
	} {
		rs := hebrew.Normalize(tt.text).Runes
		sc := e.scan(rs)
		got := ""
		if len(sc.phones) > 0 {
			p := sc.phones[0]
			got = string(rs[p.start:p.end])
		}
		if got != tt.phone {
			t.Errorf("%q: phone %q, want %q", tt.text, got, tt.phone)
		}
	}
}
