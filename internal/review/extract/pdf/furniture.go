package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/heskem/heskem/internal/review/extract/linejoin"
)

// Page furniture. A PDF made from a word processor repeats a running header
// and footer on every page ("Master Services Agreement – Confidential",
// "Page 3 of 12", "עמוד 3 מתוך 12"), and pdftotext writes them into the
// text between the last line of one page and the first line of the next.
// Left there they cut the sentence that runs across the page break in two
// paragraphs, and a reader of the report finds "Page 3 of 12" inside a
// quoted clause. stripFurniture removes them and joins the pages with a
// plain line break, so that the paragraph heuristic decides, as on any
// other line, whether the text goes on across the page.
//
// A line is furniture when it stands among the first or the last
// furnitureLines non-blank lines of a page and either
//   - reads as a page number ("3", "- 3 -", "Page 3 of 12", "3/12",
//     "עמוד 3 מתוך 12", "עמ' 3"), or
//   - repeats, with its digits ignored, at the same end of at least half
//     of the pages (and of two pages at least), and is short
//     (maxFurniture characters at most) and opens with no clause marker:
//     a header or footer is a line, not a wrapped paragraph, and a
//     numbered line is text ("6.1 הספק יספק…" and "7.1 הספק יספק…" are
//     the same with their digits dropped).
//
// A document of one page has no running furniture to find; its text is
// left as it is.

// furnitureLines is how many non-blank lines at each end of a page may be
// furniture: a header or footer of two lines (a company name over a
// document number) is common, three is rare.
const furnitureLines = 2

// maxFurniture is the longest running header or footer, in characters.
const maxFurniture = 80

// stripFurniture returns pdftotext output without running headers, footers
// and page numbers, its pages joined by a line break.
func stripFurniture(out string, j *linejoin.Joiner) string {
	pages := strings.Split(out, "\f")
	if n := len(pages); n > 1 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1] // pdftotext ends the last page with a form feed
	}
	if len(pages) < 2 {
		return out
	}
	type edge struct{ top, bottom []int } // line indexes of the candidates
	lines := make([][]string, len(pages))
	edges := make([]edge, len(pages))
	topCount, bottomCount := map[string]int{}, map[string]int{}
	for p, page := range pages {
		lines[p] = strings.Split(page, "\n")
		var nonBlank []int
		for i, l := range lines[p] {
			if furnitureKey(l) != "" {
				nonBlank = append(nonBlank, i)
			}
		}
		k := min(furnitureLines, len(nonBlank))
		edges[p].top = nonBlank[:k]
		edges[p].bottom = nonBlank[len(nonBlank)-k:]
		// Count each text once per page and end: a two-line footer whose
		// lines are the same after digits are dropped is one repetition.
		seen := map[string]bool{}
		for _, i := range edges[p].top {
			if key := furnitureKey(lines[p][i]); !seen[key] {
				seen[key] = true
				topCount[key]++
			}
		}
		seen = map[string]bool{}
		for _, i := range edges[p].bottom {
			if key := furnitureKey(lines[p][i]); !seen[key] {
				seen[key] = true
				bottomCount[key]++
			}
		}
	}
	need := max(2, (len(pages)+1)/2)
	furniture := func(l string, count map[string]int) bool {
		key := furnitureKey(l)
		if pageNumber(key) {
			return true
		}
		t := strings.TrimSpace(l)
		return count[key] >= need && utf8.RuneCountInString(key) <= maxFurniture && j.MarkerPrefix(t) == ""
	}
	var b strings.Builder
	b.Grow(len(out))
	for p := range pages {
		drop := map[int]bool{}
		for _, i := range edges[p].top {
			if furniture(lines[p][i], topCount) {
				drop[i] = true
			}
		}
		for _, i := range edges[p].bottom {
			if furniture(lines[p][i], bottomCount) {
				drop[i] = true
			}
		}
		// The page's own lines, without the blank lines at its two ends:
		// the page break is a line break, not the end of a paragraph.
		kept := make([]string, 0, len(lines[p]))
		for i, l := range lines[p] {
			if !drop[i] {
				kept = append(kept, l)
			}
		}
		for len(kept) > 0 && strings.TrimSpace(kept[0]) == "" {
			kept = kept[1:]
		}
		for len(kept) > 0 && strings.TrimSpace(kept[len(kept)-1]) == "" {
			kept = kept[:len(kept)-1]
		}
		if len(kept) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(strings.Join(kept, "\n"))
	}
	b.WriteByte('\n')
	return b.String()
}

// furnitureKey is the text a running header or footer keeps from page to
// page: the line without bidi marks and with every run of digits as "#",
// spaces collapsed, letters folded to lower case. It is "" for a blank
// line.
func furnitureKey(l string) string {
	var b strings.Builder
	space, digit := false, false
	for _, r := range l {
		switch {
		case isBidiControl(r):
			continue
		case unicode.IsSpace(r):
			space, digit = b.Len() > 0, false
			continue
		case unicode.IsDigit(r):
			if digit {
				continue
			}
			r, digit = '#', true
		default:
			digit = false
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// pageNumber reports whether a furniture key is a page number alone:
// "#", "- # -", "page #", "page # of #", "#/#", "# of #", "p. #",
// "עמוד #", "עמוד # מתוך #", "עמ' #", in either order of a right-to-left
// line.
func pageNumber(key string) bool {
	fields := strings.Fields(strings.NewReplacer("/", " / ", "|", " ").Replace(strings.Trim(key, "-–— ")))
	if len(fields) == 0 {
		return false
	}
	numbers := 0
	for _, f := range fields {
		switch f {
		case "#":
			numbers++
		case "page", "p.", "pg.", "pp.", "of", "/", "עמוד", "עמ'", "עמ", "מתוך", "דף", "מ-":
		default:
			return false
		}
	}
	return numbers >= 1 && numbers <= 2
}
