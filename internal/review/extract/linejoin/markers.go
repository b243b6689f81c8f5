package linejoin

import "regexp"

// markerSet recognizes clause markers at the start of a line. The patterns
// avoid the common false starts of a wrapped line: a date ("15.3.2026"), an
// amount ("30 days", "₪12,500") or an abbreviation ("ח.פ.", "e.g.") is not
// a marker, so a number needs a dot or bracket, or several levels of up to
// three digits each.
type markerSet struct {
	re *regexp.Regexp
}

const (
	multiLevel = `\d{1,3}(?:\.\d{1,3}){1,4}\.?` // 1.1  1.1.  2.3.1
	oneLevel   = `\d{1,3}[.)]`                  // 1.  12)
	bracketed  = `\((?:\d{1,3}|[a-zA-Z]{1,2}|[ivxIVX]{1,5}|[א-ת]{1,2}['׳]?)\)`
	letterDot  = `(?:[a-zA-Z]|[א-ת]['׳]?|[ivx]{1,4})[.)]` // a.  b)  א.  ב)  iv)
	bullet     = `[•·▪‣◦\-–*]`
)

func newMarkerSet() markerSet {
	return markerSet{re: regexp.MustCompile(
		`^(?:` + multiLevel + `|` + oneLevel + `|` + bracketed + `|` + letterDot + `|` + bullet + `)(?:\s|$)`)}
}

// prefixLen returns the byte length of the clause marker that starts line
// (without the following space), or 0.
func (m markerSet) prefixLen(line string) int {
	loc := m.re.FindStringIndex(line)
	if loc == nil {
		return 0
	}
	n := loc[1]
	for n > 0 && (line[n-1] == ' ' || line[n-1] == '\t' || line[n-1] == '\n') {
		n--
	}
	return n
}

// isOnlyMarker reports whether the trimmed line is a clause marker and
// nothing else.
func (m markerSet) isOnlyMarker(line string) bool {
	n := m.prefixLen(line)
	return n > 0 && n == len(line)
}
