// Package linejoin rebuilds paragraphs from text whose lines were broken
// for display: pdftotext output, and hard-wrapped plain text (e-mail style,
// about 72 columns).
//
// The heuristic, in order, for each line after the first of a block:
//
//  1. a blank line ends the paragraph (a form feed is a line break: a
//     paragraph may run across pages);
//  2. a line that starts with a clause marker ("1.", "1.1", "2.3.1", "(a)",
//     "(א)", "א.", "iv)", a bullet) starts a new paragraph;
//  3. a line that starts with a lower-case Latin letter continues the
//     paragraph (a sentence does not start in lower case);
//  4. a line in capitals continues a heading in capitals of at least 30
//     characters that ends no sentence (a heading in a larger font wraps
//     before the body's margin);
//  5. otherwise the line starts a new paragraph when the previous line ends
//     with sentence-final punctuation (. : ; ! ?, ignoring closing quotes
//     and brackets) or is short: under 60% of the width of the text's full
//     lines (its longest line, or the 90th percentile of the line lengths
//     when it has twenty lines or more and the longest stands out), the
//     usual sign of a heading or of the last line of a paragraph;
//  6. anything else continues the paragraph, joined with one space.
//
// A line holding nothing but a clause marker is what pdftotext emits for
// Word/LibreOffice numbering followed by a tab: the number and its text are
// far apart on the page and come out as separate blocks. Such a line is
// prefixed to the next non-blank line, unless that line starts with a marker
// itself (two stacked numbers, "4." then "4.1": the first stays alone).
//
// Hyphens at line ends are kept as they are: contracts hyphenate compound
// words and numbers ("03-5551234", "אי-תשלום") far more often than they
// break words for justification.
package linejoin

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Joiner holds the clause-marker patterns; build it once with New and use
// it from any number of goroutines.
type Joiner struct {
	markers markerSet
}

// New returns a Joiner.
func New() *Joiner { return &Joiner{markers: newMarkerSet()} }

// Paragraphs splits text into lines (LF, CRLF, CR or form feed) and joins
// them into paragraphs by the package heuristic. Returned paragraphs are
// trimmed and never empty.
func (j *Joiner) Paragraphs(text string) []string {
	lines := splitLines(text)
	short := lineWidth(lines) * 6 / 10
	if short < 20 {
		short = 20
	}

	var out []string
	var cur strings.Builder
	pending := "" // a marker-only line waiting for its text
	prev := ""    // previous non-blank line of the current paragraph
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
		prev = ""
	}
	for _, raw := range lines {
		line := strings.TrimFunc(raw, unicode.IsSpace)
		if line == "" {
			flush()
			continue
		}
		n := j.markers.prefixLen(line)
		if n > 0 && n < len(line) && cur.Len() > 0 && numeralInWords(prev, line[:n]) {
			// "within ten" then "(10) Business Days": the figure
			// repeats a number in words, it opens no clause.
			n = 0
		}
		startsMarker, onlyMarker := n > 0, n > 0 && n == len(line)
		if pending != "" {
			if startsMarker {
				out = append(out, pending)
			} else {
				line = pending + " " + line
				startsMarker = true
			}
			pending = ""
		}
		if onlyMarker {
			flush()
			pending = line
			continue
		}
		newPara := cur.Len() == 0 || startsMarker
		if !newPara && !startsWithLowerLatin(line) && !headingGoesOn(prev, line) {
			newPara = EndsSentence(prev) || utf8.RuneCountInString(prev) < short
		}
		if newPara {
			flush()
		} else {
			cur.WriteByte(' ')
		}
		cur.WriteString(line)
		prev = line
	}
	flush()
	if pending != "" {
		out = append(out, pending)
	}
	return out
}

// numeralInWords reports whether marker is a bracketed figure that repeats
// the number in words that ends prev, as English contracts write numbers:
// "ten (10)", "thirty (30)", "one hundred twenty (120)".
func numeralInWords(prev, marker string) bool {
	if len(marker) < 3 || marker[0] != '(' || marker[len(marker)-1] != ')' {
		return false
	}
	for _, r := range marker[1 : len(marker)-1] {
		if r < '0' || r > '9' {
			return false
		}
	}
	fields := strings.Fields(prev)
	if len(fields) == 0 {
		return false
	}
	return numberWord(strings.ToLower(strings.TrimRight(fields[len(fields)-1], ",;")))
}

// numberWord reports whether w is an English word a number in words ends
// with.
func numberWord(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand":
		return true
	}
	return strings.HasSuffix(w, "teen")
}

// lineWidth is the width of the text's full lines: the longest line, or,
// with enough lines to tell and when the longest is more than a quarter
// longer, the 90th percentile of the non-blank lines' lengths. pdftotext
// sometimes runs two lines of justified text into one very long line,
// which would make every real line look short.
func lineWidth(lines []string) int {
	lengths := make([]int, 0, len(lines))
	for _, l := range lines {
		if n := utf8.RuneCountInString(strings.TrimSpace(l)); n > 0 {
			lengths = append(lengths, n)
		}
	}
	if len(lengths) == 0 {
		return 0
	}
	slices.Sort(lengths)
	longest := lengths[len(lengths)-1]
	if len(lengths) < minPercentileLines {
		return longest
	}
	if p90 := lengths[len(lengths)*9/10]; longest*4 > p90*5 {
		return p90 // the longest lines are run-together outliers
	}
	return longest
}

// minPercentileLines is how many non-blank lines a text needs before its
// width is read as a percentile rather than as its longest line.
const minPercentileLines = 20

// IsMarkerLine reports whether line is nothing but a clause marker.
func (j *Joiner) IsMarkerLine(line string) bool {
	return j.markers.isOnlyMarker(strings.TrimSpace(line))
}

// MarkerPrefix returns the clause marker at the start of line ("" if none).
func (j *Joiner) MarkerPrefix(line string) string {
	return line[:j.markers.prefixLen(line)]
}

// splitLines splits at LF, CRLF, CR and form feed (pdftotext's page break,
// which does not by itself end a paragraph: paragraphs run across pages).
func splitLines(text string) []string {
	return strings.Split(lineBreaks.Replace(text), "\n")
}

// lineBreaks turns every line ending into "\n"; a form feed next to a line
// break is dropped so that it does not make a blank line.
var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\n\f", "\n", "\f\n", "\n", "\f", "\n")

// wrappedHeading is the least length of a capitalized heading line that
// may have been wrapped: a heading set in a larger font wraps at fewer
// characters than the body, so the short-line rule would cut it.
const wrappedHeading = 30

// headingGoesOn reports whether line continues the capitalized heading
// prev: "ARTICLE 8 – DESIGN ADVISORY COMMITTEE AND JOINT" then
// "ACTIVITIES". Both are in capitals, prev is long enough to have reached
// the margin and does not end a sentence.
func headingGoesOn(prev, line string) bool {
	return utf8.RuneCountInString(prev) >= wrappedHeading && !EndsSentence(prev) && allCaps(prev) && allCaps(line)
}

// allCaps reports whether s has Latin letters and none in lower case.
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if r < 0x250 && unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

func startsWithLowerLatin(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r < 0x250 && unicode.IsLower(r)
}

// EndsSentence reports whether s ends with sentence-final punctuation,
// looking through closing quotes and brackets.
func EndsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"')]}’”»`, r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".:;!?׃", r)
}
