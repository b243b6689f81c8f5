// Package txt reads plain-text agreements.
//
// Encoding, in order: a UTF-8 byte-order mark (dropped), a UTF-16 mark
// (little or big endian, decoded), valid UTF-8, and finally Windows-1255,
// the legacy Hebrew code page of Windows (Notepad's "ANSI" on a Hebrew
// system), for bytes that are not valid UTF-8. Binary data — NUL bytes,
// many control characters, or bytes that are not text in any of these
// encodings — is rejected with ErrUnsupportedFormat rather than read as
// garbage.
//
// Paragraphs: each line is a paragraph and blank lines are dropped, unless
// the text is hard-wrapped (e-mail style: most lines filled to the same
// width of at most 80 characters), in which case lines are joined by
// package linejoin's heuristic.
package txt

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/heskem/heskem/internal/review/extract/linejoin"
	"github.com/heskem/heskem/internal/review/extract/textdoc"
)

// Reader reads plain text. Build it with New and reuse it freely.
type Reader struct {
	joiner *linejoin.Joiner
}

// New returns a Reader.
func New() *Reader { return &Reader{joiner: linejoin.New()} }

// Read decodes data and adds its paragraphs to c.
func (r *Reader) Read(data []byte, c *textdoc.Collector) error {
	text, err := Decode(data)
	if err != nil {
		return err
	}
	return r.Paragraphs(text, c)
}

// Paragraphs adds the paragraphs of already decoded text to c.
func (r *Reader) Paragraphs(text string, c *textdoc.Collector) error {
	text = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\f", "\n", "\v", "\n").Replace(text)
	var paras []string
	if hardWrapped(text) {
		paras = r.joiner.Paragraphs(text)
	} else {
		paras = strings.Split(text, "\n")
	}
	for _, p := range paras {
		if err := c.Add(textdoc.Block{Text: p}); err != nil {
			return err
		}
	}
	return nil
}

// Decode returns data as a UTF-8 string, detecting the encoding as the
// package doc describes.
func Decode(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		if !utf8.Valid(data) {
			return "", fmt.Errorf("%w: UTF-8 byte-order mark followed by invalid UTF-8", textdoc.ErrCorrupt)
		}
		return checkText(string(data))
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", fmt.Errorf("%w: bad UTF-16 text: %v", textdoc.ErrCorrupt, err)
		}
		return checkText(string(out))
	case utf8.Valid(data):
		return checkText(string(data))
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", fmt.Errorf("%w: binary data (NUL bytes), not text", textdoc.ErrUnsupportedFormat)
	}
	out, err := charmap.Windows1255.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("%w: neither UTF-8 nor Windows-1255 text: %v", textdoc.ErrUnsupportedFormat, err)
	}
	return checkText(string(out))
}

// checkText rejects decoded text that looks binary: NUL bytes, or more than
// one in fifty characters being control characters other than tab and line
// breaks or U+FFFD (bytes undefined in Windows-1255).
func checkText(s string) (string, error) {
	if strings.IndexByte(s, 0) >= 0 {
		return "", fmt.Errorf("%w: binary data (NUL bytes), not text", textdoc.ErrUnsupportedFormat)
	}
	bad, total := 0, 0
	for _, r := range s {
		total++
		if r == utf8.RuneError || (r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v') || (r >= 0x7F && r < 0xA0) {
			bad++
		}
	}
	if bad > 0 && bad*50 > total {
		return "", fmt.Errorf("%w: binary data (%d control characters in %d), not text", textdoc.ErrUnsupportedFormat, bad, total)
	}
	return s, nil
}

// hardWrapped reports whether text looks wrapped at a fixed width: at least
// six non-blank lines, none longer than 80 characters, and at least 40% of
// them within 25% of the longest. Hand-written agreements with one
// paragraph per line have lines of every length, many longer than 80.
//
// Text laid out with hanging indents, as pdftotext -layout and "save as
// text" write it, is wrapped at a wider margin (up to 132 characters): a
// clause's first line carries its number and the lines that continue it
// are indented deeper ("   12.1 Save as expressly amended …" over
// "        Agreement shall remain …"). At least a fifth of such lines,
// indented deeper than the line above that does not end a sentence, mark
// it as wrapped.
func hardWrapped(text string) bool {
	var lens []int
	width, hanging := 0, 0
	prevIndent, prevOpen := -1, false
	for _, l := range strings.Split(text, "\n") {
		t := strings.TrimSpace(l)
		n := utf8.RuneCountInString(t)
		if n == 0 {
			prevIndent = -1
			continue
		}
		indent := len(l) - len(strings.TrimLeft(l, " \t"))
		if prevIndent >= 0 && prevOpen && indent > prevIndent && indent >= 2 {
			hanging++
		}
		prevIndent, prevOpen = indent, !linejoin.EndsSentence(t)
		lens = append(lens, n)
		width = max(width, n)
	}
	if len(lens) < 6 || width < 40 {
		return false
	}
	if width > 80 && (width > 132 || hanging*5 < len(lens)) {
		return false
	}
	full := 0
	for _, n := range lens {
		if n*4 >= width*3 {
			full++
		}
	}
	return full*10 >= len(lens)*4
}
