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
//  4. otherwise the line starts a new paragraph when the previous line ends
//     with sentence-final punctuation (. : ; ! ?, ignoring closing quotes
//     and brackets) or is short: under 60% of the widest line of the text,
//     the usual sign of a heading or of the last line of a paragraph;
//  5. anything else continues the paragraph, joined with one space.
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
	width := 0
	for _, l := range lines {
		if n := utf8.RuneCountInString(l); n > width {
			width = n
		}
	}
	short := width * 6 / 10
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
		if !newPara && !startsWithLowerLatin(line) {
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
