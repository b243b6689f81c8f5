package wizard

import (
	"bytes"
	"fmt"
	"io"

	"github.com/heskem/heskem/internal/docgen"
	"github.com/heskem/heskem/internal/draft"
)

// Formats are the document formats a draft can be written in, by file
// extension, with their media types.
var Formats = map[string]string{
	"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	"pdf":  "application/pdf",
	"html": "text/html; charset=utf-8",
	"md":   "text/markdown; charset=utf-8",
	"txt":  "text/plain; charset=utf-8",
}

// Render writes the agreement file data as a document in format (a key of
// Formats) and lang ("he", "en", "both", or "" for the file's language).
// The file must have no errors; "both" also requires every number, date
// and percentage to match between the two languages.
func Render(w io.Writer, data []byte, format, lang string, pdf docgen.PDFOptions) error {
	if _, ok := Formats[format]; !ok {
		return fmt.Errorf("unknown format %q: want docx, pdf, html, md or txt", format)
	}
	a, probs := draft.Parse(data, langs(lang)...)
	if a == nil || probs.HasErrors() {
		return probs.Errors()
	}
	if lang == "" {
		lang = a.Language
	}
	var docs []*docgen.Document
	for _, l := range langs(lang) {
		doc, err := draft.Build(a, l)
		if err != nil {
			return fmt.Errorf("draft %s: %w", l, err)
		}
		docs = append(docs, doc)
	}
	if len(docs) == 2 {
		if mm := draft.CrossCheck(docs[0], docs[1]); len(mm) > 0 {
			return fmt.Errorf("the Hebrew and English texts differ: %v", mm[0])
		}
	}
	var buf bytes.Buffer
	var err error
	switch format {
	case "docx":
		err = docgen.WriteDOCX(&buf, docs...)
	case "pdf":
		err = docgen.WritePDF(&buf, pdf, docs...)
	case "html":
		err = docgen.WriteHTML(&buf, docs...)
	case "md":
		err = docgen.WriteMarkdown(&buf, docs...)
	case "txt":
		for i, d := range docs {
			if i > 0 {
				buf.WriteString("\n")
			}
			if err = docgen.WriteText(&buf, d); err != nil {
				break
			}
		}
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", format, err)
	}
	_, err = buf.WriteTo(w)
	return err
}

// langs returns the document languages for lang.
func langs(lang string) []string {
	switch lang {
	case "both":
		return []string{"he", "en"}
	case "":
		return nil
	}
	return []string{lang}
}
