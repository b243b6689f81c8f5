package rtl

import (
	"testing"
	"unicode/utf8"
)

func TestVisual(t *testing.T) {
	for _, tc := range []struct {
		in   string
		rtl  bool
		want string
	}{
		{"שלום", true, "םולש"},
		{"שלום abc 123 עולם", true, "םלוע abc 123 םולש"},
		{"המחיר ₪12,500 לחודש", true, "שדוחל ₪12,500 ריחמה"},
		{"סעיף (א) חל", true, "לח (א) ףיעס"},
		{"Price: שלום עולם.", false, "Price: םלוע םולש."},
		{"plain English", false, "plain English"},
		{"", true, ""},
		// A Hebrew line that starts with a number or a Latin word is still
		// a right-to-left line.
		{"40% שלום", true, "םולש 40%"},
		{"CRM חדש", true, "שדח CRM"},
		{"שורה א\nשורה ב", true, "א הרוש\nב הרוש"},
	} {
		if got := Visual(tc.in, tc.rtl); got != tc.want {
			t.Errorf("Visual(%q, %v) = %q, want %q", tc.in, tc.rtl, got, tc.want)
		}
	}
}

func TestIsRTL(t *testing.T) {
	if !IsRTL("הסכם שירותים SaaS") || IsRTL("Service agreement עם") || IsRTL("123") {
		t.Error("IsRTL")
	}
}

func FuzzVisual(f *testing.F) {
	for _, s := range []string{"שלום abc 123", "(א) [ב] {ג}", "\u202eabc\u202c", "a\nב"} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, rtl bool) {
		if !utf8.ValidString(s) {
			return
		}
		// Reordering never adds or loses characters (mirroring keeps the count).
		if v := Visual(s, rtl); utf8.RuneCountInString(v) != utf8.RuneCountInString(s) {
			t.Errorf("Visual(%q) = %q changes the number of characters", s, v)
		}
	})
}
