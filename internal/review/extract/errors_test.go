package extract_test

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/heskem/heskem/internal/review/extract"
)

// TestBadFixtures checks each broken file gives its typed error, wrapped
// in an *Error that names the file.
func TestBadFixtures(t *testing.T) {
	tests := []struct {
		file    string
		want    error
		message string
		pdf     bool
	}{
		{"bad/encrypted.pdf", extract.ErrEncrypted, "password", true},
		{"bad/image-only.pdf", extract.ErrScanned, "no text layer (scanned?); OCR is not supported", true},
		{"bad/truncated.docx", extract.ErrCorrupt, "zip", false},
		{"bad/macro.docm", extract.ErrMacroEnabled, ".docm", false},
		{"bad/unknown.xyz", extract.ErrUnsupportedFormat, ".xyz", false},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			if tt.pdf {
				needPoppler(t, "pdf")
			}
			_, err := extract.File(context.Background(), filepath.Join(fixtureDir, tt.file), extract.Limits{})
			checkErr(t, err, tt.want, filepath.Base(tt.file), tt.message)
		})
	}
}

func checkErr(t *testing.T, err, want error, name, message string) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("err = %v, want %v", err, want)
	}
	var e *extract.Error
	if !errors.As(err, &e) || e.Name != name {
		t.Errorf("err %v is not an *extract.Error for %q", err, name)
	}
	if !strings.HasPrefix(err.Error(), name+": ") || !strings.Contains(err.Error(), message) {
		t.Errorf("message %q should start with %q and mention %q", err.Error(), name, message)
	}
}

// zipBytes builds a zip archive in memory from name/content pairs.
func zipBytes(t testing.TB, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.Create(parts[i])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

func minimalDocx(t testing.TB, body string, extra ...string) []byte {
	parts := append([]string{"word/document.xml",
		`<?xml version="1.0" encoding="UTF-8"?><w:document ` + wordNS + `><w:body>` + body + `</w:body></w:document>`}, extra...)
	return zipBytes(t, parts...)
}

// TestInMemoryBadInputs covers the failures that are built in the test
// rather than committed: zip bombs, macro parts, limits, empty and binary
// files, other formats.
func TestInMemoryBadInputs(t *testing.T) {
	para := `<w:p><w:r><w:t>The Client shall pay within 30 days.</w:t></w:r></w:p>`
	// 8 MiB of spaces compress to about 8 KiB: a small file that
	// decompresses to far more than the 1 MiB limit below.
	bomb := minimalDocx(t, para+`<w:p><w:r><w:t>`+strings.Repeat(" ", 8<<20)+`</w:t></w:r></w:p>`)
	many := make([]string, 0, 60)
	for i := 0; i < 30; i++ {
		many = append(many, "word/media/x"+strings.Repeat("y", i)+".bin", "x")
	}
	small := extract.Limits{MaxUncompressed: 1 << 20, MaxEntries: 20, MaxParagraphs: 3, MaxBytes: 4 << 20}
	cfb := append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), make([]byte, 504)...)
	encryptedOffice := append(append([]byte{}, cfb...), []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00")...)
	tests := []struct {
		name    string
		data    []byte
		lim     extract.Limits
		want    error
		message string
	}{
		{"bomb.docx", bomb, small, extract.ErrTooLarge, "uncompressed size"},
		{"many.docx", minimalDocx(t, para, many...), small, extract.ErrTooLarge, "zip entries"},
		{"vba.docx", minimalDocx(t, para, "word/vbaProject.bin", "VBA"), extract.Limits{}, extract.ErrMacroEnabled, "vbaproject.bin"},
		{"macro-type.docx", minimalDocx(t, para, "[Content_Types].xml",
			`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>`),
			extract.Limits{}, extract.ErrMacroEnabled, "macroEnabled"},
		{"paras.docx", minimalDocx(t, strings.Repeat(para, 5)), small, extract.ErrTooLarge, "more than 3 paragraphs"},
		{"paras.txt", []byte("a\nb\nc\nd\n"), small, extract.ErrTooLarge, "more than 3 paragraphs"},
		{"big.txt", bytes.Repeat([]byte("word "), 1<<20), small, extract.ErrTooLarge, "bytes"},
		{"empty.txt", nil, extract.Limits{}, extract.ErrEmpty, "no text"},
		{"blank.txt", []byte(" \n\t\n\r\n"), extract.Limits{}, extract.ErrEmpty, "no text"},
		{"blank.html", []byte("<html><body><p> </p><script>x()</script></body></html>"), extract.Limits{}, extract.ErrEmpty, "HTML"},
		{"empty.docx", minimalDocx(t, `<w:p/>`), extract.Limits{}, extract.ErrEmpty, "DOCX"},
		{"nodoc.docx", zipBytes(t, "hello.txt", "hi"), extract.Limits{}, extract.ErrCorrupt, "word/document.xml"},
		{"badxml.docx", minimalDocx(t, `<w:p><w:r><w:t>unclosed`), extract.Limits{}, extract.ErrCorrupt, "document.xml"},
		{"notzip.docx", []byte("just text"), extract.Limits{}, extract.ErrCorrupt, "not a zip"},
		{"notpdf.pdf", []byte("just text"), extract.Limits{}, extract.ErrCorrupt, "%PDF"},
		{"binary.txt", []byte("ab\x00\x01\x02cd"), extract.Limits{}, extract.ErrUnsupportedFormat, "binary"},
		{"scan.png", []byte("\x89PNG\r\n\x1a\n...."), extract.Limits{}, extract.ErrUnsupportedFormat, "OCR"},
		{"letter.rtf", []byte(`{\rtf1\ansi hello}`), extract.Limits{}, extract.ErrUnsupportedFormat, "RTF"},
		{"legacy.doc", cfb, extract.Limits{}, extract.ErrUnsupportedFormat, "97-2003"},
		{"locked.docx", encryptedOffice, extract.Limits{}, extract.ErrEncrypted, "password"},
		{"calc.odt", zipBytes(t, "content.xml", "<x/>"), extract.Limits{}, extract.ErrUnsupportedFormat, "OpenDocument"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := extract.Read(context.Background(), tt.name, bytes.NewReader(tt.data), tt.lim)
			checkErr(t, err, tt.want, tt.name, tt.message)
		})
	}
}

// TestFileLimits checks File refuses an oversized file before reading it,
// and refuses directories.
func TestFileLimits(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(path, bytes.Repeat([]byte("x"), 2000), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := extract.File(context.Background(), path, extract.Limits{MaxBytes: 1000})
	checkErr(t, err, extract.ErrTooLarge, "big.txt", "2000 bytes")
	_, err = extract.File(context.Background(), dir, extract.Limits{})
	checkErr(t, err, extract.ErrUnsupportedFormat, filepath.Base(dir), "regular file")
}

// TestTimeout checks an extraction that outlives Limits.Timeout fails
// with ErrTimeout.
func TestTimeout(t *testing.T) {
	page := []byte("<html><body>" + strings.Repeat("<p>clause</p>", 100000) + "</body></html>")
	_, err := extract.Read(context.Background(), "slow.html", bytes.NewReader(page), extract.Limits{Timeout: time.Nanosecond})
	checkErr(t, err, extract.ErrTimeout, "slow.html", "timed out")
}

// TestPDFPageLimit checks the page limit is enforced from pdfinfo.
func TestPDFPageLimit(t *testing.T) {
	needPoppler(t, "pdf")
	_, err := extract.File(context.Background(), filepath.Join(fixtureDir, "agreement-en.pdf"), extract.Limits{MaxPages: 1})
	checkErr(t, err, extract.ErrTooLarge, "agreement-en.pdf", "2 pages")
}

// TestReadPDFFromReader checks a PDF given as a stream (copied to a
// temporary file for Poppler) reads like the file.
func TestReadPDFFromReader(t *testing.T) {
	needPoppler(t, "pdf")
	data, err := os.ReadFile(filepath.Join(fixtureDir, "agreement-he.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := extract.Read(context.Background(), "upload", bytes.NewReader(data), extract.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if want := extractFixture(t, "agreement-he.pdf").Text; doc.Text != want || doc.Format != "pdf" {
		t.Errorf("stream extraction differs from file extraction (format %q)", doc.Format)
	}
}
