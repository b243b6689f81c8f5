package docgen

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteHTML writes one self-contained HTML5 page: no external files, the
// style sheet inline, `lang` and `dir` on the root and on every language
// block. The CSS uses logical properties only (margin-inline-start, not
// margin-left), so the same rules lay out Hebrew and English. Print CSS
// sets A4 pages, keeps headings with their first clause and the signature
// table in one piece, and puts the footer and "עמוד N מתוך M" in the page
// margins with CSS page counters (Chromium 131+ and Prince print them;
// other browsers print without).
//
// Clause numbers are text in a <span class="num">, not CSS counters, so
// that copying, searching and reading the file back give "1.1 …".
//
// Two documents give a two-column grid, English on the left and Hebrew on
// the right, with the paragraphs of the pair side by side row by row.
func WriteHTML(w io.Writer, docs ...*Document) error {
	ps, err := prepare(docs)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	first := ps[0]
	dir := "ltr"
	if first.rtl() {
		dir = "rtl"
	}
	title := ""
	if len(first.blocks) > 0 && first.blocks[0].kind == kindTitle {
		title = first.blocks[0].text
	}
	fmt.Fprintf(bw, "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", first.doc.Lang, dir)
	bw.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	fmt.Fprintf(bw, "<title>%s</title>\n<style>\n%s%s</style>\n</head>\n<body>\n", htmlText(title), htmlCSS, pageCSS(first))
	if len(ps) == 1 {
		writeHTMLDoc(bw, first)
	} else {
		writeHTMLPair(bw, ps)
	}
	bw.WriteString("</body>\n</html>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("docgen: write html: %w", err)
	}
	return nil
}

func writeHTMLDoc(w *bufio.Writer, p *prepared) {
	fmt.Fprintf(w, "<article class=\"doc\" lang=\"%s\" dir=\"%s\">\n", p.doc.Lang, dirOf(p))
	open := false // inside a <section> of clauses
	for _, b := range p.blocks {
		if b.kind == kindHeading {
			if open {
				w.WriteString("</section>\n")
			}
			w.WriteString("<section class=\"clauses\">\n")
			open = true
		}
		w.WriteString(htmlBlock(b))
		w.WriteByte('\n')
	}
	if open {
		w.WriteString("</section>\n")
	}
	if len(p.sigs) > 0 {
		w.WriteString("<table class=\"signatures\"><tr>")
		for _, s := range p.sigs {
			w.WriteString("<td>" + htmlSignature(s, p.labels) + "</td>")
		}
		w.WriteString("</tr></table>\n")
	}
	if p.footer != "" {
		w.WriteString("<footer class=\"doc-footer\">" + htmlText(p.footer) + "</footer>\n")
	}
	w.WriteString("</article>\n")
}

func writeHTMLPair(w *bufio.Writer, ps []*prepared) {
	left, right := pairOrder(ps)
	// dir="ltr" on the grid puts the first column on the left.
	w.WriteString("<main class=\"pair\" dir=\"ltr\">\n")
	cell := func(p *prepared, inner string) {
		fmt.Fprintf(w, "<div class=\"cell\" lang=\"%s\" dir=\"%s\">%s</div>\n", p.doc.Lang, dirOf(p), inner)
	}
	for i := range left.blocks {
		cell(left, htmlBlock(left.blocks[i]))
		cell(right, htmlBlock(right.blocks[i]))
	}
	for i := range left.sigs {
		cell(left, "<div class=\"signature\">"+htmlSignature(left.sigs[i], left.labels)+"</div>")
		cell(right, "<div class=\"signature\">"+htmlSignature(right.sigs[i], right.labels)+"</div>")
	}
	for _, p := range []*prepared{left, right} {
		if p.footer != "" {
			cell(p, "<footer class=\"doc-footer\">"+htmlText(p.footer)+"</footer>")
		} else {
			cell(p, "")
		}
	}
	w.WriteString("</main>\n")
}

func dirOf(p *prepared) string {
	if p.rtl() {
		return "rtl"
	}
	return "ltr"
}

// htmlBlock is one paragraph as an HTML element.
func htmlBlock(b block) string {
	t := htmlText(b.text)
	switch b.kind {
	case kindTitle:
		return "<h1>" + t + "</h1>"
	case kindSubtitle:
		return "<p class=\"subtitle\">" + t + "</p>"
	case kindPartyIntro:
		return "<p class=\"party-intro\">" + t + "</p>"
	case kindParty:
		return "<p class=\"party\">" + t + "</p>"
	case kindHeading:
		return "<h2><span class=\"num\">" + htmlText(b.num) + "</span> " + t + "</h2>"
	case kindClause:
		return "<p class=\"clause l" + strconv.Itoa(b.depth) + "\"><span class=\"num\">" +
			htmlText(b.num) + "</span> " + t + "</p>"
	}
	return "<p class=\"preamble\">" + t + "</p>"
}

// htmlSignature is one party's signature block, a paragraph per line.
func htmlSignature(s Signature, l Labels) string {
	var b strings.Builder
	for i, line := range signatureLines(s, l) {
		class := "sig-line"
		if i == 0 && s.Party != "" {
			class = "sig-party"
		}
		b.WriteString("<p class=\"" + class + "\">" + htmlText(line) + "</p>")
	}
	return b.String()
}

// htmlEscaper escapes element content; quotes stay readable (בע"מ), as
// no user text goes into an attribute.
var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

func htmlText(s string) string { return htmlEscaper.Replace(s) }

// pageCSS is the @page rule with the document's own footer and page label.
func pageCSS(p *prepared) string {
	start, end := "bottom-left", "bottom-right"
	if p.rtl() {
		start, end = end, start
	}
	var b strings.Builder
	b.WriteString("@page {\n  size: A4;\n  margin: 2cm 2cm 2.5cm;\n")
	if p.footer != "" {
		fmt.Fprintf(&b, "  @%s { content: %s; font-size: 8pt; color: #555; }\n", start, cssString(p.footer))
	}
	fmt.Fprintf(&b, "  @%s { content: %s counter(page) %s counter(pages); font-size: 8pt; color: #555; }\n}\n",
		end, cssString(p.labels.Page+" "), cssString(" "+p.labels.Of+" "))
	return b.String()
}

// cssString quotes s as a CSS string; "<" is escaped too, so the text can
// never close the <style> element.
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\', '<', '>', '&':
			fmt.Fprintf(&b, "\\%x ", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// htmlCSS is the shared style sheet: logical properties only.
const htmlCSS = `:root { color-scheme: light; }
body { margin: 0; font-family: Arial, "Liberation Sans", "DejaVu Sans", "Noto Sans Hebrew", sans-serif;
  font-size: 11pt; line-height: 1.5; color: #111; background: #fff; }
.doc { max-inline-size: 46rem; margin-inline: auto; padding-block: 2rem; padding-inline: 1.5rem; }
h1 { font-size: 1.6em; text-align: center; margin-block: 0 0.25em; }
.subtitle { text-align: center; margin-block: 0 1.5em; }
.party-intro { font-weight: bold; margin-block: 0.75em 0; }
.party { margin-block: 0; }
.preamble { margin-block: 0.5em; text-align: justify; }
h2 { font-size: 1.15em; margin-block: 1.25em 0.5em; break-after: avoid; }
h2 .num { display: inline-block; min-inline-size: 2em; }
.clause { margin-block: 0.35em; padding-inline-start: 3.5em; text-indent: -3.5em; text-align: justify; }
.clause .num { display: inline-block; min-inline-size: 3.2em; text-indent: 0; }
.clause.l2 { margin-inline-start: 3.5em; }
.clause.l3 { margin-inline-start: 7em; }
.signatures { inline-size: 100%; border-collapse: collapse; margin-block-start: 2.5em; break-inside: avoid; table-layout: fixed; }
.signatures td { vertical-align: top; padding-block: 0.5em; padding-inline: 0.75em; border: 1px solid #999; }
.signatures p, .signature p { margin-block: 0.4em; }
.sig-party { font-weight: bold; }
.doc-footer { margin-block-start: 2em; font-size: 0.8em; color: #555; }
.pair { display: grid; grid-template-columns: 1fr 1fr; column-gap: 2.5em; max-inline-size: 64rem;
  margin-inline: auto; padding-block: 2rem; padding-inline: 1.5rem; }
.pair .cell > :first-child { margin-block-start: 0.35em; }
.pair .clause, .pair .preamble { text-align: start; }
.signature { break-inside: avoid; border-block-start: 1px solid #999; margin-block-start: 1.5em; }
@media print {
  body { font-size: 10.5pt; }
  .doc, .pair { max-inline-size: none; padding-block: 0; padding-inline: 0; }
  h1, h2 { break-after: avoid; }
  .clause, .party, .signature { break-inside: avoid; }
  p { orphans: 2; widows: 2; }
  .doc-footer { display: none; }
}
`
