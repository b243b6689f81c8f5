// Command corpus-formats writes Markdown, HTML, DOCX and PDF copies of some
// agreements of the labelled corpus into testdata/corpus/formats, so that a
// test can check that the review engine reaches the same decisions whatever
// the format. Markdown and HTML are written here; DOCX and PDF are made from
// the HTML by LibreOffice headless (Debian: libreoffice-writer-nogui), the
// way a person would produce them, and a paged PDF (running header, page
// numbers, justified text) from a flat OpenDocument file written here. Run
// it from the repository root:
//
//	go run ./scripts/corpus-formats
package main

import (
	"flag"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

func main() {
	src := flag.String("src", "testdata/corpus/dev", "corpus directory")
	out := flag.String("out", "testdata/corpus/formats", "output directory")
	flag.Parse()
	names := []string{"he-lawfirm-software-dev", "he-maintenance-sla", "he-consulting", "en-lawfirm-msa", "en-saas-subscription", "en-smallbiz-website"}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fail(err)
	}
	work, err := os.MkdirTemp("", "corpus-formats-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(work)
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(*src, name+".txt"))
		if err != nil {
			fail(err)
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		lang := "en"
		if strings.HasPrefix(name, "he-") {
			lang = "he"
		}
		write(filepath.Join(*out, name+".md"), markdown(lines))
		htmlPath := filepath.Join(*out, name+".html")
		write(htmlPath, page(lines, lang))
		// LibreOffice reads the HTML (headings, right-to-left paragraphs)
		// and writes a Word document, then a PDF from that document.
		soffice(work, "docx:MS Word 2007 XML", htmlPath)
		docx := filepath.Join(work, name+".docx")
		soffice(work, "pdf:writer_pdf_Export", docx)
		for _, ext := range []string{".docx", ".pdf"} {
			data, err := os.ReadFile(filepath.Join(work, name+ext))
			if err != nil {
				fail(err)
			}
			write(filepath.Join(*out, name+ext), string(data))
		}
		// A paged copy, as a word processor prints a contract: justified
		// text, a running header with the title and a "Page n of m"
		// footer on every page, sentences cut by page breaks.
		paged := filepath.Join(work, name+".paged.fodt")
		write(paged, flatODT(lines, lang))
		soffice(work, "pdf:writer_pdf_Export", paged)
		data, err := os.ReadFile(filepath.Join(work, name+".paged.pdf"))
		if err != nil {
			fail(err)
		}
		write(filepath.Join(*out, name+".paged.pdf"), string(data))
	}
	fmt.Println("wrote", len(names)*5, "files to", *out)
}

// heading reports whether a line is a section heading: short, no final
// period, and not a numbered clause with a sentence.
func heading(line string) bool {
	l := strings.TrimSpace(line)
	return l != "" && utf8.RuneCountInString(l) <= 60 && !strings.HasSuffix(l, ".") && !strings.HasSuffix(l, ":") &&
		!strings.HasSuffix(l, ";") && !strings.Contains(l, ". ")
}

func markdown(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		l = strings.TrimSpace(l)
		switch {
		case l == "":
			continue
		case i == 0:
			b.WriteString("# " + l + "\n\n")
		case heading(l):
			b.WriteString("## " + l + "\n\n")
		default:
			// Keep clause numbers as text: "1." at a line start would
			// otherwise become a Markdown list that renumbers.
			b.WriteString(strings.Replace(l, ". ", "\\. ", 1) + "\n\n")
		}
	}
	return b.String()
}

func page(lines []string, lang string) string {
	dir := "ltr"
	if lang == "he" {
		dir = "rtl"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html>\n<html lang=\"%s\" dir=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>\n",
		lang, dir, html.EscapeString(strings.TrimSpace(lines[0])))
	for i, l := range lines {
		l = strings.TrimSpace(l)
		switch {
		case l == "":
		case i == 0:
			fmt.Fprintf(&b, "<h1>%s</h1>\n", html.EscapeString(l))
		case heading(l):
			fmt.Fprintf(&b, "<h2>%s</h2>\n", html.EscapeString(l))
		default:
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(l))
		}
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// flatODT writes the agreement as a flat OpenDocument text whose master
// page has a running header (the title, marked confidential) and a footer
// with the page number and count, in the document's direction.
func flatODT(lines []string, lang string) string {
	mode, header, footer := "lr-tb", " – Confidential", `Page <text:page-number text:select-page="current"/> of <text:page-count/>`
	if lang == "he" {
		mode, header, footer = "rl-tb", " – סודי", `עמוד <text:page-number text:select-page="current"/> מתוך <text:page-count/>`
	}
	title := []rune(strings.TrimSpace(lines[0]))
	if len(title) > 50 {
		title = title[:50]
	}
	var body strings.Builder
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		style := "P"
		if i == 0 || heading(l) {
			style = "H"
		}
		fmt.Fprintf(&body, "<text:p text:style-name=\"%s\">%s</text:p>\n", style, html.EscapeString(l))
	}
	return fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties style:writing-mode="%[1]s"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="10.5pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="P" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" style:writing-mode="%[1]s" fo:margin-bottom="0.12in"/></style:style>
<style:style style:name="H" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties style:writing-mode="%[1]s" fo:margin-top="0.1in" fo:margin-bottom="0.08in"/><style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>
<style:style style:name="F" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" style:writing-mode="%[1]s"/><style:text-properties fo:font-size="8pt"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.27in" fo:page-height="11.69in" fo:margin-top="0.6in" fo:margin-bottom="0.6in" fo:margin-left="1in" fo:margin-right="1in" style:writing-mode="%[1]s"/><style:header-style><style:header-footer-properties fo:min-height="0.3in" fo:margin-bottom="0.2in"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.3in" fo:margin-top="0.2in"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p text:style-name="F">%[2]s</text:p></style:header><style:footer><text:p text:style-name="F">%[3]s</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
%[4]s</office:text></office:body></office:document>
`, mode, html.EscapeString(string(title))+header, footer, body.String())
}

func soffice(outdir, filter, file string) {
	cmd := exec.Command("soffice", "--headless", "--norestore", "--convert-to", filter, "--outdir", outdir, file)
	cmd.Env = append(os.Environ(), "HOME="+filepath.Join(outdir, "home"))
	if out, err := cmd.CombinedOutput(); err != nil {
		fail(fmt.Errorf("soffice %s: %v\n%s", file, err, out))
	}
}

func write(path, s string) {
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "corpus-formats:", err)
	os.Exit(1)
}
