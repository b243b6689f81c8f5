// Package pdf reads the text layer of PDF files with Poppler's pdftotext
// (Debian package poppler-utils), run as a subprocess: first pdfinfo for
// the page count and encryption, then pdftotext in its default (reading
// order, not -layout) mode with UTF-8 output.
//
// Poppler gives right-to-left text in logical order, which is why we use it
// rather than a pure-Go parser (many extractors emit Hebrew reversed). Its
// output is repaired and cleaned here:
//
//   - the bidi embedding marks it wraps around right-to-left and
//     left-to-right runs (U+202A…U+202E, and any U+200E/U+200F/U+2066…U+2069)
//     are extraction artifacts and are removed, after the neutral characters
//     that Poppler left in visual order inside them are put back in logical
//     order (see repairEdges). This is done for PDF only: in every other
//     format such characters were written by the author and are kept, so the
//     review engine can report them;
//
//   - running headers, footers and page numbers are removed, and a page
//     break becomes a line break (see stripFurniture), so that a sentence
//     that runs across two pages stays one paragraph;
//
//   - lines are joined into paragraphs by package linejoin's heuristic.
//
//   - at the two ends of a right-to-left line Poppler puts left-to-right
//     stretches on the wrong side: the final period first, the clause
//     number that opens the paragraph last ("… בקשר 2.1."), an opening
//     quote last. They are moved back (see repairEdges); a trailing number
//     is treated as a clause number only when the line opens a paragraph
//     and the word before it is not "סעיף", "נספח" and the like.
//
// Known limits, all Poppler's: numbering that Word or LibreOffice separates
// from its text with a tab comes out as a separate block and, in
// right-to-left documents, sometimes out of order (a section number just
// before the previous clause's text); Hebrew niqqud can detach from its
// letters; pdftotext itself removes a hyphen at the end of a line
// ("04-\n6667890" gives "046667890"); and a Hebrew phrase inside an English
// sentence may have its neighbouring numbers in visual order.
package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"unicode"

	"github.com/heskem/heskem/internal/review/extract/linejoin"
	"github.com/heskem/heskem/internal/review/extract/textdoc"
)

// installHint is the message users get when Poppler is missing.
const installHint = "install poppler-utils (apt-get install poppler-utils) to read PDF files"

// Reader runs the Poppler tools. Build it with New; the zero value is not
// usable.
type Reader struct {
	pdftotext, pdfinfo string // program names or paths
	joiner             *linejoin.Joiner
}

// New returns a Reader that finds pdftotext and pdfinfo on PATH when it
// runs (so a missing tool is reported per file, with how to install it).
func New() *Reader {
	return &Reader{pdftotext: "pdftotext", pdfinfo: "pdfinfo", joiner: linejoin.New()}
}

// WithTools returns a copy of r that runs the given programs instead; tests
// use it to simulate a machine without Poppler.
func (r *Reader) WithTools(pdftotext, pdfinfo string) *Reader {
	c := *r
	c.pdftotext, c.pdfinfo = pdftotext, pdfinfo
	return &c
}

// Result is what Read found: the paragraphs (added to the collector) and
// the page count.
type Result struct {
	Pages int
}

// Read extracts the text of the PDF file at path into c. ctx bounds the run
// time of the subprocesses; lim bounds pages and output size.
func (r *Reader) Read(ctx context.Context, path string, lim textdoc.Limits, c *textdoc.Collector) (Result, error) {
	info, err := r.info(ctx, path)
	if err != nil {
		return Result{}, err
	}
	if lim.MaxPages > 0 && info.pages > lim.MaxPages {
		return Result{}, fmt.Errorf("%w: %d pages, the limit is %d", textdoc.ErrTooLarge, info.pages, lim.MaxPages)
	}
	out, err := r.run(ctx, r.pdftotext, lim.MaxUncompressed, "-enc", "UTF-8", "-eol", "unix", path, "-")
	if err != nil {
		return Result{}, err
	}
	if err := r.Paragraphs(string(out), c); err != nil {
		return Result{}, err
	}
	if c.Len() == 0 {
		return Result{}, textdoc.ErrScanned
	}
	return Result{Pages: info.pages}, nil
}

// Paragraphs turns pdftotext output into paragraphs: bidi marks repaired and
// removed line by line, then lines joined. It is separate from Read so that
// it can be tested and fuzzed without Poppler.
func (r *Reader) Paragraphs(out string, c *textdoc.Collector) error {
	if strings.TrimFunc(out, func(r rune) bool { return unicode.IsSpace(r) || isBidiControl(r) }) == "" {
		return nil
	}
	lines := strings.Split(stripFurniture(out, r.joiner), "\n")
	prev := ""
	for i, l := range lines {
		text, label := repairEdges(l)
		if label != "" {
			// A clause number Poppler moved to the end of the line is put
			// back in front when the line opens a paragraph: the first
			// line, or one after a line that ended a sentence.
			if prev == "" || linejoin.EndsSentence(prev) || len(strings.Fields(prev)) <= shortLineWords {
				text = label + " " + text
			} else {
				text += " " + label
			}
		}
		lines[i] = text
		prev = strings.TrimSpace(text)
	}
	for _, p := range r.joiner.Paragraphs(strings.Join(lines, "\n")) {
		if err := c.Add(textdoc.Block{Text: p}); err != nil {
			return err
		}
	}
	return nil
}

// pdfInfo is what we need from pdfinfo. An encrypted PDF that pdfinfo opens
// has only an owner password (permissions), which Poppler does not enforce
// on text extraction: we read it like any other.
type pdfInfo struct {
	pages int
}

func (r *Reader) info(ctx context.Context, path string) (pdfInfo, error) {
	out, err := r.run(ctx, r.pdfinfo, 1<<20, "-enc", "UTF-8", path)
	if err != nil {
		return pdfInfo{}, err
	}
	return parseInfo(string(out))
}

// parseInfo reads the "Pages:" line of pdfinfo output.
func parseInfo(out string) (pdfInfo, error) {
	var info pdfInfo
	found := false
	for _, line := range strings.Split(out, "\n") {
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch strings.TrimSpace(key) {
		case "Pages":
			n, err := parsePages(val)
			if err != nil {
				return info, fmt.Errorf("%w: pdfinfo page count %q", textdoc.ErrCorrupt, val)
			}
			info.pages, found = n, true
		}
	}
	if !found {
		return info, fmt.Errorf("%w: pdfinfo reports no page count", textdoc.ErrCorrupt)
	}
	return info, nil
}

func parsePages(s string) (int, error) {
	n := 0
	if s == "" || len(s) > 9 {
		return 0, errors.New("bad number")
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, errors.New("bad number")
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

// run executes a Poppler program, capturing at most maxOut bytes of its
// standard output, and maps its failures to the typed errors.
func (r *Reader) run(ctx context.Context, prog string, maxOut int64, args ...string) ([]byte, error) {
	path, err := exec.LookPath(prog)
	if err != nil {
		return nil, fmt.Errorf("%w: %s not found; %s", textdoc.ErrToolMissing, prog, installHint)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	cmd := exec.CommandContext(ctx, path, args...)
	stdout := &cappedBuffer{max: maxOut, cancel: cancel}
	stderr := &cappedBuffer{max: 64 << 10}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	err = cmd.Run()
	switch {
	case stdout.overflow:
		return nil, fmt.Errorf("%w: text output over %d bytes", textdoc.ErrTooLarge, maxOut)
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return nil, textdoc.ErrTimeout
	case ctx.Err() != nil && err != nil:
		return nil, ctx.Err()
	case err != nil:
		return nil, classify(prog, stderr.String(), err)
	}
	return stdout.Bytes(), nil
}

// classify maps a failed Poppler run to a typed error from what it said on
// standard error: a password prompt means encryption, anything else means
// the file is not a readable PDF.
func classify(prog, stderr string, err error) error {
	msg := firstLine(stderr)
	if strings.Contains(strings.ToLower(stderr), "password") {
		return fmt.Errorf("%w: the PDF needs a password to open", textdoc.ErrEncrypted)
	}
	if msg == "" {
		msg = err.Error()
	}
	return fmt.Errorf("%w: not a readable PDF (%s: %s)", textdoc.ErrCorrupt, prog, msg)
}

func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "Syntax Warning") {
			return l
		}
	}
	return ""
}

// cappedBuffer keeps at most max bytes and cancels the process beyond that.
type cappedBuffer struct {
	bytes.Buffer
	max      int64
	overflow bool
	cancel   context.CancelFunc
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	if b.max > 0 && int64(b.Len()+len(p)) > b.max {
		if !b.overflow && b.cancel != nil {
			b.overflow = true
			b.cancel()
		}
		b.overflow = true
		return len(p), nil
	}
	return b.Buffer.Write(p)
}

// shortLineWords is the most words a line may have and still end a
// paragraph without punctuation: a heading ("סעיף 2. היקף השירותים").
const shortLineWords = 6
