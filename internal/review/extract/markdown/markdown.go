// Package markdown reads agreements written in Markdown (CommonMark with
// GitHub tables), parsed with goldmark.
//
// What is content stays: heading text (ATX "#" and setext headings, with
// their level), paragraph text, list item text with the number of ordered
// list items materialized ("3." or "3)", as the author wrote the marker),
// table cells (one paragraph each), code blocks line by line, link text,
// image alt text and autolinks (an e-mail address is content). What is
// syntax goes: emphasis markers, link URLs, raw HTML tags, thematic breaks,
// bullets of unordered lists. Struck-through text (~~old~~) is dropped, as
// deleted text is in DOCX and HTML. Soft line breaks join a paragraph's lines
// with a space; hard line breaks (two trailing spaces or a backslash) start
// a new paragraph, as they do in the other formats.
package markdown

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/heskem/heskem/internal/review/extract/textdoc"
)

// Reader parses Markdown. Build it with New and reuse it freely.
type Reader struct {
	md goldmark.Markdown
}

// New returns a Reader with GitHub tables enabled.
func New() *Reader {
	return &Reader{md: goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))}
}

// Read parses src (UTF-8) and adds its paragraphs to c.
func (r *Reader) Read(src []byte, c *textdoc.Collector) error {
	if err := checkNesting(src); err != nil {
		return err
	}
	doc := r.md.Parser().Parse(text.NewReader(src))
	w := &walker{src: src, c: c}
	return w.block(doc, "", 0)
}

type walker struct {
	src []byte
	c   *textdoc.Collector
}

// block emits the paragraphs of a block node. number is the list number
// waiting to be put before the first paragraph of a list item.
func (w *walker) block(n ast.Node, number string, depth int) error {
	if depth > maxDepth {
		return fmt.Errorf("%w: Markdown blocks nested more than %d deep", textdoc.ErrTooLarge, maxDepth)
	}
	switch n := n.(type) {
	case *ast.Heading:
		return w.emit(w.inline(n), n.Level, number)
	case *ast.Paragraph, *ast.TextBlock:
		return w.emit(w.inline(n), 0, number)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			if err := w.emit(string(seg.Value(w.src)), 0, number); err != nil {
				return err
			}
			number = ""
		}
		return nil
	case *ast.HTMLBlock, *ast.ThematicBreak:
		return nil
	case *ast.List:
		return w.list(n, depth)
	case *east.TableCell:
		return w.emit(w.inline(n), 0, "")
	}
	for child := n.FirstChild(); child != nil; child = child.NextSibling() {
		if err := w.block(child, number, depth+1); err != nil {
			return err
		}
		if child.Kind() != ast.KindList {
			number = ""
		}
	}
	if number != "" {
		// An empty list item still shows its number.
		return w.emit("", 0, number)
	}
	return nil
}

func (w *walker) list(l *ast.List, depth int) error {
	i := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		number := ""
		if l.IsOrdered() {
			number = strconv.Itoa(i) + string(l.Marker)
			i++
		}
		if err := w.block(item, number, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// emit adds one paragraph per line of text (hard line breaks split), the
// list number before the first.
func (w *walker) emit(text string, heading int, number string) error {
	for i, line := range strings.Split(text, "\n") {
		b := textdoc.Block{Text: line, Heading: heading}
		if i == 0 && number != "" {
			b.Number = number
			b.Text = strings.TrimSpace(number + " " + line)
		}
		if strings.TrimSpace(b.Text) == "" {
			continue
		}
		if err := w.c.Add(b); err != nil {
			return err
		}
	}
	return nil
}

// maxMarkers bounds the container markers (">", "-", "*", "+") at the start
// of one line. goldmark's time grows with the square of the nesting depth
// (200,000 ">" take a minute), and no real document nests a hundred
// quotes or bullets.
const maxMarkers = 100

// checkNesting refuses source whose lines open absurdly deep containers,
// before the parser spends quadratic time on them.
func checkNesting(src []byte) error {
	for _, line := range bytes.Split(src, []byte("\n")) {
		n := 0
		for _, b := range line {
			if b == ' ' || b == '\t' {
				continue
			}
			if b != '>' && b != '-' && b != '*' && b != '+' {
				break
			}
			if n++; n > maxMarkers {
				return fmt.Errorf("%w: a line opens more than %d nested quotes or lists", textdoc.ErrTooLarge, maxMarkers)
			}
		}
	}
	return nil
}

// maxDepth bounds block nesting (lists in quotes in lists…); the walk is
// recursive and must not exhaust the stack on hostile input.
const maxDepth = 1000

// inline returns the text of n's inline content: soft breaks as spaces,
// hard breaks as "\n", markup dropped.
func (w *walker) inline(n ast.Node) string {
	var b strings.Builder
	var walk func(n ast.Node, code bool, depth int)
	walk = func(n ast.Node, code bool, depth int) {
		if depth > maxDepth {
			return // hostile nesting of emphasis or links: drop what is deeper
		}
		switch n := n.(type) {
		case *ast.Text:
			v := n.Segment.Value(w.src)
			if !code {
				// What the HTML renderer does: backslash escapes and
				// character references become the characters they stand for.
				v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
			}
			b.Write(v)
			switch {
			case n.HardLineBreak():
				b.WriteByte('\n')
			case n.SoftLineBreak():
				b.WriteByte(' ')
			}
			return
		case *ast.String:
			b.Write(n.Value)
			return
		case *ast.AutoLink:
			b.Write(n.Label(w.src))
			return
		case *ast.RawHTML, *east.Strikethrough:
			return
		case *ast.CodeSpan:
			code = true
		}
		for child := n.FirstChild(); child != nil; child = child.NextSibling() {
			walk(child, code, depth+1)
		}
	}
	walk(n, false, 0)
	// Like a browser showing the rendered HTML, collapse runs of white space
	// (left where markup was removed) within each line.
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.Join(lines, "\n")
}
