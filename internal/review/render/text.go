package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/heskem/heskem/internal/i18n"
	"github.com/heskem/heskem/internal/review"
	"github.com/heskem/heskem/internal/rtl"
)

// TextOptions tune terminal output.
type TextOptions struct {
	// Color adds ANSI colours; the CLI sets it when stdout is a terminal.
	Color bool
	// Visual reorders right-to-left lines for terminals that show text in
	// logical order (most do not implement bidi). Off by default, because
	// files, pipes and bidi-capable terminals want logical order.
	Visual bool
	// Suggestions includes the model clauses for missing and partial items.
	Suggestions bool
}

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiRed    = "\x1b[31m"
	ansiDim    = "\x1b[2m"
)

// textWriter writes lines, applying colour and visual ordering.
type textWriter struct {
	w   io.Writer
	opt TextOptions
	rtl bool
	err error
}

func (t *textWriter) line(color, format string, args ...any) {
	if t.err != nil {
		return
	}
	s := fmt.Sprintf(format, args...)
	if t.opt.Visual {
		s = rtl.Visual(s, t.rtl)
	}
	if t.opt.Color && color != "" {
		s = color + s + ansiReset
	}
	_, t.err = io.WriteString(t.w, s+"\n")
}

func statusColor(s review.Status) string {
	switch s {
	case review.Present:
		return ansiGreen
	case review.Partial:
		return ansiYellow
	}
	return ansiRed
}

// Text writes a readable terminal report.
func (r *Renderer) Text(w io.Writer, rep *review.Report, opt TextOptions) error {
	l := r.loc(rep)
	t := &textWriter{w: w, opt: opt, rtl: rep.Document.Language == "he"}
	t.line(ansiBold, "%s — %s (%s, %s %s)", l.T("review.title"), rep.Document.Name, rep.Document.Language,
		l.Int(rep.Document.Characters), l.T("review.characters"))
	verdictColor := map[string]string{review.VerdictReady: ansiGreen, review.VerdictNeedsWork: ansiYellow, review.VerdictNotReady: ansiRed}[rep.Verdict]
	t.line(ansiBold+verdictColor, "%s %d/100 · %s", l.T("review.score"), rep.Score, l.T("review.verdict."+rep.Verdict))
	for i, st := range rep.Steps {
		t.line("", "")
		t.line(ansiBold, "%d. %s — %d", i+1, st.Name, st.Score)
		for _, it := range st.Items {
			r.textItem(t, l, it, opt)
		}
	}
	t.line("", "")
	t.line(ansiBold, "%s", l.T("review.protections"))
	for _, it := range rep.Protections {
		r.textItem(t, l, it, TextOptions{})
	}
	t.line("", "")
	t.line(ansiBold, "%s (%d)", l.T("review.findings"), len(rep.Findings))
	for _, f := range rep.Findings {
		color := ansiYellow
		if f.Severity == review.SeverityError {
			color = ansiRed
		}
		t.line(color, "  %s · %s %s “%s” — %s", l.T("review.severity."+f.Severity), l.T("review.kind."+f.Kind),
			position(f.Section, f.Start, f.End), printable(f.Text), f.Message)
		if f.Suggestion != "" {
			t.line(ansiDim, "      → %s", f.Suggestion)
		}
	}
	if rows := termRows(rep.Terms); len(rows) > 0 {
		t.line("", "")
		t.line(ansiBold, "%s", l.T("review.terms"))
		for _, row := range rows {
			t.line("", "  %-14s %s → %s", l.T("review.terms."+row.List), oneLine(row.Text, 60), row.Value)
		}
	}
	t.line("", "")
	t.line(ansiDim, "%s", rep.Disclaimer)
	return t.err
}

func (r *Renderer) textItem(t *textWriter, l i18n.Localizer, it review.Item, opt TextOptions) {
	line := fmt.Sprintf("  %s %s", statusMark(it.Status), it.Name)
	if it.Status == review.Partial && len(it.Missing) > 0 {
		line += " — " + missingText(l, it)
	}
	if it.Excluded {
		line += " (" + l.T("review.excluded") + ")"
	}
	if len(it.Evidence) > 0 && it.Evidence[0].Section != "" {
		line += "  §" + it.Evidence[0].Section
	}
	t.line(statusColor(it.Status), "%s", line)
	if opt.Suggestions && it.Suggestion != "" {
		for _, s := range strings.Split(it.Suggestion, "\n") {
			t.line(ansiDim, "      %s", s)
		}
	}
}

// printable shows invisible control characters as their code points, so a
// hidden-control finding can be seen in a terminal.
func printable(s string) string {
	var b strings.Builder
	for _, r := range s {
		if isInvisible(r) {
			fmt.Fprintf(&b, "<U+%04X>", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isInvisible(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F ||
		r == 0x061C || (r >= 0x200B && r <= 0x200D) || r == 0xFEFF || r == 0x2060
}

// oneLine shortens s to at most n characters on one line.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
