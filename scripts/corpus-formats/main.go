// Command corpus-formats writes Markdown, HTML, DOCX and PDF copies of some
// agreements of the labelled corpus into testdata/corpus/formats, so that a
// test can check that the review engine reaches the same decisions whatever
// the format. Markdown and HTML are written here; DOCX and PDF are made from
// the HTML by LibreOffice headless (Debian: libreoffice-writer-nogui), the
// way a person would produce them. Run it from the repository root:
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
	}
	fmt.Println("wrote", len(names)*4, "files to", *out)
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
