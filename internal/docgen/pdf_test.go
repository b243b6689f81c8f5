package docgen

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/review/extract"
)

// needFont skips when the machine has no Hebrew font, except in CI.
func needFont(t testing.TB) {
	t.Helper()
	if _, _, err := FindFonts(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skipf("SKIP: %v", err)
	}
}

func writePDFFile(t *testing.T, opt PDFOptions, docs ...*Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := WritePDF(&b, opt, docs...); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// pdfText runs pdftotext and normalizes its output for comparison: the
// embedding marks it adds (U+202A–U+202E, U+200E, U+200F) are removed, the
// neutral characters it leaves at the edges of a left-to-right stretch
// inside Hebrew (in display order: " CRM" for "CRM ") are put back in
// logical order, and white space is collapsed.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(undoPopplerMarks(string(out))), " ")
}

// undoPopplerMarks removes pdftotext's bidi marks; a left-to-right
// embedding (U+202A … U+202C) inside Hebrew has its leading and trailing
// neutrals in display order, so they are moved to the logical side.
func undoPopplerMarks(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; r {
		case '\u202A':
			j := i + 1
			for j < len(rs) && rs[j] != '\u202C' {
				j++
			}
			b.WriteString(logicalLTR(rs[i+1 : j]))
			i = j
		case '\u202B', '\u202C', '\u202D', '\u202E', '\u200E', '\u200F':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func logicalLTR(rs []rune) string {
	neutral := func(r rune) bool { return strongDir(r) == 0 && (r < '0' || r > '9') && r != '₪' && r != '%' }
	a, z := 0, len(rs)
	for a < z && neutral(rs[a]) {
		a++
	}
	for z > a && neutral(rs[z-1]) {
		z--
	}
	lead, core, trail := slices.Clone(rs[:a]), rs[a:z], slices.Clone(rs[z:])
	slices.Reverse(lead)
	slices.Reverse(trail)
	return string(trail) + string(core) + string(lead)
}

// TestPDFTextLogicalOrder reads the PDF with Poppler's pdftotext: Hebrew
// comes back in logical order, with numbers, amounts, dates, e-mail
// addresses, Latin words and brackets where the author put them.
func TestPDFTextLogicalOrder(t *testing.T) {
	needFont(t)
	needTool(t, "pdftotext", "poppler-utils")
	for _, tc := range []struct {
		name string
		docs []*Document
		want []string
	}{
		{"he", []*Document{sampleHebrew()}, []string{
			"שנערך ונחתם בתל אביב ביום 1.3.2026",
			`1.1 "השירותים" – שירותי פיתוח, הטמעה ותמיכה במערכת CRM מבוססת Salesforce.`,
			`2.1 הלקוח ישלם לספק תמורה בסך ₪120,000 בתוספת מע"מ כדין, בשלושה תשלומים.`,
			"(א) 40% (ארבעים אחוזים) במועד חתימת ההסכם;",
			"(ב) 60% (שישים אחוזים) עם אישור מסירת אבן הדרך השנייה (Milestone 2).",
			"3.1 איש הקשר מטעם הספק הוא יעל כהן, yael@dafna.co.il, טלפון 03-5551234.",
			"2.3 איחור בתשלום יישא ריבית בשיעור 1% לחודש,",
			`(להלן: "הספק")`,
			"עמוד 1 מתוך 1",
		}},
		{"en", []*Document{sampleEnglish()}, []string{
			"2.1 The Client shall pay the Supplier ₪120,000 plus VAT at the lawful rate, in three installments.",
			"(a) 40% (forty percent) on signing this Agreement;",
			"3.1 The Supplier's contact is Yael Cohen, yael@dafna.co.il, phone 03-5551234.",
			"Page 1 of 1",
		}},
		// On a page with an English and a Hebrew column Poppler takes the
		// page to be left to right and gives the Hebrew lines' words in
		// display order: only whole words and the English are checked.
		{"pair", []*Document{sampleHebrew(), sampleEnglish()}, []string{
			"Software Development", "הסכם למתן שירותי פיתוח", "הלקוח ישלם לספק תמורה",
			"2.1 The Client shall pay the Supplier ₪120,000 plus VAT at the lawful rate, in three installments.",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := pdfText(t, writePDFFile(t, PDFOptions{}, tc.docs...))
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("pdftotext lacks %q\n%s", w, text)
				}
			}
			for _, reversed := range []string{"םכסה", "קפסה", ")א(", "0002.3.1"} {
				if strings.Contains(text, reversed) {
					t.Errorf("pdftotext has %q: text in display order", reversed)
				}
			}
		})
	}
}

// TestPDFExtractRoundTrip reads the PDF with the project's extractor and
// compares it with WriteText word by word. Known differences, removed
// before comparing: the running header (the title) and footer (footer
// text, "עמוד N מתוך M") on every page; and the signature table, which
// pdftotext reads row by row across the party columns where WriteText
// lists one party after the other, so its words are compared as a set.
// Line joins differ too (the extractor joins a party with the "לבין:"
// after it), which a word comparison ignores.
func TestPDFExtractRoundTrip(t *testing.T) {
	needFont(t)
	needTool(t, "pdftotext", "poppler-utils")
	for _, tc := range []struct {
		d     *Document
		pages int
	}{{sampleHebrew(), 1}, {sampleEnglish(), 1}, {largeDocument(LangHebrew), 24}} {
		d := tc.d
		p, err := prepare([]*Document{d})
		if err != nil {
			t.Fatal(err)
		}
		got, err := extract.File(context.Background(), writePDFFile(t, PDFOptions{}, d), extract.DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		// Page furniture is a paragraph of its own (pdftotext separates it
		// by blank lines); the title is the first page's header and title.
		furniture := map[string]bool{p[0].footer: true, pdfTitle(p[0]): true}
		for n := 1; n <= got.Pages; n++ {
			furniture[p[0].labels.pageLabel(strconv.Itoa(n), strconv.Itoa(got.Pages))] = true
		}
		var words []string
		for _, para := range strings.Split(got.Text, "\n") {
			if !furniture[para] {
				words = append(words, strings.Fields(para)...)
			}
		}
		var sigs []string
		n := 0
		for _, b := range p[0].blocks[1:] { // the title went with the page headers
			want := strings.Fields(b.line())
			if n+len(want) > len(words) {
				t.Fatalf("%s: text ends before %s", d.Lang, b.where)
			}
			got := words[n : n+len(want)]
			n += len(want)
			if slices.Equal(got, want) {
				continue
			}
			// Poppler's known limit: in an English line, the brackets and
			// numbers next to a Hebrew phrase come out in display order
			// ("(2 )אבן דרך." for "(אבן דרך 2)."). Such a paragraph must
			// still hold the same letters and digits.
			if mixed(b.text) && sameChars(got, want) {
				continue
			}
			t.Errorf("%s: %s reads back as %q, want %q", d.Lang, b.where, strings.Join(got, " "), strings.Join(want, " "))
		}
		for _, s := range p[0].sigs {
			for _, l := range signatureLines(s, p[0].labels) {
				sigs = append(sigs, strings.Fields(l)...)
			}
		}
		if len(words)-n != len(sigs) {
			t.Fatalf("%s: %d words after the clauses, want the %d of the signature table", d.Lang, len(words)-n, len(sigs))
		}
		gotSigs := slices.Clone(words[n:])
		slices.Sort(gotSigs)
		slices.Sort(sigs)
		if !slices.Equal(gotSigs, sigs) {
			t.Errorf("%s: signature words %q, want %q", d.Lang, gotSigs, sigs)
		}
		if got.Pages != tc.pages {
			t.Errorf("%s: %d pages, want %d", d.Lang, got.Pages, tc.pages)
		}
	}
}

// mixed reports whether s has Hebrew and Latin letters.
func mixed(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return strongDir(r) < 0 }) &&
		strings.ContainsFunc(s, func(r rune) bool { return strongDir(r) > 0 })
}

// sameChars reports whether two word lists hold the same characters,
// brackets and spaces aside, in any order.
func sameChars(a, b []string) bool {
	chars := func(ws []string) []rune {
		var rs []rune
		for _, r := range strings.Join(ws, "") {
			if !strings.ContainsRune("()[] ", r) {
				rs = append(rs, r)
			}
		}
		slices.Sort(rs)
		return rs
	}
	return slices.Equal(chars(a), chars(b))
}

// TestPDFRender draws page 1 with Poppler's pdftoppm at 60 dpi and checks
// where the ink is: Hebrew lines end at the right margin, English lines
// start at the left one. (Look at the PNG itself with DOCGEN_PNG=dir.)
func TestPDFRender(t *testing.T) {
	needFont(t)
	pdftoppm := needTool(t, "pdftoppm", "poppler-utils")
	for _, d := range []*Document{sampleHebrew(), sampleEnglish()} {
		pdf := writePDFFile(t, PDFOptions{}, d)
		prefix := filepath.Join(t.TempDir(), "page")
		if out, err := exec.Command(pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", pdf, prefix).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v %s", err, out)
		}
		matches, _ := filepath.Glob(prefix + "*.png")
		if len(matches) != 1 {
			t.Fatalf("pdftoppm made %v", matches)
		}
		if dir := os.Getenv("DOCGEN_PNG"); dir != "" {
			data, _ := os.ReadFile(matches[0])
			_ = os.WriteFile(filepath.Join(dir, d.Lang+".png"), data, 0o644)
		}
		f, err := os.Open(matches[0])
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		b := img.Bounds()
		var lefts, rights []int
		for y := b.Min.Y + b.Dy()/8; y < b.Min.Y+b.Dy()/2; y++ { // the body, below the title
			l, r := -1, -1
			for x := b.Min.X; x < b.Max.X; x++ {
				if c, _, _, _ := img.At(x, y).RGBA(); c < 0x8000 {
					if l < 0 {
						l = x
					}
					r = x
				}
			}
			if l >= 0 {
				lefts, rights = append(lefts, l), append(rights, r)
			}
		}
		if len(lefts) < 40 {
			t.Fatalf("%s: only %d rows with ink: the page is nearly blank", d.Lang, len(lefts))
		}
		slices.Sort(lefts)
		slices.Sort(rights)
		// The right margin is 20 mm of 210: text ends at 90% of the width.
		w := float64(b.Dx())
		medR, medL := float64(rights[len(rights)/2])/w, float64(lefts[len(lefts)/2])/w
		if d.Lang == LangHebrew && (medR < 0.88 || medR > 0.92) {
			t.Errorf("Hebrew lines end at %.2f of the width, want the right margin (0.90)", medR)
		}
		if d.Lang == LangEnglish && (medL < 0.08 || medL > 0.12) {
			t.Errorf("English lines start at %.2f of the width, want the left margin (0.10)", medL)
		}
	}
}

func TestPDFDeterministic(t *testing.T) {
	needFont(t)
	var a, b bytes.Buffer
	if err := WritePDF(&a, PDFOptions{}, sampleHebrew()); err != nil {
		t.Fatal(err)
	}
	if err := WritePDF(&b, PDFOptions{}, sampleHebrew()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of one document differ")
	}
	if !bytes.Contains(a.Bytes(), []byte("D:20260301000000")) {
		t.Error("the PDF creation date is not the document's date")
	}
}
