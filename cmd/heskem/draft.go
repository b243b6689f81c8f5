package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/heskem/heskem/internal/docgen"
	"github.com/heskem/heskem/internal/draft"
)

type draftOptions struct {
	out      string
	lang     string
	font     string
	example  string
	validate bool
}

// newDraftCmd builds `heskem draft`: an agreement file (YAML, see
// docs/agreement-format.md) written as a DOCX, PDF, HTML, Markdown or text
// document in Hebrew, English or both side by side.
func newDraftCmd() *cobra.Command {
	var opt draftOptions
	cmd := &cobra.Command{
		Use:   "draft AGREEMENT.yaml -o OUT.docx|.pdf|.html|.md|.txt",
		Short: "Write an agreement from its data file (YAML) as DOCX, PDF, HTML, Markdown or text",
		Long: `Write a complete service agreement from an agreement file, in Hebrew, English or both.

The agreement file is YAML in the format of docs/agreement-format.md (JSON Schema:
docs/agreement.schema.json). Start from an example: heskem draft --example he > agreement.yaml

The output format comes from the extension of -o: .docx, .pdf, .html, .md or .txt.
--lang both writes the Hebrew and the English text side by side, after checking that every
number, date and percentage is the same in both. PDF needs a TrueType font with Hebrew
letters: installed system fonts (DejaVu, Noto) are found, or give one with --font.

--validate checks the file and prints every problem with its line, field and a fix.
Exit status: 0 written (or valid; warnings are printed), 2 the file has errors or the
arguments are wrong, 1 the document could not be written.`,
		Example: `  heskem draft --example he > agreement.yaml
  heskem draft --validate agreement.yaml
  heskem draft agreement.yaml -o agreement.docx
  heskem draft agreement.yaml -o agreement.pdf --lang both --font /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDraft(cmd, args, opt)
		},
	}
	fs := cmd.Flags()
	fs.StringVarP(&opt.out, "output", "o", "", "the document to write; the extension sets the format (.docx, .pdf, .html, .md, .txt)")
	fs.StringVar(&opt.lang, "lang", "", "document language: he, en or both (default: the file's language)")
	fs.StringVar(&opt.font, "font", "", "PDF: a TrueType font with Hebrew letters (default: a system font)")
	fs.StringVar(&opt.example, "example", "", "print the example agreement file in he or en and exit")
	fs.BoolVar(&opt.validate, "validate", false, "check the agreement file, print its problems and exit")
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return badInput(err) })
	return cmd
}

func runDraft(cmd *cobra.Command, args []string, opt draftOptions) error {
	stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	if opt.example != "" {
		if len(args) > 0 || opt.out != "" || opt.validate {
			return badInputf("--example prints the example and takes no file, -o or --validate")
		}
		b, err := draft.Example(opt.example)
		if err != nil {
			return badInputf("--example %q: want he or en", opt.example)
		}
		_, err = stdout.Write(b)
		return err
	}
	if len(args) != 1 {
		return badInputf("give the agreement file: heskem draft AGREEMENT.yaml -o OUT.docx (or --validate FILE, --example he)")
	}
	langs, err := draftLangs(opt.lang)
	if err != nil {
		return err
	}
	path := args[0]
	data, err := readAgreement(cmd, path)
	if err != nil {
		return err
	}
	a, probs := draft.Parse(data, langs...)
	if opt.validate {
		if opt.out != "" {
			return badInputf("--validate checks the file only; remove -o")
		}
		printProblems(stdout, path, probs)
		if probs.HasErrors() {
			return badInputf("%s: %s", path, countProblems(probs))
		}
		return nil
	}
	if opt.out == "" {
		return badInputf("give the output file with -o, e.g. -o agreement.docx")
	}
	format := strings.ToLower(filepath.Ext(opt.out))
	if !draftFormats[format] {
		return badInputf("-o %s: unknown format %q; use .docx, .pdf, .html, .md or .txt", opt.out, format)
	}
	if opt.font != "" {
		if _, err := os.Stat(opt.font); err != nil {
			return badInputf("--font: %v", err)
		}
	}
	if len(probs) > 0 {
		printProblems(stderr, path, probs)
	}
	if probs.HasErrors() {
		return badInputf("%s: %s; nothing written", path, countProblems(probs))
	}
	if len(langs) == 0 {
		langs = []string{a.Language}
	}
	lib, err := draft.NewLibrary()
	if err != nil {
		return err
	}
	var docs []*docgen.Document
	for _, l := range langs {
		d, err := lib.Build(a, l)
		if err != nil {
			return fmt.Errorf("draft %s: %w", path, err)
		}
		docs = append(docs, d)
	}
	if len(docs) == 2 {
		if ms := draft.CrossCheck(docs[0], docs[1]); len(ms) > 0 {
			for _, m := range ms {
				fmt.Fprintf(stderr, "%s: %s\n", path, m)
			}
			return badInputf("%s: the Hebrew and English texts differ in %d places; make each {he, en} text say the same", path, len(ms))
		}
	}
	var buf bytes.Buffer
	if err := writeDocs(&buf, format, opt.font, docs); err != nil {
		if errors.Is(err, docgen.ErrNoFont) {
			return badInput(fmt.Errorf("%w (or give one with --font PATH)", err))
		}
		return err
	}
	if err := writeFileAtomic(opt.out, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "wrote %s\n", opt.out)
	return nil
}

var draftFormats = map[string]bool{".docx": true, ".pdf": true, ".html": true, ".htm": true, ".md": true, ".txt": true}

// draftLangs reads --lang: none (the file's language), he, en, or both
// (Hebrew first, then English).
func draftLangs(lang string) ([]string, error) {
	switch lang {
	case "":
		return nil, nil
	case "he", "en":
		return []string{lang}, nil
	case "both":
		return []string{"he", "en"}, nil
	}
	return nil, badInputf("--lang %q: want he, en or both", lang)
}

// readAgreement reads the agreement file, or standard input for "-".
func readAgreement(cmd *cobra.Command, path string) ([]byte, error) {
	var r io.Reader
	if path == "-" {
		r = cmd.InOrStdin()
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, badInput(err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, draft.MaxFileSize+1))
	if err != nil {
		return nil, badInput(fmt.Errorf("read %s: %w", path, err))
	}
	return data, nil
}

// printProblems writes one problem a line, prefixed with the file name, as
// compilers do, so editors can jump to the line.
func printProblems(w io.Writer, path string, probs draft.Problems) {
	for _, p := range probs {
		if p.Line > 0 {
			fmt.Fprintf(w, "%s:%s\n", path, p)
		} else {
			fmt.Fprintf(w, "%s: %s\n", path, p)
		}
	}
	if len(probs) == 0 {
		fmt.Fprintf(w, "%s: no problems\n", path)
	}
}

func countProblems(probs draft.Problems) string {
	errs := len(probs.Errors())
	warns := len(probs) - errs
	plural := func(n int, s string) string {
		if n == 1 {
			return fmt.Sprintf("1 %s", s)
		}
		return fmt.Sprintf("%d %ss", n, s)
	}
	return plural(errs, "error") + ", " + plural(warns, "warning")
}

func writeDocs(w *bytes.Buffer, format, font string, docs []*docgen.Document) error {
	switch format {
	case ".docx":
		return docgen.WriteDOCX(w, docs...)
	case ".pdf":
		return docgen.WritePDF(w, docgen.PDFOptions{FontPath: font}, docs...)
	case ".html", ".htm":
		return docgen.WriteHTML(w, docs...)
	case ".md":
		return docgen.WriteMarkdown(w, docs...)
	}
	for i, d := range docs {
		if i > 0 {
			w.WriteString("\n")
		}
		if err := docgen.WriteText(w, d); err != nil {
			return err
		}
	}
	return nil
}

// writeFileAtomic writes data to path through a temporary file in the same
// directory, so a failed run never leaves half a document behind.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".heskem-draft-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after the rename this fails harmlessly
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
