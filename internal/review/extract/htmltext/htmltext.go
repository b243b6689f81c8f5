// Package htmltext reads agreements saved as HTML, parsed with
// golang.org/x/net/html (the WHATWG algorithm browsers use, so broken markup
// is read the way a browser shows it).
//
// Block elements (p, div, li, td, h1…h6, blockquote, pre, …) become
// paragraphs, h1…h6 are headings of that level, <br> starts a new
// paragraph, and table cells are paragraphs of their own. Items of an <ol>
// get their number materialized as a browser shows it ("3.", "c.", "iv.",
// "ג." for list-style-type: hebrew), honouring start, reversed, type and
// li value. Script, style, template, noscript, the head, and elements that
// are hidden (the hidden attribute, style="display: none") are dropped: the
// reader of the page does not see them. Deleted text (<del>, <s>,
// <strike>) is dropped too, as tracked deletions are in DOCX. White space is
// collapsed outside <pre>.
//
// The character encoding comes from a byte-order mark or <meta charset>;
// without either, valid UTF-8 is UTF-8 and anything else is taken as
// Windows-1255, the legacy Hebrew code page that Word's "Save as web page"
// used on Hebrew systems.
package htmltext

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"

	"github.com/heskem/heskem/internal/review/extract/listnum"
	"github.com/heskem/heskem/internal/review/extract/textdoc"
)

// Read parses data and adds its paragraphs to c. ctx is checked while
// walking, so a huge page stops at the deadline.
func Read(ctx context.Context, data []byte, c *textdoc.Collector) error {
	text, err := decode(data)
	if err != nil {
		return err
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return fmt.Errorf("%w: parse HTML: %v", textdoc.ErrCorrupt, err)
	}
	w := &walker{ctx: ctx, c: c}
	w.node(doc, 0)
	if w.err != nil {
		return w.err
	}
	return w.flush()
}

func decode(data []byte) (string, error) {
	enc, name, certain := charset.DetermineEncoding(data, "text/html")
	switch {
	case certain && name != "utf-8":
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("%w: decode %s: %v", textdoc.ErrCorrupt, name, err)
		}
		return string(out), nil
	case utf8.Valid(data):
		return strings.TrimPrefix(string(data), "\uFEFF"), nil
	}
	out, err := charmap.Windows1255.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("%w: decode Windows-1255: %v", textdoc.ErrCorrupt, err)
	}
	return string(out), nil
}

// walker turns the node tree into blocks. It keeps the inline text of the
// block being built and the properties that apply to it.
type walker struct {
	ctx     context.Context
	c       *textdoc.Collector
	err     error
	buf     strings.Builder
	heading int
	number  string // list number for the next paragraph of the current li
	pre     int    // depth of <pre> elements
	visited int
}

// maxDepth bounds element nesting. Real pages, Word's included, stay far
// below it; the walk is recursive and must not exhaust the stack.
const maxDepth = 1000

func (w *walker) node(n *html.Node, depth int) {
	if w.err != nil {
		return
	}
	if depth > maxDepth {
		w.err = fmt.Errorf("%w: HTML elements nested more than %d deep", textdoc.ErrTooLarge, maxDepth)
		return
	}
	if w.visited++; w.visited%1024 == 0 {
		if err := w.ctx.Err(); err != nil {
			w.err = err
			return
		}
	}
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	default:
		w.children(n, depth)
		return
	}
	if skipped(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		w.breakLine()
		return
	case atom.Ol:
		w.breakLine()
		w.orderedList(n, depth)
		w.breakLine()
		return
	case atom.Pre:
		w.breakLine()
		w.pre++
		w.children(n, depth)
		w.pre--
		w.breakLine()
		return
	}
	if level := headingLevel(n.DataAtom); level > 0 {
		w.breakLine()
		saved := w.heading
		w.heading = level
		w.children(n, depth)
		w.breakLine()
		w.heading = saved
		return
	}
	if isBlock(n.DataAtom) {
		w.breakLine()
		w.children(n, depth)
		w.breakLine()
		return
	}
	w.children(n, depth)
}

func (w *walker) children(n *html.Node, depth int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c, depth+1)
	}
}

// orderedList walks an <ol>, giving each li its number.
func (w *walker) orderedList(ol *html.Node, depth int) {
	style := listStyle(ol)
	step := 1
	if hasAttr(ol, "reversed") {
		step = -1
	}
	count := 0
	for c := ol.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Li && !skipped(c) {
			count++
		}
	}
	next := 1
	if step < 0 {
		next = count
	}
	if v, ok := intAttr(ol, "start"); ok {
		next = v
	}
	for c := ol.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Li {
			w.node(c, depth+1)
			continue
		}
		if skipped(c) {
			continue
		}
		if v, ok := intAttr(c, "value"); ok {
			next = v
		}
		itemStyle := style
		if s, ok := ownListStyle(c); ok {
			itemStyle = s
		}
		w.breakLine()
		if label := listnum.Format(next, itemStyle); label != "" {
			w.number = label + "."
		}
		w.children(c, depth+1)
		w.breakLine()
		w.number = ""
		next += step
	}
}

// text appends a text node, collapsing white space outside <pre>.
func (w *walker) text(s string) {
	if w.pre > 0 {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			if i > 0 {
				w.breakLine()
			}
			w.buf.WriteString(l)
		}
		return
	}
	fields := strings.Fields(s)
	if len(fields) == 0 {
		if s != "" && w.buf.Len() > 0 {
			w.buf.WriteByte(' ')
		}
		return
	}
	if s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r' || s[0] == '\f' {
		w.buf.WriteByte(' ')
	}
	w.buf.WriteString(strings.Join(fields, " "))
	last := s[len(s)-1]
	if last == ' ' || last == '\t' || last == '\n' || last == '\r' || last == '\f' {
		w.buf.WriteByte(' ')
	}
}

// breakLine ends the current paragraph, if any.
func (w *walker) breakLine() {
	if w.err == nil {
		w.err = w.flush()
	}
}

func (w *walker) flush() error {
	text := strings.TrimSpace(w.buf.String())
	w.buf.Reset()
	if text == "" {
		return nil
	}
	b := textdoc.Block{Text: text, Heading: w.heading}
	if w.number != "" {
		b.Number = w.number
		b.Text = w.number + " " + text
		w.number = ""
	}
	return w.c.Add(b)
}

func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.Ul, atom.Dl, atom.Dt, atom.Dd, atom.Table, atom.Tr,
		atom.Td, atom.Th, atom.Caption, atom.Thead, atom.Tbody, atom.Tfoot, atom.Blockquote,
		atom.Section, atom.Article, atom.Header, atom.Footer, atom.Main, atom.Aside, atom.Nav,
		atom.Address, atom.Figure, atom.Figcaption, atom.Form, atom.Fieldset, atom.Legend,
		atom.Hr, atom.Body, atom.Html, atom.Details, atom.Summary, atom.Center, atom.Option:
		return true
	}
	return false
}

// skipped reports elements whose content the reader of the page never sees.
func skipped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head, atom.Title,
		atom.Iframe, atom.Object, atom.Svg, atom.Math, atom.Select, atom.Textarea,
		atom.Del, atom.S, atom.Strike:
		return true
	}
	if hasAttr(n, "hidden") {
		return true
	}
	if style, ok := attr(n, "style"); ok {
		s := strings.ReplaceAll(strings.ToLower(style), " ", "")
		if strings.Contains(s, "display:none") {
			return true
		}
	}
	return false
}

// listStyle is the counter style of an ol: CSS list-style-type in its
// style attribute, else its type attribute, else decimal.
func listStyle(n *html.Node) listnum.Style {
	if s, ok := ownListStyle(n); ok {
		return s
	}
	if t, ok := attr(n, "type"); ok {
		if s, ok := listnum.ParseCSS(t); ok {
			return s
		}
	}
	return listnum.Decimal
}

func ownListStyle(n *html.Node) (listnum.Style, bool) {
	style, ok := attr(n, "style")
	if !ok {
		return 0, false
	}
	for _, decl := range strings.Split(style, ";") {
		k, v, ok := strings.Cut(decl, ":")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		if k != "list-style-type" && k != "list-style" {
			continue
		}
		for _, word := range strings.Fields(strings.ToLower(v)) {
			if s, ok := listnum.ParseCSS(word); ok {
				return s, true
			}
		}
	}
	return 0, false
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasAttr(n *html.Node, key string) bool {
	_, ok := attr(n, key)
	return ok
}

func intAttr(n *html.Node, key string) (int, bool) {
	v, ok := attr(n, key)
	if !ok {
		return 0, false
	}
	i, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || i < -1_000_000 || i > 1_000_000 {
		return 0, false
	}
	return i, true
}
