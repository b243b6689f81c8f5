package txt

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/heskem/heskem/internal/review/extract/textdoc"
)

func encode(t testing.TB, enc interface{ Bytes([]byte) ([]byte, error) }, s string) []byte {
	t.Helper()
	b, err := enc.Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	const he = "הספק ישלם ₪12,500 – שָׁלוֹם"
	tests := []struct {
		name string
		in   []byte
		want string
		err  error
	}{
		{"utf8", []byte(he), he, nil},
		{"utf8 bom", append([]byte("\xEF\xBB\xBF"), he...), he, nil},
		{"utf16le bom", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), he), he, nil},
		{"utf16be bom", encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder(), he), he, nil},
		{"windows-1255", encode(t, charmap.Windows1255.NewEncoder(), he), he, nil},
		{"nul bytes", []byte("abc\x00def"), "", textdoc.ErrUnsupportedFormat},
		{"control characters", []byte("\x01\x02\x03\x04abc"), "", textdoc.ErrUnsupportedFormat},
		{"undefined windows-1255", []byte("\xff\xfd\xfe\xfb\xfc ab"), "", textdoc.ErrUnsupportedFormat},
		{"bom then garbage", []byte("\xEF\xBB\xBF\xff\xfe"), "", textdoc.ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.in)
			if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHardWrapped(t *testing.T) {
	wrapped := strings.Repeat("This line is wrapped at about seventy columns by a mail client ok\n", 8)
	oneLine := strings.Repeat("1. A clause written as one long line, as people type agreements in an editor, without any wrapping at all.\nShort.\n", 4)
	if !hardWrapped(wrapped) {
		t.Error("wrapped text not detected")
	}
	if hardWrapped(oneLine) {
		t.Error("one-paragraph-per-line text taken as wrapped")
	}
	if hardWrapped("a\nb\nc") {
		t.Error("three short lines taken as wrapped")
	}
}

// TestHardWrappedHangingIndent pins text laid out at about 105 columns
// with hanging indents, as pdftotext -layout writes it: wrapped, and its
// clauses come out whole; the same widths without hanging indents are one
// paragraph a line.
func TestHardWrappedHangingIndent(t *testing.T) {
	clause := "   12.1 Save as expressly amended by this Amendment, all other terms and conditions of the Principal\n" +
		"        Agreement shall remain unchanged and in full force and effect, including Clause 10\n" +
		"        (Confidentiality), Clause 14 (Payment) and Clause 18 (Governing Law and Arbitration), which shall\n" +
		"        apply to the CXR Project mutatis mutandis.\n"
	text := clause + clause + "\n" + clause
	if !hardWrapped(text) {
		t.Fatal("hanging-indent layout not detected")
	}
	c := textdoc.NewCollector(0)
	if err := New().Paragraphs(text, c); err != nil {
		t.Fatal(err)
	}
	blocks := c.Blocks()
	if len(blocks) != 3 || !strings.Contains(blocks[0].Text, "Clause 10 (Confidentiality), Clause 14") {
		t.Errorf("blocks = %+v, want three whole clauses", blocks)
	}
	flat := strings.Repeat("1. A clause of about a hundred columns, typed as one line in an editor without wrapping it.\n", 8)
	if hardWrapped(flat) {
		t.Error("long one-paragraph-per-line text without hanging indents taken as wrapped")
	}
}

func TestParagraphs(t *testing.T) {
	c := textdoc.NewCollector(0)
	if err := New().Read([]byte("Title\r\n\r\n1. One\r\n\t2. Two  \fPage two\v"), c); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range c.Blocks() {
		got = append(got, b.Text)
	}
	if want := "Title|1. One|2. Two|Page two"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

// FuzzRead: any bytes either fail with a typed error or give non-empty
// one-line paragraphs of valid UTF-8.
func FuzzRead(f *testing.F) {
	f.Add([]byte("1. הגדרות\n1.1 SaaS ₪12,500\n"))
	f.Add([]byte("\xEF\xBB\xBFbom"))
	f.Add([]byte("\xFF\xFEa\x00b\x00"))
	f.Add([]byte("\xe4\xf9\xe9\xf8"))
	r := New()
	f.Fuzz(func(t *testing.T, data []byte) {
		c := textdoc.NewCollector(0)
		if err := r.Read(data, c); err != nil {
			if !errors.Is(err, textdoc.ErrUnsupportedFormat) && !errors.Is(err, textdoc.ErrCorrupt) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		for _, b := range c.Blocks() {
			if b.Text == "" || strings.ContainsAny(b.Text, "\n\r") || !utf8Valid(b.Text) {
				t.Fatalf("bad block %q", b.Text)
			}
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }
