package hebrew

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalizeRunes(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"niqqud removed", "שָׁלוֹם", "שלומ"},
		{"cantillation removed", "בְּרֵאשִׁ֖ית", "בראשית"},
		{"finals regular", "סכום זמן תוקף ארץ דרך", "סכומ זמנ תוקפ ארצ דרכ"},
		{"gershayim ASCII", `ש"ח`, `ש"ח`},
		{"gershayim Hebrew", "ש״ח", `ש"ח`},
		{"gershayim two apostrophes", "ש''ח", `ש"ח`},
		{"gershayim curly", "מע”מ", `מע"מ`},
		{"geresh Hebrew", "נספח א׳", "נספח א'"},
		{"geresh curly", "נספח א’", "נספח א'"},
		{"maqaf and dashes", "ה־1 – 2—3", "ה-1 - 2-3"},
		{"bidi controls dropped", "\u202bשלום\u202c\u200f", "שלומ"},
		{"zero width inside word", "תש\u200bלום", "תשלומ"},
		{"spaces collapsed", "a\u00a0\t  b", "a b"},
		{"crlf", "א\r\nב", "א\nב"},
		{"space before newline dropped", "א  \nב", "א\nב"},
		{"latin folded and stemmed", "The Payments were Terminated", "the payment wer terminat"},
		{"presentation form", "\uFB2Aלום", "שלומ"},
		{"fullwidth digit", "１２", "12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(Normalize(tt.in).Runes)
			if got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeOffsets(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		find       string // folded substring to look for
		wantQuoted string // original text it must quote
	}{
		{"after niqqud", "הַסֶּכֶם תשלום", "תשלומ", "תשלום"},
		{"after control", "\u202bהספק\u202c ישלם", "ישלמ", "ישלם"},
		{"stemmed word keeps its suffix", "all payments due", "payment", "payments"},
		{"gershayim pair", "50 ש''ח לחודש", `ש"ח`, "ש''ח"},
		{"niqqud inside", "תַּשְׁלוּם", "תשלומ", "תַּשְׁלוּם"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			txt := Normalize(tt.in)
			i := indexRunes(txt.Runes, []rune(tt.find))
			if i < 0 {
				t.Fatalf("%q not found in %q", tt.find, string(txt.Runes))
			}
			s, e := txt.Span(i, i+len([]rune(tt.find)))
			orig := []rune(tt.in)
			got := string(orig[s:e])
			// A stemmed or collapsed span may carry trailing invisible
			// characters; the visible quote must match exactly.
			if trimInvisible(got) != tt.wantQuoted {
				t.Errorf("quote = %q, want %q", got, tt.wantQuoted)
			}
		})
	}
}

func trimInvisible(s string) string {
	rs := []rune(s)
	for len(rs) > 0 && (IsInvisible(rs[len(rs)-1]) || rs[len(rs)-1] == ' ') {
		rs = rs[:len(rs)-1]
	}
	return string(rs)
}

func indexRunes(hay, needle []rune) int {
outer:
	for i := 0; i+len(needle) <= len(hay); i++ {
		for j := range needle {
			if hay[i+j] != needle[j] {
				continue outer
			}
		}
		return i
	}
	return -1
}

// TestNormalizeStemsInPlace checks the words whose stem rewrites letters
// rather than only dropping them (-ies, -ied, not+e): each stem keeps the
// offsets of the letters it replaces, and a mark inside a word does not end
// it.
func TestNormalizeStemsInPlace(t *testing.T) {
	in := "Studies, supplied notes noted; pay\u200bments NOTE"
	txt := Normalize(in)
	if got, want := string(txt.Runes), "study, supply note note; payment note"; got != want {
		t.Fatalf("Normalize(%q) = %q, want %q", in, got, want)
	}
	want := []int32{0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 29, 30, 31, 32, 33, 35, 36, 37, 38, 40, 41, 42, 43, 44, 45}
	if got := offsetsOf(txt); !slices.Equal(got, want) {
		t.Errorf("offsets %v, want %v", got, want)
	}
}

// offsetsOf lists the entries of txt's offset map.
func offsetsOf(txt Text) []int32 {
	out := make([]int32, txt.Offsets.Len())
	for i := range out {
		out[i] = txt.Offsets.At(i)
	}
	return out
}

// TestOffsetMap checks the compact map against a plain slice through the
// operations the normalizer uses: appends with small and large steps (a
// block whose entries spread over more than 255 goes wide), truncations
// across blocks, and appends after them.
func TestOffsetMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 200; round++ {
		var m OffsetMap
		var want []int32
		o := int32(0)
		for step := 0; step < 2000; step++ {
			switch r := rng.IntN(100); {
			case r < 3 && len(want) > 0:
				n := len(want) - rng.IntN(min(len(want), 150)+1)
				want = want[:n]
				m.truncate(n)
				if n > 0 {
					o = want[n-1]
				}
			default:
				switch r := rng.IntN(100); {
				case r < 2:
					o += int32(rng.IntN(100000))
				case r < 10:
					o += int32(rng.IntN(300))
				case r < 80:
					o++
				}
				want = append(want, o)
				m.push(o)
			}
			if m.Len() != len(want) {
				t.Fatalf("round %d step %d: Len %d, want %d", round, step, m.Len(), len(want))
			}
		}
		for i, w := range want {
			if got := m.At(i); got != w {
				t.Fatalf("round %d: At(%d) = %d, want %d", round, i, got, w)
			}
		}
	}
}

// TestNormalizeWideBlocks quotes words after long runs of removed
// characters (controls, points, white space) that spread a block of the
// offset map over more than 255 code points.
func TestNormalizeWideBlocks(t *testing.T) {
	var b strings.Builder
	var words []string
	for i := 0; i < 60; i++ {
		w := fmt.Sprintf("מילה%dא", i)
		words = append(words, w)
		b.WriteString(w)
		switch i % 4 {
		case 0:
			b.WriteString(strings.Repeat("\u200b", 300+i))
		case 1:
			b.WriteString(strings.Repeat(" ", 700))
		case 2:
			b.WriteString(" payments ")
		default:
			b.WriteString(strings.Repeat("\u05b7", 260) + " ")
		}
	}
	in := b.String()
	orig := []rune(in)
	txt := Normalize(in)
	if len(txt.Offsets.wide) == 0 {
		t.Fatal("no wide block: the test does not test them")
	}
	from := 0
	for _, w := range words {
		f := []rune(Fold(w))
		i := indexRunes(txt.Runes[from:], f)
		if i < 0 {
			t.Fatalf("%q not found", w)
		}
		i += from
		s, e := txt.Span(i, i+len(f))
		// The quote may carry the removed characters that follow the
		// word, as every quote does; it must start with the word.
		got := string(orig[s:e])
		rest, ok := strings.CutPrefix(got, w)
		if !ok || strings.TrimFunc(rest, func(r rune) bool { return IsInvisible(r) || IsMark(r) || r == ' ' }) != "" {
			t.Errorf("quote of %q = %q", w, got)
		}
		from = i + len(f)
	}
}

func TestFold(t *testing.T) {
	if got := Fold("  ההודעה  המוקדמת\n"); got != "ההודעה המוקדמת" {
		t.Errorf("Fold = %q", got)
	}
	if got := Fold("Prior Written Notice"); got != "prior written notic" {
		t.Errorf("Fold = %q", got)
	}
}

func TestSpanClamps(t *testing.T) {
	txt := Normalize("abc")
	if s, e := txt.Span(-5, 99); s != 0 || e != 3 {
		t.Errorf("Span clamped = %d,%d, want 0,3", s, e)
	}
	if s, e := (Text{}).Span(0, 1); s != 0 || e != 0 {
		t.Errorf("empty Span = %d,%d", s, e)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "שָׁלוֹם עולם", "ש''ח 1,000", "\u202eabc\u202c", "payments\r\n\t", "''''", "\uFB4F\uFB1D", "\xff\xfe", "a\u200bb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		txt := Normalize(s)
		n := utf8.RuneCountInString(s)
		if txt.Offsets.Len() != len(txt.Runes)+1 {
			t.Fatalf("offsets %d for %d runes", txt.Offsets.Len(), len(txt.Runes))
		}
		if int(txt.Offsets.At(len(txt.Runes))) != n {
			t.Fatalf("sentinel %d, want %d", txt.Offsets.At(len(txt.Runes)), n)
		}
		prev := int32(0)
		for i, o := range offsetsOf(txt) {
			if o < prev || int(o) > n {
				t.Fatalf("offset %d at %d out of order or bounds (n=%d)", o, i, n)
			}
			prev = o
		}
		if len(txt.Runes) > 2*n+1 {
			t.Fatalf("normalized length %d for %d input runes", len(txt.Runes), n)
		}
		// Normalizing is idempotent on the folded text.
		again := string(Normalize(string(txt.Runes)).Runes)
		if again != string(txt.Runes) && !containsLatin(txt.Runes) {
			t.Fatalf("not idempotent: %q → %q", string(txt.Runes), again)
		}
	})
}

func containsLatin(rs []rune) bool {
	for _, r := range rs {
		if isLatinLetter(r) {
			return true
		}
	}
	return false
}

func TestVerbForms(t *testing.T) {
	for _, tt := range []struct {
		word string
		want []string
	}{
		{"יעביר", []string{"יעביר", "תעביר", "נעביר", "אעביר", "יעבירו", "תעבירו", "להעביר", "מעביר", "מעבירימ", "מעבירות", "מעבירה", "מעבירת"}},
		{"ימסור", []string{"ימסור", "תמסור", "נמסור", "אמסור", "ימסרו", "תמסרו", "למסור", "מוסר", "מוסרימ", "מוסרות", "מוסרה", "מוסרת"}},
		{"יידחה", []string{"יידחה", "תידחה", "נידחה", "אידחה", "יידחו", "תידחו", "להידחות"}},
		{"ישלמ", []string{"ישלמ", "תשלמ", "נשלמ", "אשלמ", "ישלמו", "תשלמו", "לשלמ", "משלמ", "משלמימ", "משלמות", "משלמה", "משלמת"}},
		{"יושלמ", []string{"יושלמ", "תושלמ", "נושלמ", "אושלמ", "יושלמו", "תושלמו"}},
		{"יתחדש", []string{"יתחדש", "תתחדש", "נתחדש", "אתחדש", "יתחדשו", "תתחדשו", "להתחדש", "מתחדש", "מתחדשימ", "מתחדשות", "מתחדשה", "מתחדשת"}},
		{"ישנה", []string{"ישנה", "תשנה", "נשנה", "אשנה", "ישנו", "תשנו", "לשנות", "משנה", "משנימ", "משנות", "משנה", "משנת"}},
		{"תקופות", []string{"תקופות"}}, // a plural noun
		{"ימימ", []string{"ימימ"}},     // days
		{"יומ", []string{"יומ"}},       // three letters
		{"ישלמו", []string{"ישלמו"}},   // already plural
		{"מסמכ", []string{"מסמכ"}},     // no future prefix
	} {
		if got := VerbForms(tt.word); strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("VerbForms(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestVerbPersons(t *testing.T) {
	for _, tt := range []struct {
		word string
		want []string
	}{
		{"יבדוק", []string{"יבדוק", "תבדוק", "נבדוק", "אבדוק", "יבדקו", "תבדקו", "לבדוק"}},
		{"ינהל", []string{"ינהל", "תנהל", "ננהל", "אנהל", "ינהלו", "תנהלו", "לנהל"}}, // not מנהל, a manager
		{"יידחה", []string{"יידחה", "תידחה", "נידחה", "אידחה", "יידחו", "תידחו", "להידחות"}},
		{"יושלמ", []string{"יושלמ", "תושלמ", "נושלמ", "אושלמ", "יושלמו", "תושלמו"}},
		{"פגישה", []string{"פגישה"}},
	} {
		if got := VerbPersons(tt.word); strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("VerbPersons(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestCopulaForms(t *testing.T) {
	has := func(ps [][2]string, c, a string) bool {
		for _, p := range ps {
			if p[0] == c && p[1] == a {
				return true
			}
		}
		return false
	}
	for _, tt := range []struct {
		copula, adj string
		want        [][2]string
	}{
		{"אינו", "אחראי", [][2]string{{"אינה", "אחראית"}, {"אינמ", "אחראימ"}, {"אינן", "אחראיות"}, {"איננו", "אחראימ"}}},
		{"אינו", "כלול", [][2]string{{"אינה", "כלולה"}, {"אינמ", "כלולימ"}, {"אינן", "כלולות"}}},
		{"יהיה", "רשאי", [][2]string{{"תהיה", "רשאית"}, {"יהיו", "רשאימ"}, {"נהיה", "רשאימ"}}},
		{"יהיה", "פטור", [][2]string{{"תהיה", "פטורה"}, {"יהיו", "פטורימ"}}},
	} {
		got := CopulaForms(tt.copula, tt.adj)
		for _, w := range tt.want {
			if !has(got, w[0], w[1]) {
				t.Errorf("CopulaForms(%s, %s) lacks %s %s; got %v", tt.copula, tt.adj, w[0], w[1], got)
			}
		}
		if has(got, tt.copula, tt.adj) {
			t.Errorf("CopulaForms(%s, %s) repeats the input", tt.copula, tt.adj)
		}
	}
	for _, tt := range [][2]string{{"אינה", "אחראית"}, {"אינו", "של"}, {"אינו", "a1b"}, {"הוא", "אחראי"}} {
		if got := CopulaForms(tt[0], tt[1]); got != nil {
			t.Errorf("CopulaForms(%s, %s) = %v, want nil", tt[0], tt[1], got)
		}
	}
}
