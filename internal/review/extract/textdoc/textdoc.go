// Package textdoc holds what every format reader of the extract package
// shares: the Block a reader emits for each paragraph, the Limits it must
// respect, the Collector that enforces the paragraph limit, and the typed
// errors callers match with errors.Is.
//
// It exists as a leaf package so that the format readers (txt, markdown,
// htmltext, docx, pdf) and the dispatcher in extract can share these types
// without an import cycle; extract re-exports everything a caller needs.
package textdoc

import (
	"fmt"
	"strings"
	"unicode"
)

// Block is one paragraph as a reader found it: a heading, a list item, a
// table cell or a plain paragraph. Text never contains a line break.
type Block struct {
	// Text is the paragraph text. When Number is set, Text starts with it
	// (materialized list numbering is part of what the reader sees).
	Text string
	// Heading is 0 for body text and 1..9 for a heading of that level.
	Heading int
	// Number is the list number the format itself generated ("1.", "1.1",
	// "(א)"), when the source marks the paragraph as a numbered list item.
	// Numbers typed by hand stay in Text only.
	Number string
}

// Collector gathers blocks in order and enforces the paragraph limit, so
// that each reader does not have to.
type Collector struct {
	max    int
	blocks []Block
}

// NewCollector returns a Collector that fails once more than maxParagraphs
// non-empty blocks are added; maxParagraphs <= 0 means no limit.
func NewCollector(maxParagraphs int) *Collector {
	return &Collector{max: maxParagraphs}
}

// Add cleans b (line breaks become spaces, surrounding white space is
// trimmed) and keeps it unless its text is empty. It returns an error
// matching ErrTooLarge when the paragraph limit is exceeded.
func (c *Collector) Add(b Block) error {
	b.Text = CleanLine(b.Text)
	if b.Text == "" {
		return nil
	}
	if c.max > 0 && len(c.blocks) >= c.max {
		return fmt.Errorf("%w: more than %d paragraphs", ErrTooLarge, c.max)
	}
	if b.Heading < 0 {
		b.Heading = 0
	}
	if b.Heading > 9 {
		b.Heading = 9
	}
	c.blocks = append(c.blocks, b)
	return nil
}

// Len reports how many blocks were kept so far.
func (c *Collector) Len() int { return len(c.blocks) }

// Blocks returns the blocks kept so far, in document order.
func (c *Collector) Blocks() []Block { return c.blocks }

// CleanLine makes s fit on one line: CR, LF, vertical tab, form feed and the
// Unicode line and paragraph separators become spaces, and leading and
// trailing white space is removed. Other characters, including invisible
// format characters, are kept: reporting those is the review engine's job.
func CleanLine(s string) string {
	if strings.ContainsAny(s, "\r\n\v\f\u0085\u2028\u2029") {
		s = strings.Map(func(r rune) rune {
			switch r {
			case '\r', '\n', '\v', '\f', '\u0085', '\u2028', '\u2029':
				return ' '
			}
			return r
		}, s)
	}
	return strings.TrimFunc(s, unicode.IsSpace)
}
