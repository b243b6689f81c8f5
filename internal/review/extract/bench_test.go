package extract_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/review/extract"
)

// largeText is a plain-text agreement of about n clauses, Hebrew and
// English mixed, one paragraph per line.
func largeText(n int) []byte {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%d.%d הלקוח ישלם לספק ₪12,500 בתוספת מע\"מ בתנאי שוטף + 30; the Supplier shall provide the SaaS service with 99.5%% availability.\n", i/10+1, i%10+1)
	}
	return []byte(b.String())
}

// largeDocx is a DOCX of n numbered right-to-left paragraphs with styles,
// numbering and a table every 50 paragraphs.
func largeDocx(b *testing.B, n int) []byte {
	var body strings.Builder
	for i := 0; i < n; i++ {
		lvl := 1
		if i%10 == 0 {
			lvl = 0
		}
		fmt.Fprintf(&body, `<w:p><w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr><w:bidi/></w:pPr>`+
			`<w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve">הלקוח ישלם לספק דמי מנוי בסך ₪12,500 בתוספת מע"מ </w:t></w:r>`+
			`<w:r><w:t>SaaS</w:t></w:r><w:r><w:tab/><w:t>99.5%%</w:t></w:r></w:p>`, lvl)
		if i%50 == 49 {
			body.WriteString(`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>אבן דרך</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>15.3.2026</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`)
		}
	}
	numbering := `<w:numbering ` + wordNS + `><w:abstractNum w:abstractNumId="0">` +
		`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>` +
		`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	return minimalDocx(b, body.String(), "word/numbering.xml", numbering)
}

func benchmarkRead(b *testing.B, name string, data []byte) {
	e := extract.New()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		doc, err := e.Read(context.Background(), name, bytes.NewReader(data), extract.Limits{})
		if err != nil || len(doc.Paragraphs) == 0 {
			b.Fatal(err)
		}
	}
}

// BenchmarkTXT extracts a 20,000-clause (about 3 MB) plain-text file.
func BenchmarkTXT(b *testing.B) { benchmarkRead(b, "large.txt", largeText(20000)) }

// BenchmarkDOCX extracts a 10,000-paragraph DOCX (about 6 MB of XML).
func BenchmarkDOCX(b *testing.B) { benchmarkRead(b, "large.docx", largeDocx(b, 10000)) }
