package docgen

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/heskem/heskem/internal/rtl"
)

// TestVisualLine checks display order against the Unicode Bidirectional
// Algorithm (the outputs agree with LibreOffice and Chromium rendering the
// same text).
func TestVisualLine(t *testing.T) {
	for _, tc := range []struct {
		in   string
		rtl  bool
		want string
	}{
		{"שלום", true, "םולש"},
		{"40% שלום", true, "םולש 40%"},                             // number first in a Hebrew line
		{"CRM מבוססת Salesforce.", true, ".Salesforce תססובמ CRM"}, // Latin at both ends
		{"1.", true, ".1"},                                         // a section number alone
		{"1.1", true, "1.1"},
		{"(א)", true, "(א)"},
		{"בסך ₪120,000 בתוספת", true, "תפסותב ₪120,000 ךסב"},
		{"שוטף + 30 ממועד", true, "דעוממ 30 + ףטוש"},
		{"טלפון 03-5551234.", true, ".03-5551234 ןופלט"},
		{"השנייה (Milestone 2).", true, ".(Milestone 2) היינשה"},
		{"milestone (אבן דרך 2).", false, "milestone (2 ךרד ןבא)."},
		{"abc שלום 123 def", false, "abc 123 םולש def"},
		{"plain English", false, "plain English"},
		{"", true, ""},
	} {
		got := joinPieces(visualPieces(tc.in, tc.rtl))
		if got != tc.want {
			t.Errorf("visual(%q, rtl=%v) = %q, want %q", tc.in, tc.rtl, got, tc.want)
		}
	}
}

// TestVisualAgreesWithRTL: on the lines internal/rtl's own tests use,
// which it lays out correctly, both give the same display order.
func TestVisualAgreesWithRTL(t *testing.T) {
	for _, tc := range []struct {
		in  string
		rtl bool
	}{
		{"שלום", true},
		{"שלום abc 123 עולם", true},
		{"המחיר ₪12,500 לחודש", true},
		{"סעיף (א) חל", true},
		{"Price: שלום עולם.", false},
		{"plain English", false},
	} {
		if got, want := joinPieces(visualPieces(tc.in, tc.rtl)), rtl.Visual(tc.in, tc.rtl); got != want {
			t.Errorf("visual(%q) = %q, rtl.Visual = %q", tc.in, got, want)
		}
	}
}

// TestMirroredBracketsCarryActualText: a bracket shown mirrored is its own
// piece whose actual text is the author's bracket.
func TestMirroredBracketsCarryActualText(t *testing.T) {
	ps := visualPieces("סעיף (א) חל", true)
	var actual []string
	for _, p := range ps {
		if p.actual != "" {
			actual = append(actual, p.text+"→"+p.actual)
		}
	}
	if want := []string{"(→)", ")→("}; !slices.Equal(actual, want) {
		t.Errorf("mirrored pieces = %q, want %q", actual, want)
	}
	for _, p := range visualPieces("milestone (x) done", false) {
		if p.actual != "" {
			t.Errorf("left-to-right brackets mirrored: %+v", p)
		}
	}
	if got := actualTextOp("(א"); got != "/Span <</ActualText <FEFF002805D0>>> BDC" {
		t.Errorf("actualTextOp = %q", got)
	}
}

// TestLevelsOnParagraph: levels come from the whole paragraph, so a
// wrapped line that starts with Latin text keeps the paragraph's
// right-to-left order.
func TestLevelsOnParagraph(t *testing.T) {
	rs := []rune("הספק יספק שירותי CRM מלאים")
	levels := rtl.Levels(rs, true)
	start := strings.Index(string(rs), "CRM")
	line := []rune(string(rs)[start:]) // "CRM מלאים", the second line
	n := len(rs) - len(line)
	if got := joinPieces(visualLine(line, levels[n:], true)); got != "םיאלמ CRM" {
		t.Errorf("second line = %q, want %q", got, "םיאלמ CRM")
	}
}

func FuzzVisual(f *testing.F) {
	for _, s := range []string{"שלום abc 123", "(א) [ב] {ג}", "\u202eabc\u202c", "a\u05b0ב", "40% (שישים) abc.", "<<(([[", "عربي 123 ב"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, rtlBase bool) {
		if !utf8.ValidString(s) {
			return
		}
		ps := visualPieces(s, rtlBase)
		got := []rune(joinPieces(ps))
		in := []rune(s)
		if len(got) != len(in) {
			t.Fatalf("visual(%q) = %q changes the number of characters", s, string(got))
		}
		// The same characters, up to mirroring: map every mirrored piece
		// back to its actual character.
		var back []rune
		for _, p := range ps {
			if p.actual != "" {
				if m, ok := rtl.Mirror([]rune(p.actual)[0]); !ok || string(m) != p.text {
					t.Fatalf("piece %+v is not a mirror of its actual text", p)
				}
				back = append(back, []rune(p.actual)...)
				continue
			}
			back = append(back, []rune(p.text)...)
		}
		slices.Sort(back)
		slices.Sort(in)
		if !slices.Equal(back, in) {
			t.Fatalf("visual(%q) has other characters: %q", s, string(got))
		}
		if !strings.ContainsFunc(s, func(r rune) bool { return strongDir(r) < 0 }) && !rtlBase && string(got) != s {
			t.Fatalf("left-to-right text without Hebrew reordered: %q -> %q", s, string(got))
		}
	})
}
