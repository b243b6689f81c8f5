package docgen

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/heskem/heskem/internal/review/extract"
)

func writeDOCX(t testing.TB, docs ...*Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteDOCX(&b, docs...); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestDOCXStructure opens the package the way a strict consumer would and
// checks the parts, relationships, content types, schema element order,
// numbering and right-to-left properties.
func TestDOCXStructure(t *testing.T) {
	for _, tc := range []struct {
		name string
		docs []*Document
	}{
		{"he", []*Document{sampleHebrew()}},
		{"en", []*Document{sampleEnglish()}},
		{"pair", []*Document{sampleHebrew(), sampleEnglish()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := openDOCX(writeDOCX(t, tc.docs...))
			if err != nil {
				t.Fatal(err)
			}
			for _, part := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
				"word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/header1.xml", "word/footer1.xml",
				"docProps/core.xml", "docProps/app.xml"} {
				if _, ok := p.files[part]; !ok {
					t.Errorf("missing part %s", part)
				}
			}
			for _, prob := range append(p.checkPackage(), p.checkOrder()...) {
				t.Error(prob)
			}
			checkNumbering(t, p, len(tc.docs))
			checkDirection(t, p, tc.docs)
			checkFooterFields(t, p)
		})
	}
}

// checkNumbering: every numbered paragraph refers to a w:num that exists
// and whose abstract definition has the level; headings are level 0 and
// the clause numbers are not typed into the text.
func checkNumbering(t *testing.T, p *docxPackage, ndocs int) {
	t.Helper()
	num := p.trees["word/numbering.xml"]
	abstracts := map[string]*node{}
	for _, a := range num.all("abstractNum") {
		abstracts[a.attr("abstractNumId")] = a
	}
	if len(abstracts) != ndocs {
		t.Errorf("%d abstract numbering definitions, want %d (one per document)", len(abstracts), ndocs)
	}
	nums := map[string]*node{}
	for _, n := range num.all("num") {
		nums[n.attr("numId")] = abstracts[n.child("abstractNumId").attr("val")]
	}
	for _, a := range abstracts {
		lvls := a.all("lvl")
		if len(lvls) != 9 || lvls[1].child("lvlText").attr("val") != "%1.%2" || lvls[0].child("lvlText").attr("val") != "%1." {
			t.Errorf("abstract %s: levels do not define 1. / 1.1", a.attr("abstractNumId"))
		}
	}
	doc := p.trees["word/document.xml"]
	headings, clauses := 0, 0
	for _, para := range doc.all("p") {
		ppr := para.child("pPr")
		if ppr == nil || ppr.child("numPr") == nil {
			continue
		}
		np := ppr.child("numPr")
		id, ilvl := np.child("numId").attr("val"), np.child("ilvl").attr("val")
		a, ok := nums[id]
		if !ok || a == nil {
			t.Errorf("paragraph refers to numId %s, which numbering.xml does not define", id)
			continue
		}
		switch style := ppr.child("pStyle").attr("val"); {
		case style == "Heading1" && ilvl == "0":
			headings++
		case strings.HasPrefix(style, "Clause") && style == "Clause"+ilvl:
			clauses++
		default:
			t.Errorf("paragraph of style %s has numbering level %s", style, ilvl)
		}
		if text := paragraphText(para); typedNumber.MatchString(text) {
			t.Errorf("numbered paragraph has its number typed: %q", text)
		}
	}
	if want := 3 * ndocs; headings != want {
		t.Errorf("%d numbered headings, want %d", headings, want)
	}
	if want := 8 * ndocs; clauses != want {
		t.Errorf("%d numbered clauses, want %d", clauses, want)
	}
}

// typedNumber is a clause number typed at the start of a paragraph.
var typedNumber = regexp.MustCompile(`^(\d+\.(\d+)?|\([\p{L}\d]{1,4}\))\s`)

func paragraphText(p *node) string {
	var b strings.Builder
	for _, tn := range p.all("t") {
		b.WriteString(tn.text)
	}
	return b.String()
}

// checkDirection: Hebrew paragraphs are w:bidi with w:rtl runs, the
// section and the signature table are right to left for a Hebrew
// document, the bilingual table is not (bidiVisual off), and English
// paragraphs carry no bidi at all.
func checkDirection(t *testing.T, p *docxPackage, docs []*Document) {
	t.Helper()
	doc := p.trees["word/document.xml"]
	styles := p.trees["word/styles.xml"]
	hebrewFirst := docs[0].Lang == LangHebrew
	if got := doc.child("body").child("sectPr").child("bidi") != nil; got != hebrewFirst {
		t.Errorf("sectPr/bidi = %v, want %v", got, hebrewFirst)
	}
	lang := styles.child("docDefaults").all("lang")
	if len(lang) != 1 || lang[0].attr("bidi") != "he-IL" {
		t.Error("docDefaults lack w:lang w:bidi=\"he-IL\"")
	}
	fonts := styles.child("docDefaults").all("rFonts")
	if len(fonts) != 1 || fonts[0].attr("cs") != docxFont || fonts[0].attr("ascii") != docxFont {
		t.Errorf("docDefaults fonts = %+v", fonts)
	}
	if len(styles.all("szCs")) == 0 || len(styles.all("bCs")) == 0 {
		t.Error("styles lack complex-script size and bold (szCs, bCs)")
	}
	var rtlParas, ltrParas, rtlRuns, hebrewInLTRRun int
	for _, para := range doc.all("p") {
		text := paragraphText(para)
		isBidi := para.child("pPr") != nil && para.child("pPr").child("bidi") != nil
		if strings.ContainsFunc(text, func(r rune) bool { return r >= 'א' && r <= 'ת' }) && strongDir([]rune(text)[0]) < 0 {
			if !isBidi {
				t.Errorf("Hebrew paragraph without w:bidi: %q", text)
			}
			rtlParas++
		} else if text != "" && strongDir([]rune(text)[0]) > 0 {
			if isBidi {
				t.Errorf("English paragraph with w:bidi: %q", text)
			}
			ltrParas++
		}
		for _, r := range para.all("r") {
			rt := r.child("t")
			if rt == nil {
				continue
			}
			isRTL := r.child("rPr") != nil && r.child("rPr").child("rtl") != nil
			if isRTL {
				rtlRuns++
			}
			if !isRTL && strings.ContainsFunc(rt.text, func(r rune) bool { return strongDir(r) < 0 }) {
				hebrewInLTRRun++
			}
		}
	}
	if hebrewInLTRRun > 0 {
		t.Errorf("%d runs hold Hebrew without w:rtl", hebrewInLTRRun)
	}
	hasHebrew, hasEnglish := false, false
	for _, d := range docs {
		hasHebrew = hasHebrew || d.Lang == LangHebrew
		hasEnglish = hasEnglish || d.Lang == LangEnglish
	}
	if hasHebrew && (rtlParas < 20 || rtlRuns < 20) {
		t.Errorf("Hebrew document: %d w:bidi paragraphs, %d w:rtl runs", rtlParas, rtlRuns)
	}
	if hasEnglish && ltrParas < 20 {
		t.Errorf("English document: %d left-to-right paragraphs", ltrParas)
	}
	tables := doc.all("tbl")
	if len(tables) != 1 {
		t.Fatalf("%d tables, want 1", len(tables))
	}
	visual := tables[0].child("tblPr").child("bidiVisual") != nil
	if want := len(docs) == 1 && hebrewFirst; visual != want {
		t.Errorf("table bidiVisual = %v, want %v", visual, want)
	}
}

// checkFooterFields: the footer has PAGE and NUMPAGES fields.
func checkFooterFields(t *testing.T, p *docxPackage) {
	t.Helper()
	var instr []string
	for _, n := range p.trees["word/footer1.xml"].all("instrText") {
		instr = append(instr, strings.TrimSpace(n.text))
	}
	if strings.Join(instr, ",") != "PAGE,NUMPAGES" {
		t.Errorf("footer fields = %v, want PAGE, NUMPAGES", instr)
	}
}

// TestDOCXRoundTrip reads the DOCX back with the review engine's extractor:
// the text, with Word numbering materialized, must be exactly WriteText's.
func TestDOCXRoundTrip(t *testing.T) {
	for _, d := range []*Document{sampleHebrew(), sampleEnglish(), largeDocument(LangHebrew)} {
		var want bytes.Buffer
		if err := WriteText(&want, d); err != nil {
			t.Fatal(err)
		}
		got, err := extract.Read(context.Background(), "a.docx", bytes.NewReader(writeDOCX(t, d)), extract.DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		if got.Text+"\n" != want.String() {
			t.Errorf("%s: extracted text differs from WriteText:\n%s", d.Lang, firstDiff([]byte(got.Text+"\n"), want.Bytes()))
		}
	}
}

func TestDOCXDeterministic(t *testing.T) {
	a, b := writeDOCX(t, sampleHebrew()), writeDOCX(t, sampleHebrew())
	if !bytes.Equal(a, b) {
		t.Error("two writes of one document differ")
	}
	d := sampleHebrew()
	d.Date = time.Time{}
	p, err := openDOCX(writeDOCX(t, d))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(p.files["docProps/core.xml"]), "created") {
		t.Error("a document without a date has a creation date")
	}
	if p, _ := openDOCX(a); !strings.Contains(string(p.files["docProps/core.xml"]), "2026-03-01T00:00:00Z") {
		t.Error("core properties lack the document date")
	}
}

// needTool skips a test when an external program is missing, except in CI,
// where it must be installed.
func needTool(t *testing.T, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing in CI: install the Debian package %s", name, pkg)
		}
		t.Skipf("SKIP: %s not installed (Debian package %s); this check did not run", name, pkg)
	}
	return p
}

// TestDOCXLibreOffice converts the DOCX with LibreOffice headless and
// reads the PDF it made: LibreOffice must accept the file, number the
// clauses from numbering.xml and lay the Hebrew out right to left.
func TestDOCXLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice conversion takes seconds")
	}
	soffice := needTool(t, "soffice", "libreoffice-writer-nogui")
	needTool(t, "pdftotext", "poppler-utils")
	dir := t.TempDir()
	for name, docs := range map[string][]*Document{"he": {sampleHebrew()}, "pair": {sampleHebrew(), sampleEnglish()}} {
		if err := os.WriteFile(filepath.Join(dir, name+".docx"), writeDOCX(t, docs...), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", dir, filepath.Join(dir, "he.docx"), filepath.Join(dir, "pair.docx"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"he", []string{"הסכם למתן שירותי פיתוח תוכנה", "2.1", "(א)", "הגדרות", "עמוד 1 מתוך 1", "40%"}},
		// Poppler reads the Hebrew column of a mixed page in display order,
		// so only words are checked there.
		{"pair", []string{"Software Development Services Agreement", "(a) 40% (forty percent) on signing this Agreement;", "Definitions", "הגדרות"}},
	} {
		pdf := filepath.Join(dir, tc.name+".pdf")
		if _, err := os.Stat(pdf); err != nil {
			t.Fatalf("LibreOffice made no PDF of %s.docx: %s", tc.name, out)
		}
		text := pdfText(t, pdf)
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: LibreOffice's PDF lacks %q", tc.name, w)
			}
		}
	}
}
