package review

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/heskem/heskem/internal/hebrew"
)

// findFindings collects the clarity and integrity findings: hidden Unicode
// controls, vague wording, placeholders, inconsistent amounts and dates, and
// defined terms that are used but never defined.
func (e *Engine) findFindings(doc *document, name string) {
	e.hiddenControls(doc, name)
	e.vagueTerms(doc)
	e.placeholders(doc)
	e.inconsistencies(doc)
	e.undefinedTerms(doc)
	sort.SliceStable(doc.findings, func(i, j int) bool { return doc.findings[i].Start < doc.findings[j].Start })
}

// hiddenControls reports every run of invisible bidirectional or zero-width
// characters. A byte-order mark at the very start is an encoding signature,
// not hidden text. In text extracted from a PDF, pdftotext wraps
// right-to-left runs in U+202B…U+202C: those embeddings are artifacts of the
// extractor and are not reported, but overrides, isolates and marks still
// are.
func (e *Engine) hiddenControls(doc *document, name string) {
	pdf := strings.HasSuffix(strings.ToLower(name), ".pdf")
	pos := 0 // rune index of the current rune
	runStart, runByte := -1, 0
	var names []string
	flush := func(end, endByte int) {
		if runStart < 0 {
			return
		}
		m := e.msg(doc.lang, "hidden_control")
		doc.findings = append(doc.findings, Finding{
			Kind: KindHiddenControl, Severity: SeverityError,
			Section: e.sectionAtOrig(doc, runStart), Start: runStart, End: end,
			Text:       doc.orig.s[runByte:endByte],
			Message:    fmt.Sprintf(m.Message, strings.Join(dedupe(names), ", ")),
			Suggestion: m.Suggestion,
		})
		runStart, names = -1, nil
	}
	s := doc.orig.s
	for i := 0; i < len(s); {
		// Every control starts with one of three bytes; the runes
		// between are counted, not decoded one by one.
		if j := i + indexControlLead(s[i:]); j > i {
			flush(pos, i)
			pos += utf8.RuneCountInString(s[i:j])
			if i = j; i == len(s) {
				break
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isReportedControl(r, pos, pdf) {
			if runStart < 0 {
				runStart, runByte = pos, i
			}
			names = append(names, fmt.Sprintf("U+%04X %s", r, controlName(r)))
		} else {
			flush(pos, i)
		}
		pos++
		i += size
	}
	flush(pos, len(s))
}

// indexControlLead returns the index of the first byte of s that may start
// a bidirectional or zero-width control in UTF-8, or len(s). The controls
// are U+061C (D8 9C), U+200B–U+2069 (E2 80 xx, E2 81 xx) and U+FEFF (EF BB
// BF); a lead byte is never part of another character's encoding, so the
// text before it holds no control.
func indexControlLead(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0xD8, 0xE2, 0xEF:
			return i
		}
	}
	return len(s)
}

func isReportedControl(r rune, pos int, pdf bool) bool {
	if r == 0xFEFF && pos == 0 {
		return false
	}
	if pdf && (r == 0x202A || r == 0x202B || r == 0x202C) {
		return false
	}
	return hebrew.IsBidiControl(r) || hebrew.IsZeroWidth(r)
}

func controlName(r rune) string {
	switch r {
	case 0x202A:
		return "LEFT-TO-RIGHT EMBEDDING"
	case 0x202B:
		return "RIGHT-TO-LEFT EMBEDDING"
	case 0x202C:
		return "POP DIRECTIONAL FORMATTING"
	case 0x202D:
		return "LEFT-TO-RIGHT OVERRIDE"
	case 0x202E:
		return "RIGHT-TO-LEFT OVERRIDE"
	case 0x2066:
		return "LEFT-TO-RIGHT ISOLATE"
	case 0x2067:
		return "RIGHT-TO-LEFT ISOLATE"
	case 0x2068:
		return "FIRST STRONG ISOLATE"
	case 0x2069:
		return "POP DIRECTIONAL ISOLATE"
	case 0x200E:
		return "LEFT-TO-RIGHT MARK"
	case 0x200F:
		return "RIGHT-TO-LEFT MARK"
	case 0x061C:
		return "ARABIC LETTER MARK"
	case 0x200B:
		return "ZERO WIDTH SPACE"
	case 0x200C:
		return "ZERO WIDTH NON-JOINER"
	case 0x200D:
		return "ZERO WIDTH JOINER"
	case 0x2060:
		return "WORD JOINER"
	case 0xFEFF:
		return "ZERO WIDTH NO-BREAK SPACE"
	}
	return "CONTROL"
}

func dedupe(ss []string) []string {
	seen := map[string]bool{}
	out := ss[:0:0]
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// sectionAtOrig returns the section label of the clause that holds the
// original offset o.
func (e *Engine) sectionAtOrig(doc *document, o int) string {
	off := &doc.norm.Offsets
	p := sort.Search(off.Len(), func(i int) bool { return int(off.At(i)) >= o })
	return e.sectionAt(doc, p)
}

func (e *Engine) sectionAt(doc *document, p int) string {
	if i := doc.clauseAt(p); i >= 0 {
		return doc.clauses[i].section
	}
	return ""
}

// findingAt builds a finding for the normalized range [s, t).
func (doc *document) findingAt(kind, severity string, s, t int, section string) Finding {
	text, a, b := doc.quote(s, t)
	return Finding{Kind: kind, Severity: severity, Section: section, Start: a, End: b, Text: text}
}

// bodyClause reports whether findings in clause i are worth reporting: the
// operative text, not the title, table of contents or signature block.
func bodyClause(doc *document, i int) bool {
	if i < 0 {
		return false
	}
	k := doc.clauses[i].kind
	return k == kindBody || k == kindDefinitions || k == kindRecital || k == kindPreamble
}

// vagueTerms reports each vague phrase with its rewrite. Where phrases
// overlap ("בהקדם" inside "בהקדם האפשרי") the longer one is reported.
func (e *Engine) vagueTerms(doc *document) {
	lastEnd := int32(-1)
	var last *Finding
	for _, h := range doc.hits {
		v := e.vague[h.group]
		if v == nil {
			continue
		}
		ci := doc.clauseAt(int(h.start))
		if !bodyClause(doc, ci) {
			continue
		}
		if h.start < lastEnd && last != nil {
			if h.stop() > lastEnd { // a longer overlapping phrase replaces it
				*last = e.vagueFinding(doc, h, *v, ci)
				lastEnd = h.stop()
			}
			continue
		}
		doc.clauses[ci].feat |= fVague
		doc.findings = append(doc.findings, e.vagueFinding(doc, h, *v, ci))
		last = &doc.findings[len(doc.findings)-1]
		lastEnd = h.stop()
	}
}

func (e *Engine) vagueFinding(doc *document, h hit, v vagueInfo, ci int) Finding {
	f := doc.findingAt(KindVagueTerm, SeverityWarning, int(h.start), int(h.stop()), doc.clauses[ci].section)
	m := e.msg(v.lang, "vague_term")
	f.Message = fmt.Sprintf(m.Message, f.Text)
	f.Suggestion = v.rewrite
	return f
}

// placeholders reports unfilled blanks: lexicon words (TBD, יושלם) and the
// typographic forms ___, [●], [•], [שם], XX, ….
func (e *Engine) placeholders(doc *document) {
	g := e.lex.id(gPlaceholder)
	rs := doc.norm.Runes
	type sp struct{ s, t int }
	var spans []sp
	for _, h := range doc.hits {
		if int(h.group) == g {
			spans = append(spans, sp{int(h.start), int(h.stop())})
		}
	}
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; {
		case r == '_':
			j := i
			for j < len(rs) && rs[j] == '_' {
				j++
			}
			if j-i >= 3 {
				spans = append(spans, sp{i, j})
			}
			i = j - 1
		case r == '[' || r == '<':
			closer := ']'
			if r == '<' {
				closer = '>'
			}
			j := i + 1
			for j < len(rs) && rs[j] != closer && rs[j] != '\n' && j-i < 40 {
				j++
			}
			if j < len(rs) && rs[j] == closer && countWords(rs[i+1:j]) <= 4 && !isCrossReference(rs[i+1:j]) {
				spans = append(spans, sp{i, j + 1})
				i = j
			}
		case r == '.' || r == '…':
			j := i
			dots := 0
			for j < len(rs) && (rs[j] == '.' || rs[j] == '…') {
				dots++
				if rs[j] == '…' {
					dots += 2
				}
				j++
			}
			// The clause is looked up only for a dot leader: a search
			// at every full stop was a fifth of this pass.
			if dots >= 4 {
				if ci := doc.clauseAt(i); ci >= 0 && doc.clauses[ci].kind != kindTOC {
					spans = append(spans, sp{i, j})
				}
			}
			i = j - 1
		case r == 'x' && (i == 0 || !isWordRune(rs[i-1])):
			j := i
			for j < len(rs) && (rs[j] == 'x' || rs[j] == ',' || rs[j] == '.') {
				j++
			}
			for j > i && (rs[j-1] == ',' || rs[j-1] == '.') {
				j--
			}
			if j-i >= 2 && (j >= len(rs) || !isWordRune(rs[j])) && upperX(doc, i, j) {
				spans = append(spans, sp{i, j})
			}
			i = max(i, j-1)
		}
	}
	sort.Slice(spans, func(a, b int) bool { return spans[a].s < spans[b].s })
	lastEnd := -1
	for _, s := range spans {
		if s.s < lastEnd {
			continue
		}
		lastEnd = s.t
		ci := doc.clauseAt(s.s)
		if ci < 0 || doc.clauses[ci].kind == kindTOC || doc.clauses[ci].kind == kindSignature {
			continue
		}
		doc.clauses[ci].feat |= fPlaceholder
		if e.dateBlank(rs, s.s, s.t) {
			// "ההפלגה תצא בתאריך ______", "on [DATE]": the clause
			// says when, with the date left blank; the item is
			// partial for the blank, not missing for want of a date.
			doc.clauses[ci].feat |= fDate
		}
		f := doc.findingAt(KindPlaceholder, SeverityWarning, s.s, s.t, doc.clauses[ci].section)
		m := e.msg(doc.lang, "placeholder")
		f.Message = fmt.Sprintf(m.Message, f.Text)
		f.Suggestion = m.Suggestion
		doc.findings = append(doc.findings, f)
	}
}

// dateBlank reports whether the placeholder rs[s:t] stands for a date: it
// names one ("[DATE]", "[תאריך]", "[start date]") or it follows a date word
// ("בתאריך ______", "ביום ____", "on ______", "Date: ____"). The text is
// the normalized one, so the words are compared in their normalized form.
func (e *Engine) dateBlank(rs []rune, s, t int) bool {
	w := e.words
	for i := s; i < t; {
		if !isWordRune(rs[i]) {
			i++
			continue
		}
		j := i
		for j < t && isWordRune(rs[j]) {
			j++
		}
		if w.dateNoun[string(rs[i:j])] {
			return true
		}
		i = j
	}
	word := labelBefore(rs, s)
	return w.dateNoun[word] || w.dateWord[word] || w.dateBefore[word]
}

// isCrossReference tells a bracketed reference ("[סעיף 5]", "[1]") or a
// bracketed option from a blank: it is a placeholder only when it holds a
// bullet, ellipsis, or a short label word.
func isCrossReference(inner []rune) bool {
	s := strings.TrimSpace(string(inner))
	if s == "" {
		return false // "[ ]" is a blank
	}
	if digitCount(inner) > 0 && !strings.ContainsAny(s, "●•…") {
		return true
	}
	return false
}

// upperX accepts XX only when written in capitals in the original ("XX",
// "X,XXX"), not the lower-case letters of a word.
func upperX(doc *document, s, t int) bool {
	a, b := doc.norm.Span(s, t)
	return !strings.ContainsRune(doc.orig.slice(a, b), 'x')
}
