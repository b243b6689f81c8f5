package render

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/heskem/heskem/internal/i18n"
	"github.com/heskem/heskem/internal/review"
)

//go:embed templates/report.html
var templateFS embed.FS

// HTML writes a self-contained HTML page: styles inline, no scripts, no
// outside resources, so it can be mailed, archived or printed as is. Hebrew
// reports are right-to-left (dir and lang on the root element; layout in
// CSS logical properties).
func (r *Renderer) HTML(w io.Writer, rep *review.Report) error {
	t, err := r.htmlTemplate()
	if err != nil {
		return err
	}
	return t.ExecuteTemplate(w, "report", r.htmlData(rep))
}

// HTMLFragment writes the report's body without the page around it, for
// embedding in the web interface.
func (r *Renderer) HTMLFragment(w io.Writer, rep *review.Report) error {
	t, err := r.htmlTemplate()
	if err != nil {
		return err
	}
	return t.ExecuteTemplate(w, "body", r.htmlData(rep))
}

// Stylesheet returns the report's CSS, for pages that embed fragments.
func (r *Renderer) Stylesheet() (template.CSS, error) {
	t, err := r.htmlTemplate()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if err := t.ExecuteTemplate(&b, "css", nil); err != nil {
		return "", err
	}
	return template.CSS(b.String()), nil
}

func (r *Renderer) htmlTemplate() (*template.Template, error) {
	t, err := template.New("report.html").Funcs(template.FuncMap{
		"mark":      statusMark,
		"pos":       position,
		"printable": printable,
		"lines":     func(s string) []string { return strings.Split(s, "\n") },
		"missing":   missingText,
		"dict": func(l i18n.Localizer, items []review.Item) map[string]any {
			return map[string]any{"L": l, "Items": items}
		},
	}).ParseFS(templateFS, "templates/report.html")
	if err != nil {
		return nil, fmt.Errorf("report template: %w", err)
	}
	return t, nil
}

type htmlData struct {
	R     *review.Report
	L     i18n.Localizer
	Dir   string
	Terms []termRow
}

func (r *Renderer) htmlData(rep *review.Report) htmlData {
	l := r.loc(rep)
	return htmlData{R: rep, L: l, Dir: l.Dir(), Terms: termRows(rep.Terms)}
}
