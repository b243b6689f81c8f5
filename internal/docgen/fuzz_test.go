package docgen

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// fuzzDocument puts fuzzed text into every field a writer prints.
func fuzzDocument(a, b, c string, hebrew bool) *Document {
	d := sampleEnglish()
	if hebrew {
		d = sampleHebrew()
	}
	d.Title = a
	d.Subtitle = b
	d.Parties[0].Name = c
	d.Parties[1].Role = a + b
	d.Preamble = append(d.Preamble, c)
	d.Sections[0].Heading = b
	d.Sections[1].Clauses[1].Text = a
	d.Sections[1].Clauses[1].Sub[0].Text = c
	d.Signatures[0].Name = b
	d.Footer = c
	d.Labels.Page = b
	return d
}

// htmlTags are the only elements WriteHTML writes; fuzzed text must never
// add one.
var htmlTags = map[string]bool{"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true,
	"article": true, "main": true, "section": true, "h1": true, "h2": true, "p": true, "span": true, "table": true,
	"tr": true, "td": true, "div": true, "footer": true}

// FuzzWriters writes documents holding arbitrary text: no writer panics
// or fails, the DOCX stays a valid package of well-formed XML, the HTML
// gains no element, and the text keeps one paragraph per line.
func FuzzWriters(f *testing.F) {
	for _, s := range [][3]string{
		{"הסכם", "1.3.2026", "דפנה בע\"מ"},
		{"<script>alert(1)</script>", "]]></w:t>&amp;", "\x00\x1f\ufffe\xff"},
		{"line\nbreak\ttab", "*_[x](y)` # - 1. |", "😀 \u202e\u2066 \u202e"},
		{"", "", ""},
		{"@page { } </style>", "\"'\\", "(א) [ב] {ג} <ד>"},
	} {
		f.Add(s[0], s[1], s[2], true)
		f.Add(s[0], s[1], s[2], false)
	}
	f.Fuzz(func(t *testing.T, a, b, c string, hebrew bool) {
		d := fuzzDocument(a, b, c, hebrew)
		var buf bytes.Buffer
		if err := WriteDOCX(&buf, d); err != nil {
			t.Fatalf("WriteDOCX: %v", err)
		}
		p, err := openDOCX(buf.Bytes())
		if err != nil {
			t.Fatalf("DOCX: %v", err)
		}
		if probs := p.checkPackage(); len(probs) > 0 {
			t.Fatalf("DOCX package: %v", probs)
		}

		buf.Reset()
		if err := WriteHTML(&buf, d); err != nil {
			t.Fatalf("WriteHTML: %v", err)
		}
		z := html.NewTokenizer(bytes.NewReader(buf.Bytes()))
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				if z.Err() != io.EOF {
					t.Fatalf("HTML: %v", z.Err())
				}
				break
			}
			if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
				name, _ := z.TagName()
				if !htmlTags[string(name)] {
					t.Fatalf("HTML has an element <%s> the writer never writes", name)
				}
			}
		}

		buf.Reset()
		if err := WriteMarkdown(&buf, d); err != nil {
			t.Fatalf("WriteMarkdown: %v", err)
		}
		if !utf8.Valid(buf.Bytes()) {
			t.Fatal("Markdown is not UTF-8")
		}

		buf.Reset()
		if err := WriteText(&buf, d); err != nil {
			t.Fatalf("WriteText: %v", err)
		}
		ps, _ := prepare([]*Document{d})
		if got, want := strings.Count(buf.String(), "\n"), len(textLines(ps[0])); got != want {
			t.Fatalf("text has %d lines, want %d (one per paragraph)", got, want)
		}

		if err := WriteDOCX(io.Discard, d, fuzzDocument(b, c, a, !hebrew)); err != nil && !strings.Contains(err.Error(), "bilingual pair differs") {
			t.Fatalf("bilingual DOCX: %v", err)
		}
	})
}

// FuzzPDF writes a PDF of arbitrary text: no panic, no error, a PDF.
func FuzzPDF(f *testing.F) {
	if _, _, err := FindFonts(); err != nil {
		f.Skip(err)
	}
	f.Add("הסכם (SaaS) 40%", "\U0001F600 \u202e", true)
	f.Add("a\u0301\u05b0", "", false)
	f.Add(strings.Repeat("ארוך", 200), "x", true)
	f.Fuzz(func(t *testing.T, a, b string, hebrew bool) {
		var buf bytes.Buffer
		if err := WritePDF(&buf, PDFOptions{}, fuzzDocument(a, b, a+b, hebrew)); err != nil {
			t.Fatalf("WritePDF: %v", err)
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) || !bytes.Contains(buf.Bytes(), []byte("%%EOF")) {
			t.Fatal("not a PDF")
		}
	})
}
