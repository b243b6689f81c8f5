package hebrew

import (
	"slices"
	"testing"
)

func TestIsPrefixChain(t *testing.T) {
	tests := []struct {
		chain string
		want  bool
	}{
		{"", true},
		{"ו", true},
		{"ה", true},
		{"וה", true},   // והתשלום
		{"שב", true},   // שבהסכם
		{"כשה", true},  // כשהספק
		{"ומה", true},  // ומהספק
		{"לכש", true},  // לכשיתעורר
		{"וכשה", true}, // וכשהספק
		{"הו", false},  // the article is last
		{"וו", false},
		{"א", false},
		{"ת", false},
		{"ולכשה", false}, // longer than MaxPrefixChain
	}
	for _, tt := range tests {
		if got := IsPrefixChain([]rune(tt.chain)); got != tt.want {
			t.Errorf("IsPrefixChain(%q) = %v, want %v", tt.chain, got, tt.want)
		}
	}
}

func TestFinalForms(t *testing.T) {
	for _, pair := range [][2]rune{{'ך', 'כ'}, {'ם', 'מ'}, {'ן', 'נ'}, {'ף', 'פ'}, {'ץ', 'צ'}} {
		if got := RegularForm(pair[0]); got != pair[1] {
			t.Errorf("RegularForm(%c) = %c", pair[0], got)
		}
		if got := FinalForm(pair[1]); got != pair[0] {
			t.Errorf("FinalForm(%c) = %c", pair[1], got)
		}
	}
	if RegularForm('א') != 'א' || FinalForm('א') != 'א' {
		t.Error("alef changed")
	}
}

func TestStem(t *testing.T) {
	groups := [][]string{
		{"payment", "payments"},
		{"terminate", "terminated", "terminates", "terminating"},
		{"party", "parties"},
		{"agree", "agreed", "agrees", "agreeing"},
		{"invoice", "invoices", "invoiced"},
		{"delay", "delays", "delayed"},
		{"commit", "committed"},
		{"bill", "billing"},
		{"report", "reports", "reported", "reporting"},
		{"penalty", "penalties"},
		// Minutes report the deal in the conditional.
		{"will", "would"},
	}
	for _, g := range groups {
		want := Stem(g[0])
		for _, w := range g[1:] {
			if got := Stem(w); got != want {
				t.Errorf("Stem(%q) = %q, want %q (as %q)", w, got, want, g[0])
			}
		}
	}
	// An independent possessive is not its determiner: "will be yours"
	// gives ownership, "will be your responsibility" does not.
	for _, p := range [][2]string{{"yours", "your"}, {"ours", "our"}, {"theirs", "their"}, {"hers", "her"}} {
		if Stem(p[0]) == Stem(p[1]) {
			t.Errorf("Stem(%q) = Stem(%q) = %q", p[0], p[1], Stem(p[0]))
		}
	}
	for _, w := range []string{"has", "its", "fee", "business", "status", "process"} {
		if got := Stem(w); got != w && w != "process" {
			t.Errorf("Stem(%q) = %q, want unchanged", w, got)
		}
	}
	if Stem("process") != Stem("processes") {
		t.Errorf("process/processes differ: %q %q", Stem("process"), Stem("processes"))
	}
	// "notes" must not meet the negation "not".
	for _, w := range []string{"note", "notes", "noted"} {
		if Stem(w) == Stem("not") {
			t.Errorf("Stem(%q) = %q, the stem of not", w, Stem(w))
		}
	}
	if Stem("note") != Stem("notes") {
		t.Errorf("note/notes differ: %q %q", Stem("note"), Stem("notes"))
	}
}

func TestNounForms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"תשלומ", []string{"תשלומ", "תשלומימ", "תשלומי", "תשלומות"}},
		{"הודעה", []string{"הודעה", "הודעת", "הודעות"}},
		{"פיצויימ", []string{"פיצויימ"}},
		// Folded text has no final letters: the plural is matched as
		// Fold writes it, or it never matches at all.
		{Fold("ביטולים"), []string{"ביטולימ"}},
		{Fold("ביטול"), []string{"ביטול", "ביטולימ", "ביטולי", "ביטולות"}},
		{"אחריות", []string{"אחריות"}},
		{"מס", []string{"מס"}},
		{"fee", []string{"fee"}},
	}
	for _, tt := range tests {
		if got := NounForms(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("NounForms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInvisible(t *testing.T) {
	for _, r := range []rune{0x202A, 0x202E, 0x2066, 0x2069, 0x200E, 0x200F, 0x061C} {
		if !IsBidiControl(r) || !IsInvisible(r) {
			t.Errorf("%U not a bidi control", r)
		}
	}
	for _, r := range []rune{0x200B, 0x200D, 0xFEFF} {
		if !IsZeroWidth(r) || IsBidiControl(r) {
			t.Errorf("%U misclassified", r)
		}
	}
	for _, r := range []rune{'a', 'א', ' ', 0x05BE} {
		if IsInvisible(r) {
			t.Errorf("%U is visible", r)
		}
	}
}
