package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/heskem/heskem/internal/i18n"
	"github.com/heskem/heskem/internal/review"
	"github.com/heskem/heskem/internal/review/extract"
	"github.com/heskem/heskem/internal/review/render"
)

// reviewExtensions are the files a directory walk picks up. .docm is
// included so that a macro-enabled file is reported, not silently skipped.
var reviewExtensions = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true, ".html": true,
	".htm": true, ".docx": true, ".docm": true, ".pdf": true}

type reviewOptions struct {
	format      string
	lang        string
	failUnder   int
	visual      bool
	suggestions bool
	color       string
}

func newReviewCmd() *cobra.Command {
	opt := reviewOptions{format: "text", lang: "auto", color: "auto"}
	cmd := &cobra.Command{
		Use:   "review [flags] FILE|DIR...",
		Short: "Evaluate agreements against the four-step checklist (DOCX, PDF, HTML, Markdown, text)",
		Long: `Evaluate agreements in Hebrew or English against Heskem's checklist (the seed's four steps
and the recommended protections) and report what each has, lacks or leaves vague, with evidence,
key terms, clarity findings and a suggested clause for every gap.

Directories are read recursively. With several files: one report per file, then a summary table;
with --format json, one JSON object per line (JSON Lines). With one file and --format json, exactly
one JSON object.

Exit status: 0 all reviewed (and at or above --fail-under); 1 a score is under --fail-under;
2 an input could not be read (unknown or corrupt format, scanned PDF, encrypted, macro-enabled).`,
		Example: `  heskem review agreement.docx
  heskem review --format json contract.pdf | jq .score
  heskem review --format html -o report.html agreement.docx   (use shell redirection: > report.html)
  heskem review --fail-under 80 contracts/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runReview(cmd.Context(), args, opt, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	fs := cmd.Flags()
	fs.StringVarP(&opt.format, "format", "f", opt.format, "output format: text, json, md or html")
	fs.StringVar(&opt.lang, "lang", opt.lang, "document language: auto, he or en")
	fs.IntVar(&opt.failUnder, "fail-under", 0, "exit 1 when a score is under N (0–100)")
	fs.BoolVar(&opt.visual, "visual", false, "text format: reorder Hebrew lines for terminals without bidi support")
	fs.BoolVar(&opt.suggestions, "suggestions", true, "text format: print the suggested clauses")
	fs.StringVar(&opt.color, "color", opt.color, "text format colours: auto (when a terminal), always or never")
	return cmd
}

// reviewResult is one file's outcome.
type reviewResult struct {
	path   string
	report *review.Report
	err    error
}

func runReview(ctx context.Context, args []string, opt reviewOptions, stdout, stderr io.Writer) error {
	switch opt.format {
	case "text", "json", "md", "html":
	default:
		return badInputf("--format %q: want text, json, md or html", opt.format)
	}
	if opt.lang != "auto" && opt.lang != "he" && opt.lang != "en" {
		return badInputf("--lang %q: want auto, he or en", opt.lang)
	}
	if opt.failUnder < 0 || opt.failUnder > 100 {
		return badInputf("--fail-under %d: want 0 to 100", opt.failUnder)
	}
	if opt.color != "auto" && opt.color != "always" && opt.color != "never" {
		return badInputf("--color %q: want auto, always or never", opt.color)
	}
	files, err := collectFiles(args)
	if err != nil {
		return badInput(err)
	}
	if len(files) == 0 {
		return badInputf("no agreement files (.docx, .pdf, .html, .md, .txt) found in %s", strings.Join(args, ", "))
	}
	engine, err := review.New()
	if err != nil {
		return fmt.Errorf("load review engine: %w", err)
	}
	cat, err := i18n.New()
	if err != nil {
		return err
	}
	results := reviewFiles(ctx, engine, files, opt.lang, stderr)
	return report(results, opt, render.New(cat), stdout, stderr)
}

// collectFiles expands directories recursively, in a stable order. Files
// named explicitly are taken whatever their extension, so an unknown format
// gets a clear error instead of being ignored.
func collectFiles(args []string) ([]string, error) {
	var files []string
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a, errors.Unwrap(err))
		}
		if !fi.IsDir() {
			files = append(files, a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && strings.HasPrefix(d.Name(), ".") && p != a {
				return filepath.SkipDir
			}
			if !d.IsDir() && reviewExtensions[strings.ToLower(filepath.Ext(p))] && !strings.HasPrefix(d.Name(), "~$") {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read directory %s: %w", a, err)
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, nil
}

// reviewFiles extracts and evaluates files on all cores and returns the
// results in input order, with a progress bar on a terminal's stderr when
// there are several.
func reviewFiles(ctx context.Context, engine *review.Engine, files []string, lang string, stderr io.Writer) []reviewResult {
	results := make([]reviewResult, len(files))
	var bar *progressbar.ProgressBar
	if f, ok := stderr.(*os.File); ok && len(files) > 1 && term.IsTerminal(int(f.Fd())) {
		bar = progressbar.NewOptions(len(files), progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("reviewing"),
			progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = reviewFile(ctx, engine, files[i], lang)
				if bar != nil {
					mu.Lock()
					_ = bar.Add(1)
					mu.Unlock()
				}
			}
		}()
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if bar != nil {
		_ = bar.Finish()
	}
	return results
}

func reviewFile(ctx context.Context, engine *review.Engine, path, lang string) reviewResult {
	doc, err := extract.File(ctx, path, extract.DefaultLimits())
	if err != nil {
		return reviewResult{path: path, err: err}
	}
	rep, err := engine.Review(ctx, review.Input{Name: filepath.Base(path), Text: doc.Text, Lang: lang})
	return reviewResult{path: path, report: rep, err: err}
}

// report writes the reports and decides the exit status.
func report(results []reviewResult, opt reviewOptions, r *render.Renderer, stdout, stderr io.Writer) error {
	unreadable, below := 0, 0
	color := opt.color == "always"
	if f, ok := stdout.(*os.File); ok && opt.color == "auto" {
		color = term.IsTerminal(int(f.Fd()))
	}
	var ok []reviewResult
	for _, res := range results {
		if res.err != nil {
			unreadable++
			fmt.Fprintf(stderr, "heskem: %s: %v\n", res.path, res.err)
			continue
		}
		ok = append(ok, res)
		if res.report.Score < opt.failUnder {
			below++
		}
	}
	var buf bytes.Buffer
	var err error
	switch opt.format {
	case "json":
		for _, res := range ok {
			var b []byte
			if len(results) == 1 {
				b, err = json.MarshalIndent(res.report, "", "  ")
			} else {
				b, err = json.Marshal(res.report) // JSON Lines: one object per line
			}
			if err != nil {
				return err
			}
			buf.Write(b)
			buf.WriteByte('\n')
		}
	case "html":
		err = writeHTMLReports(&buf, ok, r)
	default:
		for i, res := range ok {
			if i > 0 {
				buf.WriteString("\n")
			}
			if opt.format == "md" {
				err = r.Markdown(&buf, res.report)
			} else {
				if len(ok) > 1 {
					fmt.Fprintf(&buf, "═══ %s\n", res.path)
				}
				err = r.Text(&buf, res.report, render.TextOptions{Color: color, Visual: opt.visual, Suggestions: opt.suggestions})
			}
			if err != nil {
				return err
			}
		}
		if len(results) > 1 {
			writeSummary(&buf, results, opt.format == "md")
		}
	}
	if err != nil {
		return err
	}
	if _, err := buf.WriteTo(stdout); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	switch {
	case unreadable > 0:
		return &exitError{code: exitBadInput, err: fmt.Errorf("%d of %d files could not be read", unreadable, len(results))}
	case below > 0:
		return &exitError{code: exitFailure, err: fmt.Errorf("%d of %d agreements scored under %d", below, len(results), opt.failUnder)}
	}
	return nil
}

// writeSummary appends a table of every file's score and verdict.
func writeSummary(w io.Writer, results []reviewResult, markdown bool) {
	if markdown {
		fmt.Fprintf(w, "\n## Summary\n\n| file | score | verdict | missing | partial | findings |\n|---|---|---|---|---|---|\n")
	} else {
		fmt.Fprintf(w, "\n═══ Summary\n%-50s %5s  %-10s %7s %7s %8s\n", "file", "score", "verdict", "missing", "partial", "findings")
	}
	for _, res := range results {
		if res.err != nil {
			if markdown {
				fmt.Fprintf(w, "| %s | – | unreadable | | | |\n", res.path)
			} else {
				fmt.Fprintf(w, "%-50s %5s  %-10s\n", res.path, "–", "unreadable")
			}
			continue
		}
		missing, partial := 0, 0
		for _, st := range res.report.Steps {
			for _, it := range st.Items {
				switch it.Status {
				case review.Missing:
					missing++
				case review.Partial:
					partial++
				}
			}
		}
		if markdown {
			fmt.Fprintf(w, "| %s | %d | %s | %d | %d | %d |\n", res.path, res.report.Score, res.report.Verdict, missing, partial, len(res.report.Findings))
		} else {
			fmt.Fprintf(w, "%-50s %5d  %-10s %7d %7d %8d\n", res.path, res.report.Score, res.report.Verdict, missing, partial, len(res.report.Findings))
		}
	}
}

// writeHTMLReports writes one self-contained page: the report itself for
// one file, or a summary table followed by every report for several.
func writeHTMLReports(w io.Writer, results []reviewResult, r *render.Renderer) error {
	if len(results) == 1 {
		return r.HTML(w, results[0].report)
	}
	css, err := r.Stylesheet()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "<!doctype html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\"><title>Heskem reviews</title><style>%s</style></head><body class=\"hr-page\">\n", css)
	fmt.Fprintf(w, "<article class=\"hr\"><h1>Summary</h1><table class=\"hr-terms\"><thead><tr><th>file</th><th>score</th><th>verdict</th></tr></thead><tbody>\n")
	for i, res := range results {
		fmt.Fprintf(w, "<tr><td><a href=\"#r%d\" dir=\"auto\">%s</a></td><td>%d</td><td>%s</td></tr>\n", i, htmlEscape(res.path), res.report.Score, res.report.Verdict)
	}
	fmt.Fprintf(w, "</tbody></table></article>\n")
	for i, res := range results {
		fmt.Fprintf(w, "<div id=\"r%d\">\n", i)
		if err := r.HTMLFragment(w, res.report); err != nil {
			return err
		}
		fmt.Fprintf(w, "</div>\n")
	}
	_, err = fmt.Fprintf(w, "</body></html>\n")
	return err
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
