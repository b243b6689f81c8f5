package docgen

import (
	"io"
	"testing"
)

// BenchmarkDOCX writes a document of about 30 printed pages (40 sections
// of 6 clauses); the target is under 50 ms.
func BenchmarkDOCX(b *testing.B) {
	for _, lang := range []string{LangHebrew, LangEnglish} {
		d := largeDocument(lang)
		b.Run(lang, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := WriteDOCX(io.Discard, d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPDF writes the same document as a PDF with the system font; the
// target is under 200 ms.
func BenchmarkPDF(b *testing.B) {
	if _, _, err := FindFonts(); err != nil {
		b.Skip(err)
	}
	for _, lang := range []string{LangHebrew, LangEnglish} {
		d := largeDocument(lang)
		b.Run(lang, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := WritePDF(io.Discard, PDFOptions{}, d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
