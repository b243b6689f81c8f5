package draft

import (
	"fmt"
	"strings"

	"github.com/heskem/heskem/internal/docgen"
)

// A section template renders plain text in a small markup that reads like
// the clause itself:
//
//	# Heading            the section heading (first line)
//	+ A clause …         a numbered clause
//	- A sub-clause …     a lettered sub-clause of the clause above
//	… continued          any other line continues the clause or sub-clause
//	                     above it, joined with a space
//
// Blank lines are ignored, so template actions ({{if}}, {{range}}) may sit
// on lines of their own without changing the document. Numbers are never
// written in the templates: Build numbers sections, clauses ("7.2") and
// sub-clauses ("(א)", "(a)").

// parseSection reads one rendered section template.
func parseSection(out, number string, subLabels []string) (docgen.Section, error) {
	sec := docgen.Section{Number: number}
	var text *string // the paragraph being extended
	for i, raw := range strings.Split(out, "\n") {
		line := strings.TrimSpace(raw)
		switch {
		case line == "":
		case strings.HasPrefix(line, "# "):
			if sec.Heading != "" {
				return sec, fmt.Errorf("line %d: a second heading %q; one section per file", i+1, line)
			}
			sec.Heading = strings.TrimSpace(line[2:])
			text = nil
		case strings.HasPrefix(line, "+ "):
			if sec.Heading == "" {
				return sec, fmt.Errorf("line %d: a clause before the heading (start the file with \"# Heading\")", i+1)
			}
			sec.Clauses = append(sec.Clauses, docgen.Clause{
				Number: fmt.Sprintf("%s.%d", number, len(sec.Clauses)+1), Text: strings.TrimSpace(line[2:])})
			text = &sec.Clauses[len(sec.Clauses)-1].Text
		case strings.HasPrefix(line, "- "):
			if len(sec.Clauses) == 0 {
				return sec, fmt.Errorf("line %d: a sub-clause before any clause", i+1)
			}
			cur := &sec.Clauses[len(sec.Clauses)-1]
			k := len(cur.Sub)
			if k >= len(subLabels) {
				return sec, fmt.Errorf("line %d: more than %d sub-clauses", i+1, len(subLabels))
			}
			cur.Sub = append(cur.Sub, docgen.Clause{Number: "(" + subLabels[k] + ")", Text: strings.TrimSpace(line[2:])})
			text = &cur.Sub[k].Text
		default:
			if text == nil {
				return sec, fmt.Errorf("line %d: text %q outside a clause (start clauses with \"+ \")", i+1, clip(line))
			}
			*text += " " + line
		}
	}
	if sec.Heading == "" {
		return sec, fmt.Errorf("the section has no heading")
	}
	if len(sec.Clauses) == 0 {
		return sec, fmt.Errorf("section %q has no clauses", sec.Heading)
	}
	for i := range sec.Clauses {
		endList(sec.Clauses[i].Sub)
	}
	return sec, nil
}

// endList ends a list of sub-clauses with a full stop: templates end every
// item with ";", and the last one needs ".".
func endList(sub []docgen.Clause) {
	if n := len(sub); n > 0 {
		if t, ok := strings.CutSuffix(sub[n-1].Text, ";"); ok {
			sub[n-1].Text = t + "."
		}
	}
}

// paragraphs reads rendered preamble text: each "+ " line starts a
// paragraph, other lines continue it, blank lines are ignored.
func paragraphs(out string) ([]string, error) {
	var ps []string
	for i, raw := range strings.Split(out, "\n") {
		line := strings.TrimSpace(raw)
		switch {
		case line == "":
		case strings.HasPrefix(line, "+ "):
			ps = append(ps, strings.TrimSpace(line[2:]))
		case len(ps) == 0:
			return nil, fmt.Errorf("preamble line %d: text %q before the first \"+ \"", i+1, clip(line))
		default:
			ps[len(ps)-1] += " " + line
		}
	}
	return ps, nil
}
