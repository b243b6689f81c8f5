package docgen

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
)

// PDFOptions chooses the fonts of a PDF. Both paths name TrueType (.ttf)
// files; an empty FontPath means the system fonts FindFonts finds at run
// time, an empty BoldFontPath the "-Bold" file beside FontPath (or FontPath
// itself).
// The font is embedded (subset to the characters used), never shipped with
// the program.
type PDFOptions struct {
	FontPath, BoldFontPath string
}

// ErrNoFont is returned (wrapped) when no font with Hebrew letters is
// installed and none was given.
var ErrNoFont = errors.New("no TrueType font with Hebrew letters found")

// fontFamily is a system font that has Hebrew, Latin letters and digits,
// or, with fallback, Hebrew alone.
type fontFamily struct {
	regular, bold string
	pkg           string // the Debian package that installs it
}

// fontFamilies are tried in order. DejaVu Sans covers everything an
// agreement holds (Hebrew, Latin, digits, ₪) in one face; Noto Sans Hebrew
// has Hebrew only and is completed by a Latin fallback (latinFallbacks).
var fontFamilies = []fontFamily{
	{"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "fonts-dejavu-core"},
	{"/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSansHebrew-Bold.ttf", "fonts-noto-core"},
	{"/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf", "fonts-liberation2"},
	{"/usr/share/fonts/truetype/freefont/FreeSans.ttf", "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf", "fonts-freefont-ttf"},
}

// latinFallbacks supply the characters a Hebrew-only font lacks.
var latinFallbacks = []fontFamily{
	{"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf", "fonts-noto-core"},
	fontFamilies[0],
	fontFamilies[2],
	fontFamilies[3],
}

// FindFonts returns a regular and a bold TrueType font with Hebrew letters
// installed on this machine: DejaVu Sans (Debian fonts-dejavu-core), Noto
// Sans Hebrew (fonts-noto-core), Liberation Sans (fonts-liberation2) or
// FreeSans, else whatever `fc-list :lang=he` lists. bold is regular when
// the family has no bold file. The error, when there is none, says which
// package to install.
func FindFonts() (regular, bold string, err error) {
	return findFonts(fontFamilies, fcListHebrew)
}

func findFonts(families []fontFamily, fcList func() (string, string)) (regular, bold string, err error) {
	for _, f := range families {
		if isFile(f.regular) {
			if !isFile(f.bold) {
				return f.regular, f.regular, nil
			}
			return f.regular, f.bold, nil
		}
	}
	if r, b := fcList(); r != "" {
		return r, b, nil
	}
	return "", "", fmt.Errorf("%w: install fonts-dejavu-core or fonts-noto-core (apt-get install fonts-dejavu-core), or give the path of a .ttf font", ErrNoFont)
}

func isFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// fcListHebrew asks fontconfig for TrueType files with Hebrew; it returns
// empty strings when fc-list is missing or finds none.
func fcListHebrew() (regular, bold string) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "fc-list", ":lang=he", "file", "style").Output()
	if err != nil {
		return "", ""
	}
	return pickFcList(out)
}

// pickFcList chooses from fc-list output ("path: style=Regular,Book") the
// first upright regular and bold .ttf files, in sorted order so the choice
// does not depend on fontconfig's cache order.
func pickFcList(out []byte) (regular, bold string) {
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	slices.Sort(lines)
	for _, l := range lines {
		path, style, _ := strings.Cut(l, ":")
		path = strings.TrimSpace(path)
		if !strings.EqualFold(filepath.Ext(path), ".ttf") {
			continue
		}
		style = strings.ToLower(style)
		switch {
		case strings.Contains(style, "italic") || strings.Contains(style, "oblique"):
		case strings.Contains(style, "bold"):
			if bold == "" {
				bold = path
			}
		case strings.Contains(style, "regular") || strings.Contains(style, "book"):
			if regular == "" {
				regular = path
			}
		}
	}
	if regular == "" {
		return "", ""
	}
	if bold == "" {
		bold = regular
	}
	return regular, bold
}

// textStyle is how a piece of text is drawn.
type textStyle struct {
	size float64 // points
	bold bool
	gray bool
}

// face is one font registered in the PDF.
type face struct {
	family string
	cov    *coverage
}

// pdfFonts measures and draws text with a primary font and, for characters
// it lacks, fallback fonts, per character.
type pdfFonts struct {
	pdf   *fpdf.Fpdf
	faces [2][]face // [regular, bold]; primary first
	// current font, so that repeated measuring does not reselect it
	curFamily string
	curBold   bool
	curSize   float64
}

// loadFonts registers the primary font pair in pdf and adds fallback faces
// for the characters of text the primary font does not have. It fails when
// a Hebrew or Latin letter or a digit of text has no glyph in any font.
func loadFonts(pdf *fpdf.Fpdf, opt PDFOptions, text string) (*pdfFonts, error) {
	reg, bold := opt.FontPath, opt.BoldFontPath
	if reg == "" {
		var err error
		if reg, bold, err = FindFonts(); err != nil {
			return nil, fmt.Errorf("docgen: pdf: %w", err)
		}
	}
	if bold == "" {
		bold = boldSibling(reg)
	}
	f := &pdfFonts{pdf: pdf}
	if err := f.add(reg, bold); err != nil {
		return nil, err
	}
	missing := f.missing(text)
	for _, fb := range latinFallbacks {
		if len(missing) == 0 {
			break
		}
		if fb.regular == reg || !isFile(fb.regular) {
			continue
		}
		cov, err := coverageOf(fb.regular)
		if err != nil || !coversAny(cov, missing) {
			continue
		}
		fbBold := fb.bold
		if !isFile(fbBold) {
			fbBold = fb.regular
		}
		if err := f.add(fb.regular, fbBold); err != nil {
			return nil, err
		}
		missing = f.missing(text)
	}
	for _, r := range missing {
		if isLetterOrDigit(r) {
			return nil, fmt.Errorf("docgen: pdf: font %s has no glyph for %q (U+%04X) and no installed fallback has one; give a font that does (DejaVu Sans, Debian fonts-dejavu-core, has Hebrew and Latin)", reg, r, r)
		}
	}
	return f, nil
}

// boldSibling guesses the bold file of a regular font named like
// "NotoSansHebrew-Regular.ttf" or "DejaVuSans.ttf"; it returns regular
// itself when there is none.
func boldSibling(regular string) string {
	ext := filepath.Ext(regular)
	stem := strings.TrimSuffix(regular, ext)
	for _, c := range []string{strings.Replace(stem, "Regular", "Bold", 1) + ext, stem + "-Bold" + ext} {
		if c != regular && isFile(c) {
			return c
		}
	}
	return regular
}

// isLetterOrDigit is what must never be drawn as an empty box: Hebrew and
// Latin letters and digits.
func isLetterOrDigit(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 'א' && r <= 'ת'
}

func coversAny(c *coverage, rs []rune) bool {
	for _, r := range rs {
		if c.has(r) {
			return true
		}
	}
	return false
}

func coverageOf(path string) (*coverage, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return fontCoverage(b)
}

// add registers a regular/bold pair as the next face.
func (f *pdfFonts) add(reg, bold string) error {
	family := fmt.Sprintf("F%d", len(f.faces[0]))
	for i, path := range []string{reg, bold} {
		b, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("docgen: pdf: read font: %w", err)
		}
		cov, err := fontCoverage(b)
		if err != nil {
			return fmt.Errorf("docgen: pdf: font %s: %w", path, err)
		}
		style := ""
		if i == 1 {
			style = "B"
		}
		f.pdf.AddUTF8FontFromBytes(family, style, b)
		if err := f.pdf.Error(); err != nil {
			return fmt.Errorf("docgen: pdf: font %s: %w", path, err)
		}
		f.faces[i] = append(f.faces[i], face{family: family, cov: cov})
	}
	return nil
}

// missing lists the distinct characters of text (spaces aside) that no
// regular or bold face has.
func (f *pdfFonts) missing(text string) []rune {
	seen := map[rune]bool{}
	var out []rune
	for _, r := range text {
		if r == ' ' || seen[r] {
			continue
		}
		seen[r] = true
		if f.faceFor(r, false) < 0 || f.faceFor(r, true) < 0 {
			out = append(out, r)
		}
	}
	return out
}

// faceFor is the index of the first face with r, or -1.
func (f *pdfFonts) faceFor(r rune, bold bool) int {
	faces := f.faces[b2i(bold)]
	for i, fc := range faces {
		if fc.cov.has(r) {
			return i
		}
	}
	return -1
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// use selects face i in style st.
func (f *pdfFonts) use(i int, st textStyle) {
	fam := f.faces[b2i(st.bold)][i].family
	if fam == f.curFamily && st.bold == f.curBold && st.size == f.curSize {
		return
	}
	style := ""
	if st.bold {
		style = "B"
	}
	f.pdf.SetFont(fam, style, st.size)
	f.curFamily, f.curBold, f.curSize = fam, st.bold, st.size
}

// pieces splits s into stretches drawn with one face each.
func (f *pdfFonts) pieces(s string, bold bool, fn func(face int, s string)) {
	if len(f.faces[0]) == 1 {
		fn(0, s)
		return
	}
	start, cur := 0, -1
	for i, r := range s {
		fi := f.faceFor(r, bold)
		if fi < 0 || r == ' ' {
			fi = max(cur, 0) // spaces and missing glyphs stay with their neighbours
		}
		if cur >= 0 && fi != cur {
			fn(cur, s[start:i])
			start = i
		}
		cur = fi
	}
	if start < len(s) {
		fn(max(cur, 0), s[start:])
	}
}

// width is the advance of s in millimetres.
func (f *pdfFonts) width(s string, st textStyle) float64 {
	w := 0.0
	f.pieces(s, st.bold, func(i int, p string) {
		f.use(i, st)
		w += f.pdf.GetStringWidth(p)
	})
	return w
}

// draw writes s (already in display order) with its left end at x and its
// baseline at y.
func (f *pdfFonts) draw(x, y float64, s string, st textStyle) {
	f.pieces(s, st.bold, func(i int, p string) {
		f.use(i, st)
		f.pdf.Text(x, y, p)
		x += f.pdf.GetStringWidth(p)
	})
}
