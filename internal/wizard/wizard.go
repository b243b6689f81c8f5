// Package wizard is the four-step way of writing an agreement: it splits an
// agreement file (the agreement-as-data YAML of internal/draft) into the
// sections each of the seed's steps asks about, puts edited sections back
// together, and evaluates the result as the review engine would read the
// finished document — so the writer sees the score and what is still
// missing while writing, not after.
package wizard

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/heskem/heskem/internal/docgen"
	"github.com/heskem/heskem/internal/draft"
	"github.com/heskem/heskem/internal/review"
)

// Step is one of the seed's four steps and the sections of the agreement
// file it covers.
type Step struct {
	Number   int
	ID       string   // the rubric step id, or "" for the opening page
	Sections []string // top-level keys of the agreement file
}

// Steps returns the wizard's steps in order. Step 1 also covers the
// agreement's heading (title, date, language) and its parties; the
// protections are asked with the partnership step, the last.
func Steps() []Step {
	return []Step{
		{1, "components", []string{"header", "parties", "scope", "schedule", "payment", "late_payment", "additional_services", "unforeseen"}},
		{2, "trust", []string{"communication", "meeting_summaries", "flexibility"}},
		{3, "disputes", []string{"changes", "sanctions", "dispute_resolution", "termination"}},
		{4, "partnership", []string{"collaboration", "shared_activities", "contacts", "protections"}},
	}
}

// headerKeys are the top-level scalar keys shown together as "header".
var headerKeys = []string{"format", "language", "title", "place", "date", "business_days"}

// order is every section in file order.
func order() []string {
	var out []string
	for _, s := range Steps() {
		out = append(out, s.Sections...)
	}
	return out
}

// Split returns the file's sections: "header" with the heading keys, and
// one entry per other top-level key, each as YAML text starting with its
// key. Keys the format does not know are kept under their own name, so
// that validation still reports them.
func Split(data []byte) (map[string]string, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("the agreement file is not valid YAML: %w", err)
	}
	out := map[string]string{}
	if len(doc.Content) == 0 {
		return out, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("the agreement file must be a mapping of fields (line %d)", root.Line)
	}
	header := &yaml.Node{Kind: yaml.MappingNode}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if slices.Contains(headerKeys, k.Value) {
			header.Content = append(header.Content, k, v)
			continue
		}
		text, err := encode(&yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{k, v}})
		if err != nil {
			return nil, err
		}
		out[k.Value] = text
	}
	if len(header.Content) > 0 {
		text, err := encode(header)
		if err != nil {
			return nil, err
		}
		out["header"] = text
	}
	return out, nil
}

func encode(n *yaml.Node) (string, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return "", fmt.Errorf("write section: %w", err)
	}
	return b.String(), nil
}

// Join puts sections back into one agreement file in the format's order,
// with unknown sections last. Empty sections are left out.
func Join(sections map[string]string) string {
	var b strings.Builder
	seen := map[string]bool{}
	add := func(key string) {
		seen[key] = true
		text := strings.TrimRight(sections[key], " \t\r\n")
		if strings.TrimSpace(text) == "" {
			return
		}
		b.WriteString(text)
		b.WriteString("\n")
	}
	for _, key := range order() {
		add(key)
	}
	var rest []string
	for key := range sections {
		if !seen[key] {
			rest = append(rest, key)
		}
	}
	slices.Sort(rest)
	for _, key := range rest {
		add(key)
	}
	return b.String()
}

// SectionLines returns, for a file made by Join, the first and last line
// of each section, so a problem's line number can be shown beside the
// section it belongs to.
func SectionLines(sections map[string]string) map[string][2]int {
	out := map[string][2]int{}
	line := 1
	for _, key := range append(order(), extraKeys(sections)...) {
		text := strings.TrimRight(sections[key], " \t\r\n")
		if strings.TrimSpace(text) == "" {
			continue
		}
		n := strings.Count(text, "\n") + 1
		out[key] = [2]int{line, line + n - 1}
		line += n
	}
	return out
}

func extraKeys(sections map[string]string) []string {
	known := map[string]bool{}
	for _, k := range order() {
		known[k] = true
	}
	var rest []string
	for k := range sections {
		if !known[k] {
			rest = append(rest, k)
		}
	}
	slices.Sort(rest)
	return rest
}

// Required are the sections an agreement file must have; every other
// section may be left out, and the drafted agreement then uses the
// documented default for it (docs/agreement-format.md).
var Required = []string{"header", "parties", "scope", "schedule", "payment", "contacts"}

// Undecided returns the optional sections not written yet, in order: the
// finished document will use the default wording for them, which the
// parties have not agreed to in so many words.
func Undecided(sections map[string]string) []string {
	var out []string
	for _, key := range order() {
		if !slices.Contains(Required, key) && strings.TrimSpace(sections[key]) == "" {
			out = append(out, key)
		}
	}
	return out
}

// Result is an evaluated draft.
type Result struct {
	Problems draft.Problems
	// Report is the review of the document the file drafts into, nil while
	// the file has errors.
	Report *review.Report
	Text   string // the drafted document as plain text
}

// Evaluate checks the file and, when it has no errors, drafts it in its
// language and reviews the text as the engine reads any agreement.
func Evaluate(ctx context.Context, engine *review.Engine, data []byte) (*Result, error) {
	a, probs := draft.Parse(data)
	res := &Result{Problems: probs}
	if a == nil || probs.HasErrors() {
		return res, nil
	}
	doc, err := draft.Build(a, a.Language)
	if err != nil {
		return nil, fmt.Errorf("draft: %w", err)
	}
	var text bytes.Buffer
	if err := docgen.WriteText(&text, doc); err != nil {
		return nil, fmt.Errorf("draft text: %w", err)
	}
	res.Text = text.String()
	if res.Report, err = engine.Review(ctx, review.Input{Name: "draft.txt", Text: res.Text, Lang: a.Language}); err != nil {
		return nil, fmt.Errorf("evaluate draft: %w", err)
	}
	return res, nil
}
