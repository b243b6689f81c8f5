package listnum

import "testing"

func TestFormat(t *testing.T) {
	tests := []struct {
		n    int
		s    Style
		want string
	}{
		{1, Decimal, "1"}, {12, Decimal, "12"}, {0, Decimal, "0"},
		{3, DecimalZero, "03"}, {12, DecimalZero, "12"},
		{1, LowerLetter, "a"}, {26, LowerLetter, "z"}, {27, LowerLetter, "aa"}, {28, UpperLetter, "BB"},
		{4, LowerRoman, "iv"}, {9, UpperRoman, "IX"}, {1994, UpperRoman, "MCMXCIV"},
		{1, Hebrew1, "א"}, {10, Hebrew1, "י"}, {11, Hebrew1, "יא"}, {15, Hebrew1, "טו"}, {16, Hebrew1, "טז"},
		{20, Hebrew1, "כ"}, {99, Hebrew1, "צט"}, {115, Hebrew1, "קטו"}, {400, Hebrew1, "ת"}, {745, Hebrew1, "תשמה"},
		{1, Hebrew2, "א"}, {22, Hebrew2, "ת"}, {23, Hebrew2, "אא"},
		{5, None, ""}, {5, Bullet, ""},
		// Out of range: decimal, never a huge string.
		{0, LowerLetter, "0"}, {2_000_000_000, LowerLetter, "2000000000"}, {2_000_000_000, Hebrew2, "2000000000"},
		{1000, Hebrew1, "1000"}, {-3, LowerRoman, "-3"},
	}
	for _, tt := range tests {
		if got := Format(tt.n, tt.s); got != tt.want {
			t.Errorf("Format(%d, %d) = %q, want %q", tt.n, tt.s, got, tt.want)
		}
	}
}

func TestParse(t *testing.T) {
	word := map[string]Style{"decimal": Decimal, "hebrew1": Hebrew1, "hebrew2": Hebrew2, "lowerLetter": LowerLetter,
		"upperRoman": UpperRoman, "bullet": Bullet, "none": None, "ordinalText": Decimal}
	for in, want := range word {
		if got := ParseWord(in); got != want {
			t.Errorf("ParseWord(%q) = %d, want %d", in, got, want)
		}
	}
	css := []struct {
		in   string
		want Style
		ok   bool
	}{{"a", LowerLetter, true}, {"A", UpperLetter, true}, {"hebrew", Hebrew1, true}, {"i", LowerRoman, true},
		{"disc", Bullet, true}, {"armenian", Decimal, false}}
	for _, tt := range css {
		if got, ok := ParseCSS(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("ParseCSS(%q) = %d,%v want %d,%v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
