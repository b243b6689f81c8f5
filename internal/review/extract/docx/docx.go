// Package docx reads Word documents (Office Open XML WordprocessingML) with
// archive/zip and streaming encoding/xml.
//
// Safety first: the archive's entry count and the total uncompressed size
// declared in its headers are checked before any entry is read, and every
// part is then read through a shared budget, because headers can lie (zip
// bombs). Macro-enabled packages (.docm/.dotm names, a vbaProject.bin part,
// or a macro-enabled content type) are refused with ErrMacroEnabled.
//
// What is read, in order: the paragraphs of the main document part (found
// through the package relationships), including table cells (each cell
// paragraph is a paragraph), text boxes and content controls; then the
// footnotes, in the order they are referenced, each prefixed with its
// number in brackets ("[1]"). Headers, footers and comments are not read.
//
// Text: w:t runs; w:tab is a tab; w:br and w:cr end the line, and each line
// becomes a paragraph of its own (a signature block typed with Shift+Enter
// stays one line per line); w:noBreakHyphen is "-"; w:sym gives its
// character. Tracked changes are read as accepted: deleted text (w:del,
// w:moveFrom) is ignored and inserted text (w:ins, w:moveTo) kept. Field
// instructions are ignored and field results kept. Hebrew needs nothing
// special: WordprocessingML stores runs in logical order.
//
// Numbering: w:numPr (on the paragraph, or inherited from its style) is
// resolved through numbering.xml — abstract definitions, instances,
// start overrides, lvlRestart, isLgl — and the counter text built from
// lvlText ("%1.%2", "(%3)") in the level's numFmt (decimal, letters, Roman,
// hebrew1, hebrew2; other formats as decimal; bullets are not
// materialized). The label and one space are put at the start of the
// paragraph text, and also returned in Block.Number.
//
// Headings: a paragraph's outline level (w:outlineLvl 0-8, on the paragraph
// or its style chain) gives heading level 1-9; otherwise a style named
// "heading N" or "Title" (names are stored in English even when Word shows
// them localized, and the style ids of Hebrew Word are not) gives level N
// or 1.
package docx

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/heskem/heskem/internal/review/extract/textdoc"
)

// Read extracts the paragraphs of the DOCX package in data into c. name is
// the file name, used to recognize .docm files.
func Read(ctx context.Context, name string, data []byte, lim textdoc.Limits, c *textdoc.Collector) error {
	if ext := strings.ToLower(path.Ext(name)); ext == ".docm" || ext == ".dotm" {
		return fmt.Errorf("%w: %s files can carry macros", textdoc.ErrMacroEnabled, ext)
	}
	pkg, err := open(data, lim)
	if err != nil {
		return err
	}
	if err := pkg.checkMacros(); err != nil {
		return err
	}
	mainPart, err := pkg.mainDocument()
	if err != nil {
		return err
	}
	rels, err := pkg.relationships(mainPart)
	if err != nil {
		return err
	}
	st := styles{}
	if p := rels["styles"]; p != "" && pkg.has(p) {
		if st, err = pkg.readStyles(p); err != nil {
			return err
		}
	}
	nb := newNumberer(nil, st)
	if p := rels["numbering"]; p != "" && pkg.has(p) {
		defs, err := pkg.readNumbering(p)
		if err != nil {
			return err
		}
		nb = newNumberer(defs, st)
	}
	bp := &bodyParser{ctx: ctx, styles: st, numbers: nb, out: c}
	if err := pkg.parse(mainPart, bp.document); err != nil {
		return err
	}
	if len(bp.footnoteRefs) > 0 {
		if p := rels["footnotes"]; p != "" && pkg.has(p) {
			if err := pkg.parse(p, bp.footnotes); err != nil {
				return err
			}
		}
	}
	return nil
}

// pkg is an opened, size-checked DOCX archive.
type pkg struct {
	files  map[string]*zip.File // by lower-cased part name without leading "/"
	budget int64                // decompressed bytes we still allow ourselves to read
	limit  int64
}

func open(data []byte, lim textdoc.Limits) (*pkg, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: not a readable zip archive (DOCX files are zip archives): %v", textdoc.ErrCorrupt, err)
	}
	if lim.MaxEntries > 0 && len(zr.File) > lim.MaxEntries {
		return nil, fmt.Errorf("%w: %d zip entries, the limit is %d", textdoc.ErrTooLarge, len(zr.File), lim.MaxEntries)
	}
	var total uint64
	p := &pkg{files: make(map[string]*zip.File, len(zr.File)), budget: lim.MaxUncompressed, limit: lim.MaxUncompressed}
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if lim.MaxUncompressed > 0 && total > uint64(lim.MaxUncompressed) {
			return nil, fmt.Errorf("%w: declared uncompressed size over %d bytes (zip bomb?)", textdoc.ErrTooLarge, lim.MaxUncompressed)
		}
		p.files[strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(f.Name, `\`, "/"), "/"))] = f
	}
	return p, nil
}

func (p *pkg) has(name string) bool {
	_, ok := p.files[strings.ToLower(name)]
	return ok
}

// checkMacros refuses packages that carry a VBA project.
func (p *pkg) checkMacros() error {
	for name := range p.files {
		if path.Base(name) == "vbaproject.bin" {
			return fmt.Errorf("%w: the package contains %s", textdoc.ErrMacroEnabled, name)
		}
	}
	return nil
}

// openPart opens a part for reading through the decompression budget.
func (p *pkg) openPart(name string) (io.ReadCloser, error) {
	f, ok := p.files[strings.ToLower(name)]
	if !ok {
		return nil, fmt.Errorf("%w: missing part %s", textdoc.ErrCorrupt, name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: open %s: %v", textdoc.ErrCorrupt, name, err)
	}
	return &budgetReader{rc: rc, p: p, name: name}, nil
}

// budgetReader charges every decompressed byte to the package budget and
// fails once it is spent, whatever the zip headers declared.
type budgetReader struct {
	rc   io.ReadCloser
	p    *pkg
	name string
}

var errBudget = errors.New("decompression budget exceeded")

func (b *budgetReader) Read(buf []byte) (int, error) {
	if b.p.limit > 0 {
		if b.p.budget <= 0 {
			// Spent exactly: fine if the part ends here.
			var one [1]byte
			if n, err := b.rc.Read(one[:]); n == 0 && err != nil {
				return 0, err
			}
			return 0, errBudget
		}
		if int64(len(buf)) > b.p.budget {
			buf = buf[:b.p.budget]
		}
	}
	n, err := b.rc.Read(buf)
	b.p.budget -= int64(n)
	return n, err
}

func (b *budgetReader) Close() error { return b.rc.Close() }

// partError maps an error met while reading a part to a typed error.
func (p *pkg) partError(name string, err error) error {
	switch {
	case errors.Is(err, errBudget):
		return fmt.Errorf("%w: decompressed size over %d bytes (zip bomb?)", textdoc.ErrTooLarge, p.limit)
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return err
	case errors.Is(err, textdoc.ErrTooLarge):
		return err
	}
	return fmt.Errorf("%w: %s: %v", textdoc.ErrCorrupt, name, err)
}
