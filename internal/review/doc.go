// Package review evaluates a supplier–client service agreement against the
// Heskem rubric (RUBRIC.md): text in, report out, with no I/O.
//
// The engine normalizes the text once (package hebrew), segments it into
// clauses with their numbering and heading path, runs one Aho–Corasick pass
// for every lexicon phrase of every item in both languages, and then decides
// each rubric item per clause and per document from several cue families:
// the heading path (a heading that names two items shares its clauses by
// their words), core phrases, pairs of phrases within one sentence (an
// object with a predicate: "deliverables" with "shall vest in"; a pair may
// name a party by role, "@supplier", to match the defined term the
// agreement uses, require its first side to come first, "a_first", or hold
// despite the item's negative cues, "despite_negative", or count its first
// side only inside a negation, "negated_a"; a lead-in that ends
// in a condition, "may terminate this agreement if:", makes one sentence
// with each line of its list, and a question with the sentence that
// answers it), structure (amounts, dates with or without their year or day,
// durations in digits or words, contact details and a given name beside a
// phone number, a quote's lines of work and what the work includes, read by
// the shape of their action noun), negative
// cues for look-alikes, sense phrases that put a whole sentence in another
// sense ("shall pay USD 500 as liquidated damages" is no price), and
// negation scope (a second negation opens its own: "no extra work without
// approval" requires the approval; a negation inside a condition or a
// relative clause, "שבו … ולא הוצב מחליף", negates its own verb). A clause
// that only names an item and points elsewhere for it ("Force Majeure: see
// clause 24") is a bare pointer and deals with nothing.
// Hebrew entries match their inflections: a verb's persons (in a phrase, and
// alone on a side of a pair), a noun's number and construct, a copula with
// its agreeing adjective ("אינו אחראי" is also "אינם אחראים"); English
// "will" phrases match their contractions ("we'll design").
// Signature blocks, letterheads and letter greetings are recognized so that
// their blanks and short lines are neither findings nor headings. Lexicons, model
// clauses and messages are embedded JSON files (lexicon/, templates/) that a
// lawyer can extend without touching Go code. Every status in the report
// points at quoted evidence with code-point offsets into the input text.
package review
