package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/heskem/heskem/internal/review/extract/docx"
	"github.com/heskem/heskem/internal/review/extract/htmltext"
	"github.com/heskem/heskem/internal/review/extract/markdown"
	"github.com/heskem/heskem/internal/review/extract/pdf"
	"github.com/heskem/heskem/internal/review/extract/textdoc"
	"github.com/heskem/heskem/internal/review/extract/txt"
)

// Document is the text of one agreement file.
type Document struct {
	Name   string // file name as given
	Format string // FormatTXT, FormatMD, FormatHTML, FormatDOCX or FormatPDF
	// Text is UTF-8, NFC, one paragraph per line, paragraphs separated by a
	// single "\n" (no blank lines, no trailing newline).
	Text       string
	Paragraphs []Paragraph
	Pages      int // page count when the format has pages (PDF), else 0
}

// Paragraph locates one paragraph in Document.Text.
type Paragraph struct {
	// Start and End are offsets into Text in runes (Unicode code points),
	// End exclusive; the paragraph never includes the "\n" separator.
	Start, End int
	// Heading is 0 for body text, 1..9 for a heading of that level.
	Heading int
	// Number is the automatic list number of the paragraph ("1.1", "(א)",
	// "3.") when the format generated it; the text starts with it.
	Number string

	byteStart, byteEnd int
}

// ParagraphText returns the text of p, which must come from d.Paragraphs.
func (d *Document) ParagraphText(p Paragraph) string {
	if p.byteStart < 0 || p.byteEnd > len(d.Text) || p.byteStart > p.byteEnd {
		return ""
	}
	return d.Text[p.byteStart:p.byteEnd]
}

// Extractor reads documents. It holds the compiled parts of the readers;
// build one with New and use it for many files, from any goroutine.
type Extractor struct {
	txt *txt.Reader
	md  *markdown.Reader
	pdf *pdf.Reader
}

// New returns an Extractor that runs Poppler's tools from PATH for PDFs.
func New() *Extractor {
	return &Extractor{txt: txt.New(), md: markdown.New(), pdf: pdf.New()}
}

// File reads the file at path with a new Extractor.
func File(ctx context.Context, path string, lim Limits) (*Document, error) {
	return New().File(ctx, path, lim)
}

// Read reads a file's content from r with a new Extractor; name gives the
// extension used, with the content's magic bytes, to pick the format.
func Read(ctx context.Context, name string, r io.Reader, lim Limits) (*Document, error) {
	return New().Read(ctx, name, r, lim)
}

// File reads the file at path. Only regular files are read, and a file
// over lim.MaxBytes is refused before it is read.
func (e *Extractor) File(ctx context.Context, path string, lim Limits) (*Document, error) {
	lim = lim.WithDefaults()
	name := filepath.Base(path)
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{Name: name, Err: err}
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, &Error{Name: name, Err: err}
	}
	if !st.Mode().IsRegular() {
		return nil, &Error{Name: name, Err: fmt.Errorf("%w: not a regular file", ErrUnsupportedFormat)}
	}
	if st.Size() > lim.MaxBytes {
		return nil, &Error{Name: name, Err: fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, st.Size(), lim.MaxBytes)}
	}
	return e.read(ctx, name, f, path, lim)
}

// Read reads a file's content from r; name is used for the format and in
// errors. At most lim.MaxBytes are read.
func (e *Extractor) Read(ctx context.Context, name string, r io.Reader, lim Limits) (*Document, error) {
	return e.read(ctx, name, r, "", lim.WithDefaults())
}

// read does the work; path, when set, is the file on disk (so a PDF need
// not be copied to a temporary file for Poppler).
func (e *Extractor) read(ctx context.Context, name string, r io.Reader, path string, lim Limits) (*Document, error) {
	ctx, cancel := context.WithTimeout(ctx, lim.Timeout)
	defer cancel()
	data, err := io.ReadAll(io.LimitReader(r, lim.MaxBytes+1))
	if err != nil {
		return nil, &Error{Name: name, Err: fmt.Errorf("read: %w", err)}
	}
	if int64(len(data)) > lim.MaxBytes {
		return nil, &Error{Name: name, Err: fmt.Errorf("%w: over %d bytes", ErrTooLarge, lim.MaxBytes)}
	}
	format, err := detect(name, data)
	if err != nil {
		return nil, &Error{Name: name, Err: err}
	}
	doc, err := e.extractInTime(ctx, name, format, data, path, lim)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
			err = fmt.Errorf("%w after %s", ErrTimeout, lim.Timeout)
		}
		return nil, &Error{Name: name, Format: format, Err: err}
	}
	return doc, nil
}

// extractInTime runs extract and returns when it is done or when ctx
// expires, whichever is first. Poppler runs under the context and is
// killed; the Go readers check the context as they go, but a parser we do
// not control (html.Parse, goldmark) may finish its current file in the
// background, bounded by the size limits, after the caller got ErrTimeout.
func (e *Extractor) extractInTime(ctx context.Context, name, format string, data []byte, path string, lim Limits) (*Document, error) {
	type result struct {
		doc *Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		doc, err := e.extract(ctx, name, format, data, path, lim)
		done <- result{doc, err}
	}()
	select {
	case r := <-done:
		return r.doc, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (e *Extractor) extract(ctx context.Context, name, format string, data []byte, path string, lim Limits) (*Document, error) {
	c := textdoc.NewCollector(lim.MaxParagraphs)
	pages := 0
	var err error
	switch format {
	case FormatTXT:
		err = e.txt.Read(data, c)
	case FormatMD:
		var text string
		if text, err = txt.Decode(data); err == nil {
			err = e.md.Read([]byte(text), c)
		}
	case FormatHTML:
		err = htmltext.Read(ctx, data, c)
	case FormatDOCX:
		err = docx.Read(ctx, name, data, lim, c)
	case FormatPDF:
		pages, err = e.readPDF(ctx, data, path, lim, c)
	default:
		err = fmt.Errorf("%w: %s", ErrUnsupportedFormat, format)
	}
	if err != nil {
		return nil, err
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if c.Len() == 0 {
		return nil, fmt.Errorf("%w: the %s file has no text", ErrEmpty, strings.ToUpper(format))
	}
	doc := assemble(c.Blocks())
	doc.Name, doc.Format, doc.Pages = name, format, pages
	return doc, nil
}

func (e *Extractor) readPDF(ctx context.Context, data []byte, path string, lim Limits, c *textdoc.Collector) (int, error) {
	if path == "" {
		f, err := os.CreateTemp("", "heskem-extract-*.pdf")
		if err != nil {
			return 0, fmt.Errorf("temporary file for pdftotext: %w", err)
		}
		defer os.Remove(f.Name())
		_, werr := f.Write(data)
		if cerr := f.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			return 0, fmt.Errorf("temporary file for pdftotext: %w", werr)
		}
		path = f.Name()
	}
	res, err := e.pdf.Read(ctx, path, lim, c)
	return res.Pages, err
}

// assemble joins blocks into a Document: NFC, one paragraph per line, with
// rune and byte offsets.
func assemble(blocks []textdoc.Block) *Document {
	doc := &Document{Paragraphs: make([]Paragraph, 0, len(blocks))}
	var b strings.Builder
	runes := 0
	for i, blk := range blocks {
		text := norm.NFC.String(blk.Text)
		if i > 0 {
			b.WriteByte('\n')
			runes++
		}
		p := Paragraph{Start: runes, Heading: blk.Heading, Number: norm.NFC.String(blk.Number), byteStart: b.Len()}
		b.WriteString(text)
		runes += utf8.RuneCountInString(text)
		p.End, p.byteEnd = runes, b.Len()
		doc.Paragraphs = append(doc.Paragraphs, p)
	}
	doc.Text = b.String()
	return doc
}
