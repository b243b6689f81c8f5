// Command mkfixtures writes the generated fixtures of the extract package
// into a directory (default testdata/extract): the sample agreements as
// DOCX (real WordprocessingML with numbering.xml, styles, a table, tracked
// changes, a footnote, and w:bidi/w:rtl for Hebrew), a macro-enabled .docm,
// a truncated DOCX, an image-only PDF with no text operators, and a file of
// unknown format. PDFs of the agreements are made from the DOCX files by
// scripts/make-fixtures.sh with LibreOffice, which this program does not
// need.
//
// Output is deterministic (fixed zip timestamps), so regenerating gives the
// same bytes unless the content changed.
package main

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func main() {
	dir := flag.String("dir", "testdata/extract", "output directory")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "mkfixtures:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	if err := os.MkdirAll(filepath.Join(dir, "bad"), 0o755); err != nil {
		return err
	}
	var en []byte
	for _, a := range agreements() {
		data, err := buildDocx(a, false)
		if err != nil {
			return fmt.Errorf("%s: %w", a.name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, a.name+".docx"), data, 0o644); err != nil {
			return err
		}
		if !a.rtl {
			en = data
		}
	}
	macro, err := buildDocx(english(), true)
	if err != nil {
		return fmt.Errorf("docm: %w", err)
	}
	files := map[string][]byte{
		"bad/macro.docm":     macro,
		"bad/truncated.docx": en[:len(en)/2],
		"bad/image-only.pdf": imageOnlyPDF(),
		"bad/unknown.xyz":    []byte("\x00\x01HSKM\x02\x03 not a document format we know\x00\xff\xfe"),
	}
	he, err := os.ReadFile(filepath.Join(dir, "agreement-he.txt"))
	if err != nil {
		return fmt.Errorf("the hand-written Hebrew text fixture is needed for its encoded copies: %w", err)
	}
	if files["agreement-he.cp1255.txt"], err = charmap.Windows1255.NewEncoder().Bytes(he); err != nil {
		return fmt.Errorf("encode Windows-1255: %w", err)
	}
	if files["agreement-he.utf16.txt"], err = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(he); err != nil {
		return fmt.Errorf("encode UTF-16: %w", err)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// fixedTime keeps the zip output byte-for-byte reproducible.
var fixedTime = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

func buildDocx(a agreement, macro bool) ([]byte, error) {
	w := &docWriter{a: a}
	doc := w.document() // fills w.footnotes
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes(macro)},
		{"_rels/.rels", packageRels},
		{"word/_rels/document.xml.rels", documentRels(macro)},
		{"word/document.xml", doc},
		{"word/styles.xml", w.stylesXML()},
		{"word/numbering.xml", w.numberingXML()},
		{"word/footnotes.xml", w.footnotesXML()},
		{"word/settings.xml", settingsXML},
	}
	if macro {
		// Not a real VBA project: the reader must refuse the package for the
		// part's presence alone.
		parts = append(parts, struct{ name, body string }{"word/vbaProject.bin", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 fake VBA project"})
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: fixedTime})
		if err != nil {
			return nil, err
		}
		if _, err := f.Write([]byte(p.body)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
