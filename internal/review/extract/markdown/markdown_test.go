package markdown

import (
	"errors"
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/review/extract/textdoc"
)

func read(t testing.TB, src string) []textdoc.Block {
	t.Helper()
	c := textdoc.NewCollector(0)
	if err := New().Read([]byte(src), c); err != nil {
		t.Fatal(err)
	}
	return c.Blocks()
}

func TestRead(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // "h<level>:text" for headings, "#<number>:text" for list items
	}{
		{"atx heading", "## 2. תמורה", []string{"h2:2. תמורה"}},
		{"setext heading", "Agreement\n=========", []string{"h1:Agreement"}},
		{"emphasis and links", "Pay **₪12,500** per [the schedule](http://x.example/a) &amp; *VAT*", []string{"Pay ₪12,500 per the schedule & VAT"}},
		{"escapes and code", `\*not emphasis\* and ` + "`a*b`", []string{"*not emphasis* and a*b"}},
		{"soft and hard breaks", "one\ntwo  \nthree", []string{"one two", "three"}},
		{"ordered list start", "3. first\n4. second", []string{"#3.:3. first", "#4.:4. second"}},
		{"paren list", "1) א\n2) ב", []string{"#1):1) א", "#2):2) ב"}},
		{"nested list", "1. outer\n   1. inner", []string{"#1.:1. outer", "#1.:1. inner"}},
		{"bullets dropped", "- a\n- b", []string{"a", "b"}},
		{"table cells", "| a | b |\n|---|---|\n| c | d |", []string{"a", "b", "c", "d"}},
		{"strikethrough dropped", "at least ~~99%~~ 99.5%", []string{"at least 99.5%"}},
		{"html dropped", "<div>\nraw\n</div>\n\nText <b>bold</b>", []string{"Text bold"}},
		{"autolink kept", "<yael@dafna.co.il>", []string{"yael@dafna.co.il"}},
		{"code block lines", "```\nline 1\nline 2\n```", []string{"line 1", "line 2"}},
		{"image alt", "![חתימה](sig.png)", []string{"חתימה"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, b := range read(t, tt.src) {
				s := b.Text
				if b.Number != "" {
					s = "#" + b.Number + ":" + s
				}
				if b.Heading > 0 {
					s = "h" + string(rune('0'+b.Heading)) + ":" + s
				}
				got = append(got, s)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{"# H\n\n1. a\n2. b\n\n| x |\n|---|\n| y |\n", "*a* [b](c) `d` ~~e~~", "> 1. q\n>    - r\n\n    code"} {
		f.Add(s)
	}
	r := New()
	f.Fuzz(func(t *testing.T, src string) {
		c := textdoc.NewCollector(0)
		if err := r.Read([]byte(src), c); err != nil {
			t.Fatal(err)
		}
		for _, b := range c.Blocks() {
			if b.Text == "" || strings.ContainsAny(b.Text, "\n\r") || (b.Number != "" && !strings.HasPrefix(b.Text, b.Number)) {
				t.Fatalf("bad block %+v", b)
			}
		}
	})
}

// TestHostileNesting checks deep nesting fails cleanly or reads, never
// exhausting the stack (emphasis nested beyond the limit is dropped).
func TestHostileNesting(t *testing.T) {
	for name, src := range map[string]string{
		"quotes":   strings.Repeat(">", 200000) + " deep",
		"lists":    strings.Repeat("- ", 200000) + "deep",
		"ordered":  strings.Repeat("1. ", 300) + "deep",
		"emphasis": strings.Repeat("*", 100000) + "deep" + strings.Repeat("*", 100000),
		"links":    strings.Repeat("[", 100000) + "deep" + strings.Repeat("](x)", 100000),
	} {
		c := textdoc.NewCollector(0)
		err := New().Read([]byte(src), c)
		if err != nil && !errors.Is(err, textdoc.ErrTooLarge) {
			t.Errorf("%s: err = %v", name, err)
		}
		if (name == "quotes" || name == "lists") && !errors.Is(err, textdoc.ErrTooLarge) {
			t.Errorf("%s: err = %v, want ErrTooLarge before parsing", name, err)
		}
	}
}
