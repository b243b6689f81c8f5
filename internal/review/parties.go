package review

import (
	"strings"
	"unicode"
)

// preambleLines and preambleRunes bound the search for parties: they are
// introduced before the first numbered clause, near the top.
const (
	preambleLines = 60
	preambleRunes = 6000
)

// parties finds the contracting parties in the preamble. Each party is
// introduced by a defined term in parentheses — (להלן: "הספק"), (the
// "Client") — and the text before it back to the opener (בין, לבין,
// between, and) holds the name and the registration number.
func (e *Engine) parties(doc *document) []Party {
	end, next := len(doc.norm.Runes), -1
	for i, c := range doc.clauses {
		if i >= preambleLines || (i > 0 && c.lbl.kind == labelDotted) || c.kind == kindSignature {
			end = c.start
			if c.lbl.kind == labelDotted {
				next = i
			}
			break
		}
	}
	out := e.partiesBefore(doc, min(end, preambleRunes))
	for next >= 0 && next+1 < len(doc.clauses) && doc.clauses[next].heading {
		next++
	}
	if len(out) == 0 && next >= 0 && e.opensParties(&doc.clauses[next]) {
		// A letter of engagement names the parties in its first
		// numbered clause: "1.1 מכתב זה מסדיר את תנאי ההתקשרות בין
		// משרדנו (להלן: "המשרד") לבין הדס מערכות מיזוג בע"מ (להלן:
		// "החברה")".
		out = e.partiesBefore(doc, min(doc.clauses[next].end, preambleRunes))
	}
	return out
}

// opensParties reports whether clause c names parties with an opener
// ("בין", "between").
func (e *Engine) opensParties(c *clause) bool {
	opener, ok := e.sig["party_opener"]
	return ok && hasGroup(c, opener)
}

// partiesBefore finds the parties in the text before end.
func (e *Engine) partiesBefore(doc *document, end int) []Party {
	out := []Party{}
	rs := doc.norm.Runes
	opener, hasOpener := e.sig["party_opener"]
	pre := doc.hits[:firstFrom(doc.hits, end)]
	segStart := 0
	for j := 0; j < end; j++ {
		if rs[j] != '(' {
			continue
		}
		k := j + 1
		for k < end && rs[k] != ')' && k-j < 240 && rs[k] != '\n' {
			k++
		}
		if k >= end || rs[k] != ')' {
			continue
		}
		term, ts, te := quotedTerm(rs[j+1 : k])
		if term == "" {
			continue
		}
		role := e.roleOf(pre, j+1+ts, j+1+te)
		if role == "" {
			role = pronounRole(rs[j+1 : k])
		}
		// The party's segment runs from the last opener (or the end of
		// the previous party) to the parenthesis.
		s := segStart
		if hasOpener {
			for _, h := range pre {
				if int(h.group) == opener && int(h.start) >= segStart && int(h.stop()) <= j {
					s = int(h.stop())
				}
			}
		}
		segStart = k + 1
		// Without an opener on the same line, the party is named on
		// the line of its defined term; a term on a line of its own
		// closes a block of lines that name the party (a law firm's
		// "בין:" / name / ח.פ. / address / (להלן: "המשרד")).
		if ls := lineStartBefore(rs, j); ls > s && !allSpaces(rs[ls:j]) {
			s = ls
		}
		paren := j
		j = k // parentheses inside this one belong to it
		if s > paren {
			continue
		}
		seg := rs[s:paren]
		if role == "" && !e.looksLikeParty(doc, pre, s, paren) {
			continue
		}
		p := e.partyFrom(doc, s, seg)
		if p.Name == "" {
			continue
		}
		p.Role = role
		if p.Role == "" {
			p.Role = "unknown"
		}
		p.Term, _, _ = doc.quote(paren+1+ts, paren+1+te)
		sp := doc.span(s+p.nameOff, k+1)
		p.Span = sp
		out = append(out, p.Party)
	}
	out = append(out, e.labelledParties(doc, pre, end, out)...)
	// One known role implies the other in a two-party agreement.
	if len(out) == 2 {
		switch {
		case out[0].Role == "supplier" && out[1].Role == "unknown":
			out[1].Role = "client"
		case out[0].Role == "client" && out[1].Role == "unknown":
			out[1].Role = "supplier"
		case out[1].Role == "supplier" && out[0].Role == "unknown":
			out[0].Role = "client"
		case out[1].Role == "client" && out[0].Role == "unknown":
			out[0].Role = "supplier"
		}
	}
	return out
}

// quotedTerm finds "X" in the inside of a parenthesis, after להלן/the/
// hereinafter, and returns it with its positions.
func quotedTerm(in []rune) (string, int, int) {
	q := -1
	for i, r := range in {
		if r == '"' {
			if q < 0 {
				q = i
				continue
			}
			if i > q+1 {
				return string(in[q+1 : i]), q + 1, i
			}
			return "", 0, 0
		}
	}
	return "", 0, 0
}

func (e *Engine) roleOf(hits []hit, s, t int) string {
	sup, okS := e.sig["role_supplier"]
	cli, okC := e.sig["role_client"]
	for _, h := range hits {
		if int(h.start) < s || int(h.stop()) > t {
			continue
		}
		switch {
		case okS && int(h.group) == sup:
			return "supplier"
		case okC && int(h.group) == cli:
			return "client"
		}
	}
	return ""
}

// looksLikeParty accepts a segment with no role word when it carries a
// registration number or a company form (בע"מ, Ltd., Inc.).
func (e *Engine) looksLikeParty(doc *document, hits []hit, s, t int) bool {
	if e.words.idContext(doc.norm.Runes, t) {
		return true
	}
	g, ok := e.sig["company_form"]
	if !ok {
		return false
	}
	for _, h := range hits {
		if int(h.group) == g && int(h.start) >= s && int(h.stop()) <= t {
			return true
		}
	}
	return false
}

type partyDraft struct {
	Party
	nameOff int
}

// partyFrom reads the name (up to a comma, a parenthesis, a line break
// after text, or an ID label) and the registration number of a segment.
func (e *Engine) partyFrom(doc *document, s int, seg []rune) partyDraft {
	var p partyDraft
	i := 0
	for i < len(seg) && (seg[i] == ' ' || seg[i] == ':' || seg[i] == '\n' || seg[i] == ',' || seg[i] == '-') {
		i++
	}
	j := i
	for j < len(seg) && seg[j] != ',' && seg[j] != '\n' && seg[j] != ';' {
		if e.idLabelAt(seg, j) != "" || (seg[j] == '(' && !yearInParens(seg[j:])) {
			break
		}
		j++
	}
	for j > i && (seg[j-1] == ' ' || seg[j-1] == '-') {
		j--
	}
	// "Thank you for selecting Keshet Strategy Partners": in running
	// English the name is the capitalized run before the parenthesis.
	if k := capitalizedRun(doc, s, seg, i, j); k > i {
		i = k
	}
	if j > i && countWords(seg[i:j]) <= 10 {
		p.Name, _, _ = doc.quote(s+i, s+j)
		p.nameOff = i
	}
	for k := 0; k < len(seg); k++ {
		kind := e.idLabelAt(seg, k)
		if kind == "" {
			continue
		}
		d := k
		for d < len(seg) && !isDigit(seg[d]) && d-k < 25 {
			d++
		}
		t := d
		digits := 0
		for t < len(seg) && (isDigit(seg[t]) || ((seg[t] == '-' || seg[t] == ' ' || seg[t] == '/') && t+1 < len(seg) && isDigit(seg[t+1]))) {
			if isDigit(seg[t]) {
				digits++
			}
			t++
		}
		if digits >= 5 && digits <= 12 {
			p.IDNumber, _, _ = doc.quote(s+d, s+t)
			p.IDKind = kind
			if digits <= 9 && kind != "registration" {
				v := validIsraeliID(p.IDNumber)
				p.IDValid = &v
			}
			break
		}
	}
	return p
}

// allSpaces reports whether rs holds nothing but spaces.
func allSpaces(rs []rune) bool {
	for _, r := range rs {
		if r != ' ' && r != '\t' {
			return false
		}
	}
	return true
}

// yearInParens reports whether seg opens with a year in brackets, part of
// many an Israeli company's name: "אריזות עמק החולה (2011) בע"מ".
func yearInParens(seg []rune) bool {
	return len(seg) >= 6 && seg[0] == '(' && seg[5] == ')' && isDigit(seg[1]) && isDigit(seg[2]) && isDigit(seg[3]) && isDigit(seg[4])
}

func (e *Engine) idLabelAt(seg []rune, k int) string {
	// An ID label starts a word: ע"מ inside בע"מ is a company form.
	if k > 0 && (isWordRune(seg[k-1]) || seg[k-1] == '"' || seg[k-1] == '\'') {
		return ""
	}
	for _, p := range e.words.idWords {
		if hasPrefixRunes(seg, k, p.phrase) {
			end := k + len(p.phrase)
			if end < len(seg) && unicode.IsLetter(seg[end]) && !strings.HasSuffix(string(p.phrase), ".") {
				continue
			}
			return p.value
		}
	}
	return ""
}

// validIsraeliID checks the check digit of an Israeli identity number or
// company number (ח.פ.): nine digits, left-padded with zeros, weighted
// 1,2,1,2… with the digits of each product summed, total divisible by 10.
func validIsraeliID(s string) bool {
	var ds []int
	for _, r := range s {
		if r >= '0' && r <= '9' {
			ds = append(ds, int(r-'0'))
		}
	}
	if len(ds) == 0 || len(ds) > 9 {
		return false
	}
	for len(ds) < 9 {
		ds = append([]int{0}, ds...)
	}
	sum := 0
	for i, d := range ds {
		v := d * (i%2 + 1)
		if v > 9 {
			v -= 9
		}
		sum += v
	}
	return sum%10 == 0
}

// lineStartBefore returns the start of the line that holds position j.
func lineStartBefore(rs []rune, j int) int {
	for k := j - 1; k >= 0; k-- {
		if rs[k] == '\n' {
			return k + 1
		}
	}
	return 0
}

// pronounRole reads the role from a letter's pronoun terms: ("Keshet",
// "we") is the supplier writing, ("Orbit", "you") the client.
func pronounRole(in []rune) string {
	s := " " + string(in) + " "
	switch {
	case strings.Contains(s, "\"we\"") || strings.Contains(s, "\"us\"") || strings.Contains(s, "\"אנחנו\""):
		return "supplier"
	case strings.Contains(s, "\"you\"") || strings.Contains(s, "\"אתה\"") || strings.Contains(s, "\"את\""):
		return "client"
	}
	return ""
}

// capitalizedRun finds, in a Latin segment that starts in lower case, the
// run of capitalized words (with Ltd., Inc., of, &) that ends the name
// [i, j). It returns i when the segment does not look like running text.
func capitalizedRun(doc *document, s int, seg []rune, i, j int) int {
	running := false
	for k := i; k < j; k++ {
		if (k == i || seg[k-1] == ' ') && seg[k] >= 'a' && seg[k] <= 'z' {
			o, _ := doc.norm.Span(s+k, s+k+1)
			if unicode.IsLower(doc.orig.at(o)) {
				running = true
				break
			}
		}
	}
	if !running {
		return i
	}
	k := j
	start := j
	for k > i {
		w := k
		for w > i && seg[w-1] != ' ' {
			w--
		}
		o, _ := doc.norm.Span(s+w, s+w+1)
		r := doc.orig.at(o)
		word := string(seg[w:k])
		if unicode.IsUpper(r) || word == "of" || word == "&" || word == "and" {
			start = w
		} else {
			break
		}
		k = w
		for k > i && seg[k-1] == ' ' {
			k--
		}
	}
	for start < j && (seg[start] == ' ') {
		start++
	}
	if start >= j {
		return i
	}
	return start
}

// labelledParties reads the form "Contractor: Delgado & Sons LLC, 77 Route
// 10" / "הספק: אלפא בע"מ, ח.פ. …": a line of the preamble that opens with
// a role word and a colon.
func (e *Engine) labelledParties(doc *document, pre []hit, end int, have []Party) []Party {
	var out []Party
	sup, okS := e.sig["role_supplier"]
	cli, okC := e.sig["role_client"]
	rs := doc.norm.Runes
	for _, h := range pre {
		g := int(h.group)
		role := ""
		switch {
		case okS && g == sup:
			role = "supplier"
		case okC && g == cli:
			role = "client"
		default:
			continue
		}
		ls := lineStartBefore(rs, int(h.start))
		if int(h.start) != ls || int(h.stop()) >= end || rs[h.stop()] != ':' {
			continue
		}
		le := int(h.stop())
		for le < len(rs) && rs[le] != '\n' {
			le++
		}
		seg := rs[h.stop():le]
		p := e.partyFrom(doc, int(h.stop()), seg)
		if p.Name == "" || strings.Contains(p.Name, "__") || hasParty(have, p.Name) || hasParty(out, p.Name) {
			continue
		}
		p.Role = role
		p.Term, _, _ = doc.quote(int(h.start), int(h.stop()))
		p.Span = doc.span(int(h.start), le)
		out = append(out, p.Party)
	}
	return out
}

func hasParty(ps []Party, name string) bool {
	for _, p := range ps {
		if p.Name == name {
			return true
		}
	}
	return false
}
