// Package review evaluates a supplier–client service agreement against the
// Heskem rubric (RUBRIC.md): text in, report out, with no I/O.
//
// The engine normalizes the text once (package hebrew), segments it into
// clauses with their numbering and heading path, runs one Aho–Corasick pass
// for every lexicon phrase of every item in both languages, and then decides
// each rubric item per clause and per document from several cue families:
// the heading path, core phrases, structure (amounts, dates, durations,
// contact details), negative cues and negation scope. Lexicons, model
// clauses and messages are embedded JSON files (lexicon/, templates/) that a
// lawyer can extend without touching Go code. Every status in the report
// points at quoted evidence with code-point offsets into the input text.
package review
