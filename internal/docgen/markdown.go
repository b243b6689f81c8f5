package docgen

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WriteMarkdown writes CommonMark (with a GFM table for the signatures).
// A Hebrew document is wrapped in <div dir="rtl" lang="he"> with blank
// lines around its content, so renderers that allow the tag (GitHub,
// goldmark with unsafe HTML, Pandoc) show it right to left while the inside
// stays Markdown. Section headings are "## 1. …" and clauses plain
// paragraphs that start with their number ("1.1 …", "(א) …"); numbers are
// text, because Markdown lists cannot number "1.1".
//
// Two documents (Hebrew and English) give one GFM table with a row per
// paragraph, English on the left and Hebrew on the right, each Hebrew cell
// wrapped in a right-to-left div.
func WriteMarkdown(w io.Writer, docs ...*Document) error {
	ps, err := prepare(docs)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	if len(ps) == 1 {
		writeMarkdownOne(bw, ps[0])
	} else {
		writeMarkdownPair(bw, ps)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("docgen: write markdown: %w", err)
	}
	return nil
}

func writeMarkdownOne(w *bufio.Writer, p *prepared) {
	if p.rtl() {
		w.WriteString("<div dir=\"rtl\" lang=\"he\">\n\n")
	}
	for _, b := range p.blocks {
		w.WriteString(markdownBlock(b))
		w.WriteString("\n\n")
	}
	if len(p.sigs) > 0 {
		writeMarkdownSignatures(w, p)
	}
	if p.rtl() {
		w.WriteString("</div>\n")
	}
}

// markdownBlock is one paragraph of Markdown, without the blank line.
func markdownBlock(b block) string {
	switch b.kind {
	case kindTitle:
		return "# " + mdEscape(b.text, false)
	case kindSubtitle:
		return "*" + mdEscape(b.text, false) + "*"
	case kindPartyIntro:
		return "**" + mdEscape(b.text, false) + "**"
	case kindHeading:
		return "## " + b.num + " " + mdEscape(b.text, false)
	case kindClause:
		return b.num + " " + mdEscape(b.text, false)
	}
	return mdEscape(b.text, true)
}

func writeMarkdownSignatures(w *bufio.Writer, p *prepared) {
	cols := make([][]string, len(p.sigs))
	rows := 0
	for i, s := range p.sigs {
		cols[i] = signatureLines(s, p.labels)
		rows = max(rows, len(cols[i]))
	}
	for r := -1; r < rows; r++ {
		w.WriteString("|")
		for _, c := range cols {
			cell := ""
			if r >= 0 && r < len(c) {
				cell = mdCell(mdSigLine(c[r]))
			} else if r < 0 {
				cell = " "
			}
			w.WriteString(" " + cell + " |")
		}
		w.WriteString("\n")
		if r < 0 {
			w.WriteString("|" + strings.Repeat(" --- |", len(cols)) + "\n")
		}
	}
	w.WriteString("\n")
}

func writeMarkdownPair(w *bufio.Writer, ps []*prepared) {
	left, right := pairOrder(ps)
	cell := func(p *prepared, s string) string {
		s = mdCell(s)
		if p.rtl() {
			return `<div dir="rtl" lang="he">` + s + `</div>`
		}
		return s
	}
	w.WriteString("| " + cell(left, languageName(left.doc.Lang)) + " | " + cell(right, languageName(right.doc.Lang)) + " |\n| --- | --- |\n")
	for i := range left.blocks {
		w.WriteString("| " + cell(left, markdownBlockInline(left.blocks[i])) + " | " + cell(right, markdownBlockInline(right.blocks[i])) + " |\n")
	}
	for i := range left.sigs {
		ll, rl := signatureLines(left.sigs[i], left.labels), signatureLines(right.sigs[i], right.labels)
		for j := range max(len(ll), len(rl)) {
			var a, b string
			if j < len(ll) {
				a = mdSigLine(ll[j])
			}
			if j < len(rl) {
				b = mdSigLine(rl[j])
			}
			w.WriteString("| " + cell(left, a) + " | " + cell(right, b) + " |\n")
		}
	}
}

// markdownBlockInline is a paragraph as it goes in a table cell, where
// headings are bold instead of "#" lines.
func markdownBlockInline(b block) string {
	switch b.kind {
	case kindTitle, kindHeading, kindPartyIntro:
		return "**" + mdEscape(b.line(), false) + "**"
	case kindSubtitle:
		return "*" + mdEscape(b.text, false) + "*"
	}
	return mdEscape(b.line(), false)
}

// mdSigLine escapes a signature line but keeps the blank to sign on
// readable.
func mdSigLine(s string) string {
	return strings.ReplaceAll(mdEscape(s, false), mdEscape(blank, false), blank)
}

// languageName is a language's name in itself, for column headers.
func languageName(lang string) string {
	if lang == LangHebrew {
		return "עברית"
	}
	return "English"
}

// mdCell makes Markdown fit in one table cell.
func mdCell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

// mdEscape backslash-escapes the punctuation that Markdown would read as
// markup inside a line, and, at the start of a paragraph, what would make
// it a heading, quote, list item or rule. Quotes and apostrophes, which
// Hebrew uses for abbreviations (בע"מ), stay as they are.
func mdEscape(s string, atStart bool) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '~':
			b.WriteByte('\\')
		case '#', '-', '+', '=':
			if atStart && i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			if atStart && i > 0 && allDigits(s[:i]) {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
