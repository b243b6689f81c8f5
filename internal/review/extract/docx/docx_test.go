package docx

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/review/extract/textdoc"
)

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

func buildZip(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(w, body); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func readBlocks(t testing.TB, data []byte) ([]textdoc.Block, error) {
	c := textdoc.NewCollector(0)
	err := Read(context.Background(), "x.docx", data, textdoc.DefaultLimits(), c)
	return c.Blocks(), err
}

// TestBodyElements covers run content and structures one by one.
func TestBodyElements(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"tab and break", `<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>`, []string{"a\tb", "c"}},
		{"deleted and inserted", `<w:p><w:r><w:t>x </w:t></w:r><w:del><w:r><w:delText>old</w:delText></w:r></w:del><w:ins><w:r><w:t>new</w:t></w:r></w:ins></w:p>`, []string{"x new"}},
		{"moved", `<w:p><w:moveFrom><w:r><w:t>gone</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>here</w:t></w:r></w:moveTo></w:p>`, []string{"here"}},
		{"field", `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`, []string{"7"}},
		{"table cells", `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>A1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B1</w:t></w:r></w:p><w:p><w:r><w:t>B1b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`, []string{"A1", "B1", "B1b"}},
		{"hyperlink and sdt", `<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:p><w:hyperlink><w:r><w:t>link</w:t></w:r></w:hyperlink></w:p></w:sdtContent></w:sdt>`, []string{"link"}},
		{"symbol and hyphen", `<w:p><w:r><w:t>a</w:t><w:noBreakHyphen/><w:t>b</w:t><w:sym w:font="Symbol" w:char="F02B"/></w:r></w:p>`, []string{"a-b+"}},
		{"deleted paragraph", `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>kept</w:t></w:r></w:p>`, []string{"1. kept"}},
		{"text box once", `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>boxed</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>boxed</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>outer</w:t></w:r></w:p>`, []string{"boxed", "outer"}},
	}
	numbering := `<w:numbering ` + wordNS + `><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := buildZip(t, map[string]string{
				"word/document.xml":  `<w:document ` + wordNS + `><w:body>` + tt.body + `</w:body></w:document>`,
				"word/numbering.xml": numbering,
			})
			blocks, err := readBlocks(t, data)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range blocks {
				got = append(got, b.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestBudgetReaderCatchesLyingHeaders reads a part whose declared size is
// under the limit through a budget smaller than its real size: the budget,
// not the header, must stop it.
func TestBudgetReaderCatchesLyingHeaders(t *testing.T) {
	data := buildZip(t, map[string]string{"word/document.xml": strings.Repeat("<w:p/>", 10000)})
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	p := &pkg{files: map[string]*zip.File{"word/document.xml": zr.File[0]}, budget: 1000, limit: 1000}
	rc, err := p.openPart("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, rc)
	if !errors.Is(err, errBudget) {
		t.Fatalf("err = %v after %d bytes, want the budget error", err, n)
	}
	if n != 1000 {
		t.Errorf("read %d bytes, want exactly the 1000-byte budget", n)
	}
	if !errors.Is(p.partError("word/document.xml", err), textdoc.ErrTooLarge) {
		t.Error("budget error does not map to ErrTooLarge")
	}
}

// FuzzRead feeds arbitrary bytes, seeded with the committed DOCX fixtures,
// to the reader: it must never panic, and must either fail with one of the
// typed errors or return non-empty single-line blocks.
func FuzzRead(f *testing.F) {
	for _, name := range []string{"agreement-en.docx", "agreement-he.docx", "bad/truncated.docx", "bad/macro.docm"} {
		if data, err := os.ReadFile("../../../../testdata/extract/" + name); err == nil {
			f.Add(data)
		}
	}
	f.Add(buildZip(f, map[string]string{"word/document.xml": `<w:document ` + wordNS + `><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>`}))
	f.Fuzz(func(t *testing.T, data []byte) {
		lim := textdoc.Limits{MaxUncompressed: 8 << 20, MaxEntries: 100, MaxParagraphs: 10000}
		c := textdoc.NewCollector(lim.MaxParagraphs)
		err := Read(context.Background(), "f.docx", data, lim, c)
		if err != nil {
			if !isTyped(err) {
				t.Fatalf("untyped error: %v", err)
			}
			return
		}
		for _, b := range c.Blocks() {
			if b.Text == "" || strings.ContainsAny(b.Text, "\n\r") {
				t.Fatalf("bad block %q", b.Text)
			}
		}
	})
}

func isTyped(err error) bool {
	for _, e := range []error{textdoc.ErrCorrupt, textdoc.ErrTooLarge, textdoc.ErrMacroEnabled, textdoc.ErrUnsupportedFormat} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}
