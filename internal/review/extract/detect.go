package extract

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
)

// Formats, as reported in Document.Format.
const (
	FormatTXT  = "txt"
	FormatMD   = "md"
	FormatHTML = "html"
	FormatDOCX = "docx"
	FormatPDF  = "pdf"
)

// zipNotDocx names zip-based formats that are not Word documents, so the
// user hears what the file is rather than "corrupt DOCX".
var zipNotDocx = map[string]string{
	".odt":  "OpenDocument text (.odt); save it as .docx or PDF",
	".ott":  "OpenDocument template (.ott); save it as .docx or PDF",
	".xlsx": "Excel workbook", ".xlsm": "Excel workbook", ".pptx": "PowerPoint presentation",
	".zip": "zip archive", ".epub": "EPUB book", ".pages": "Apple Pages document; export it as .docx or PDF",
}

// detect decides the format of a file from its first bytes and its name.
func detect(name string, head []byte) (string, error) {
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case bytes.Contains(head[:min(len(head), 1024)], []byte("%PDF-")):
		return FormatPDF, nil
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		if what, ok := zipNotDocx[ext]; ok {
			return "", fmt.Errorf("%w: %s", ErrUnsupportedFormat, what)
		}
		return FormatDOCX, nil
	case bytes.HasPrefix(head, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")):
		// OLE compound file: a password-protected DOCX is stored in one,
		// as is the legacy .doc format.
		if bytes.Contains(head, utf16le("EncryptedPackage")) {
			return "", fmt.Errorf("%w: password-protected Office document; remove the password and save again", ErrEncrypted)
		}
		return "", fmt.Errorf("%w: legacy Word 97-2003 (.doc) or other OLE file; save it as .docx or PDF", ErrUnsupportedFormat)
	case bytes.HasPrefix(head, []byte(`{\rtf`)):
		return "", fmt.Errorf("%w: RTF; save it as .docx or PDF", ErrUnsupportedFormat)
	}
	if kind := imageKind(head); kind != "" {
		return "", fmt.Errorf("%w: %s image; a scanned page needs OCR, which is not supported", ErrUnsupportedFormat, kind)
	}
	switch ext {
	case ".pdf":
		return "", fmt.Errorf("%w: named .pdf but has no %%PDF header", ErrCorrupt)
	case ".docx", ".docm", ".dotx", ".dotm":
		return "", fmt.Errorf("%w: named %s but is not a zip archive", ErrCorrupt, ext)
	case ".txt", ".text":
		return FormatTXT, nil
	case ".md", ".markdown", ".mdown", ".mkd":
		return FormatMD, nil
	case ".html", ".htm", ".xhtml":
		return FormatHTML, nil
	case "", ".doc":
		// Word's "web page" files are often named .doc.
		if looksHTML(head) {
			return FormatHTML, nil
		}
		if ext == "" {
			return FormatTXT, nil
		}
		return "", fmt.Errorf("%w: .doc file that is not a Word 97-2003 document", ErrUnsupportedFormat)
	}
	return "", fmt.Errorf("%w: unknown file type %q (supported: .txt, .md, .html, .docx, .pdf)", ErrUnsupportedFormat, ext)
}

func utf16le(s string) []byte {
	out := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		out = append(out, s[i], 0)
	}
	return out
}

func imageKind(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")):
		return "PNG"
	case bytes.HasPrefix(head, []byte("\xFF\xD8\xFF")):
		return "JPEG"
	case bytes.HasPrefix(head, []byte("GIF87a")), bytes.HasPrefix(head, []byte("GIF89a")):
		return "GIF"
	case bytes.HasPrefix(head, []byte("II*\x00")), bytes.HasPrefix(head, []byte("MM\x00*")):
		return "TIFF"
	case bytes.HasPrefix(head, []byte("RIFF")) && len(head) >= 12 && string(head[8:12]) == "WEBP":
		return "WebP"
	}
	return ""
}

// looksHTML reports whether head starts, after a BOM and white space, with
// an HTML doctype or element.
func looksHTML(head []byte) bool {
	h := bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	h = bytes.ToLower(bytes.TrimLeft(h[:min(len(h), 512)], " \t\r\n"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<p", "<div", "<h1"} {
		if bytes.HasPrefix(h, []byte(p)) {
			return true
		}
	}
	return false
}
