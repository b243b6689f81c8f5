package draft

import (
	"fmt"
	"sort"
	"strings"
)

// Severity says whether a problem stops the draft.
type Severity string

// Severities. An error makes the file unusable; a warning is a choice the
// author should confirm (a payment term longer than the law's default, a
// penalty without a cap).
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
)

// Problem is one thing wrong with an agreement file, with where it is and
// how to fix it.
type Problem struct {
	// Line and Column in the YAML file (1-based); 0 when the agreement was
	// not read from a file, or the problem is the file's as a whole.
	Line   int `json:"line"`
	Column int `json:"column"`
	// Path is the field, e.g. "payment.installments[1].amount" (list
	// indexes count from 0).
	Path     string   `json:"path"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	// Fix says what to write instead.
	Fix string `json:"fix,omitempty"`
}

// String formats the problem as "12:5: error: payment.total: message (fix:
// …)".
func (p Problem) String() string {
	var b strings.Builder
	switch {
	case p.Line > 0 && p.Column > 0:
		fmt.Fprintf(&b, "%d:%d: ", p.Line, p.Column)
	case p.Line > 0:
		fmt.Fprintf(&b, "%d: ", p.Line)
	}
	b.WriteString(string(p.Severity))
	b.WriteString(": ")
	if p.Path != "" {
		b.WriteString(p.Path)
		b.WriteString(": ")
	}
	b.WriteString(p.Message)
	if p.Fix != "" {
		b.WriteString(" — fix: ")
		b.WriteString(p.Fix)
	}
	return b.String()
}

// Problems are all the problems of a file, in file order. As an error it
// lists every one.
type Problems []Problem

// maxProblems bounds the report: past it, a file is wrong in a way one more
// line will not explain.
const maxProblems = 200

// Error lists the problems, one a line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// HasErrors reports whether any problem is an error (not a warning).
func (ps Problems) HasErrors() bool {
	for _, p := range ps {
		if p.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Errors returns the error-severity problems.
func (ps Problems) Errors() Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == SeverityError {
			out = append(out, p)
		}
	}
	return out
}

// sorted orders problems by line, then column, then path, and drops exact
// duplicates.
func (ps Problems) sorted() Problems {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		return a.Path < b.Path
	})
	out := ps[:0]
	for i, p := range ps {
		if i > 0 && p == ps[i-1] {
			continue
		}
		out = append(out, p)
	}
	if len(out) > maxProblems {
		out = out[:maxProblems]
	}
	return out
}

// position is a place in the YAML file.
type position struct{ line, col int }

// nearest returns the option closest to s in edit distance when it is close
// enough to be a typo ("did you mean …"), else "".
func nearest(s string, options []string) string {
	best, bestD := "", 1<<30
	for _, o := range options {
		if d := editDistance(s, o); d < bestD {
			best, bestD = o, d
		}
	}
	limit := 2
	if n := len([]rune(s)); n >= 9 {
		limit = 3
	}
	if bestD <= limit && bestD < len([]rune(s)) {
		return best
	}
	for _, o := range options {
		if len(s) >= 4 && (strings.HasPrefix(o, s) || strings.HasPrefix(s, o)) {
			return o
		}
	}
	return ""
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 1 << 20
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
