package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/heskem/heskem/internal/review"
)

// Markdown writes the report as Markdown. Hebrew reports are wrapped in
// <div dir="rtl"> so that renderers that allow HTML (GitHub, GitLab, most
// wikis) lay them out right-to-left.
func (r *Renderer) Markdown(w io.Writer, rep *review.Report) error {
	l := r.loc(rep)
	var b strings.Builder
	rtl := rep.Document.Language == "he"
	if rtl {
		b.WriteString("<div dir=\"rtl\" lang=\"he\">\n\n")
	}
	fmt.Fprintf(&b, "# %s — %s\n\n", l.T("review.title"), mdEscape(rep.Document.Name))
	fmt.Fprintf(&b, "**%s: %d/100** · **%s: %s** · %s: %s · %s %s · SHA-256 `%s`\n\n", l.T("review.score"), rep.Score,
		l.T("review.verdict"), l.T("review.verdict."+rep.Verdict), l.T("review.language"), rep.Document.Language,
		l.Int(rep.Document.Characters), l.T("review.characters"), rep.Document.SHA256)
	for i, st := range rep.Steps {
		fmt.Fprintf(&b, "## %d. %s — %d\n\n", i+1, mdEscape(st.Name), st.Score)
		r.mdItems(&b, rep, st.Items)
	}
	fmt.Fprintf(&b, "## %s\n\n", l.T("review.protections"))
	r.mdItems(&b, rep, rep.Protections)
	fmt.Fprintf(&b, "## %s\n\n", l.T("review.findings"))
	if len(rep.Findings) == 0 {
		fmt.Fprintf(&b, "%s\n\n", l.T("review.no_findings"))
	}
	for _, f := range rep.Findings {
		fmt.Fprintf(&b, "- **%s** · %s · %s · “%s” — %s", l.T("review.severity."+f.Severity), l.T("review.kind."+f.Kind),
			position(f.Section, f.Start, f.End), mdEscape(printable(f.Text)), mdEscape(f.Message))
		if f.Suggestion != "" {
			fmt.Fprintf(&b, " → %s", mdEscape(f.Suggestion))
		}
		b.WriteString("\n")
	}
	if rows := termRows(rep.Terms); len(rows) > 0 {
		fmt.Fprintf(&b, "\n## %s\n\n| %s | %s | %s | %s |\n|---|---|---|---|\n", l.T("review.terms"), l.T("review.item"),
			l.T("review.as_written"), l.T("review.value"), l.T("review.position"))
		for _, row := range rows {
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", l.T("review.terms."+row.List), mdCell(row.Text), mdCell(row.Value), row.Pos)
		}
	}
	fmt.Fprintf(&b, "\n---\n\n*%s*\n", mdEscape(rep.Disclaimer))
	if rtl {
		b.WriteString("\n</div>\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (r *Renderer) mdItems(b *strings.Builder, rep *review.Report, items []review.Item) {
	l := r.loc(rep)
	for _, it := range items {
		fmt.Fprintf(b, "- %s **%s** — %s", statusMark(it.Status), mdEscape(it.Name), l.T("review.status."+string(it.Status)))
		if it.Status == review.Partial && len(it.Missing) > 0 {
			fmt.Fprintf(b, " (%s: %s)", l.T("review.missing_parts"), missingText(r.loc(rep), it))
		}
		if it.Excluded {
			fmt.Fprintf(b, " — %s", l.T("review.excluded"))
		}
		b.WriteString("\n")
		for _, ev := range it.Evidence {
			fmt.Fprintf(b, "  > %s %s\n", position(ev.Section, ev.Start, ev.End), mdEscape(oneLine(ev.Text, 240)))
		}
		if it.Suggestion != "" {
			fmt.Fprintf(b, "\n  <details><summary>%s</summary>\n\n", l.T("review.suggestion"))
			for _, line := range strings.Split(it.Suggestion, "\n") {
				fmt.Fprintf(b, "  %s\n", mdEscape(line))
			}
			b.WriteString("\n  </details>\n")
		}
	}
	b.WriteString("\n")
}

// mdEscape neutralizes Markdown and HTML syntax in document text, so a
// quoted clause cannot inject links, emphasis or tags into the report.
func mdEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;",
		"#", `\#`, "|", `\|`).Replace(s)
}

// mdCell is mdEscape on one line, for a table cell.
func mdCell(s string) string { return mdEscape(oneLine(s, 120)) }
