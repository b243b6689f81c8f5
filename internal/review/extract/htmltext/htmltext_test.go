package htmltext

import (
	"context"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/heskem/heskem/internal/review/extract/textdoc"
)

func read(t testing.TB, src []byte) []textdoc.Block {
	t.Helper()
	c := textdoc.NewCollector(0)
	if err := Read(context.Background(), src, c); err != nil {
		t.Fatal(err)
	}
	return c.Blocks()
}

func render(bs []textdoc.Block) string {
	var out []string
	for _, b := range bs {
		s := b.Text
		if b.Heading > 0 {
			s = "h" + string(rune('0'+b.Heading)) + ":" + s
		}
		out = append(out, s)
	}
	return strings.Join(out, "|")
}

func TestRead(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"blocks and headings", "<h1>הסכם</h1><p>one <b>two</b></p><div>three</div>", "h1:הסכם|one two|three"},
		{"whitespace collapsed", "<p>  a \n\t b  </p>", "a b"},
		{"br splits", "<p>line 1<br>line 2</p>", "line 1|line 2"},
		{"pre keeps lines", "<pre>a  b\nc</pre>", "a  b|c"},
		{"ol default", "<ol><li>x</li><li>y</li></ol>", "1. x|2. y"},
		{"ol start type", `<ol start="3" type="a"><li>x</li><li>y</li></ol>`, "c. x|d. y"},
		{"ol reversed", `<ol reversed><li>x</li><li>y</li><li>z</li></ol>`, "3. x|2. y|1. z"},
		{"li value", `<ol><li>x</li><li value="10">y</li><li>z</li></ol>`, "1. x|10. y|11. z"},
		{"hebrew style", `<ol style="list-style-type: hebrew"><li>א</li><li>ב</li></ol>`, "א. א|ב. ב"},
		{"roman", `<ol type="I"><li>x</li><li>y</li></ol>`, "I. x|II. y"},
		{"nested", `<ol><li>outer<ol type="i"><li>inner</li></ol></li><li>next</li></ol>`, "1. outer|i. inner|2. next"},
		{"ul no bullets", "<ul><li>x</li></ul>", "x"},
		{"table cells", "<table><tr><th>a</th><td>b</td></tr></table>", "a|b"},
		{"dropped", `<head><title>t</title><style>p{}</style></head><script>x</script><p hidden>h</p><p style="display: none">n</p><p>kept <del>old</del>new</p>`, "kept new"},
		{"entities", "<p>&quot;הספק&quot; &amp; &#8362;5</p>", `"הספק" & ₪5`},
		{"broken markup", "<p>a<p>b<li>c", "a|b|c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(read(t, []byte(tt.src))); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestEncodings(t *testing.T) {
	he := "<p>הספק ישלם ₪12,500</p>"
	legacy, err := charmap.Windows1255.NewEncoder().Bytes([]byte(he))
	if err != nil {
		t.Fatal(err)
	}
	withMeta := append([]byte(`<meta charset="windows-1255">`), legacy...)
	for name, src := range map[string][]byte{"meta": withMeta, "no meta": legacy, "utf8": []byte(he)} {
		if got := render(read(t, src)); got != "הספק ישלם ₪12,500" {
			t.Errorf("%s: got %q", name, got)
		}
	}
}

func TestParagraphLimit(t *testing.T) {
	c := textdoc.NewCollector(2)
	err := Read(context.Background(), []byte("<p>a</p><p>b</p><p>c</p>"), c)
	if !errors.Is(err, textdoc.ErrTooLarge) {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{"<ol start=2><li>a<ol type=a><li>b</ol></ol>", "<h2>x</h2><br><pre>y\nz</pre>", "<table><td>q"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		c := textdoc.NewCollector(0)
		if err := Read(context.Background(), src, c); err != nil {
			if !errors.Is(err, textdoc.ErrCorrupt) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		for _, b := range c.Blocks() {
			if b.Text == "" || strings.ContainsAny(b.Text, "\n\r") || (b.Number != "" && !strings.HasPrefix(b.Text, b.Number)) {
				t.Fatalf("bad block %+v", b)
			}
		}
	})
}

// TestHostileNesting: x/net/html refuses more than 512 open elements
// itself; our own limit (1000, for the recursive walk) is the second line.
func TestHostileNesting(t *testing.T) {
	src := strings.Repeat("<div>", 100000) + "deep"
	c := textdoc.NewCollector(0)
	if err := Read(context.Background(), []byte(src), c); !errors.Is(err, textdoc.ErrCorrupt) {
		t.Errorf("err = %v, want ErrCorrupt from the parser's nesting limit", err)
	}
}
