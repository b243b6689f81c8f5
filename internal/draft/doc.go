// Package draft turns an agreement written as data — a YAML file in the
// format documented in docs/agreement-format.md — into a complete,
// professional service agreement in Hebrew or English.
//
// The package has three parts:
//
//   - the data: [Agreement] and its parts, read from YAML with [Parse] or
//     [Load]; every problem in a file (unknown fields, missing or
//     inconsistent values, legal limits) is reported at once with its line,
//     field path and a fix, so the author corrects the file in one pass;
//   - the clause library: one text/template file per section per language
//     under clauses/he and clauses/en, embedded in the binary, which a lawyer
//     edits without touching Go; the wording is concrete (numbers of days,
//     amounts, rates), never "as soon as possible" or "reasonable efforts";
//   - the output: [Build] fills the neutral document model of
//     internal/docgen, which writes DOCX, PDF, HTML and Markdown, and
//     [CrossCheck] proves a Hebrew and an English document say the same
//     numbers, dates and percentages clause by clause.
//
// The package is pure: no I/O beyond the embedded files, no clock, no
// package-level mutable state.
package draft

//go:generate go test -run TestSchemaFileIsCurrent -update-schema .
