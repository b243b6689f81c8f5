package docgen

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const (
	dejavu     = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
	notoHebrew = "/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf"
)

func needFile(t testing.TB, path, pkg string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%v: install %s", err, pkg)
		}
		t.Skipf("SKIP: %v (Debian package %s)", err, pkg)
	}
	return b
}

func TestFontCoverage(t *testing.T) {
	for _, tc := range []struct {
		path, pkg  string
		has, lacks string
	}{
		{dejavu, "fonts-dejavu-core", "אתA9₪(", ""},
		{notoHebrew, "fonts-noto-core", "אתשׁ", "A9"},
	} {
		cov, err := fontCoverage(needFile(t, tc.path, tc.pkg))
		if err != nil {
			t.Fatalf("%s: %v", tc.path, err)
		}
		for _, r := range tc.has {
			if !cov.has(r) {
				t.Errorf("%s: no glyph for %q", filepath.Base(tc.path), r)
			}
		}
		for _, r := range tc.lacks {
			if cov.has(r) {
				t.Errorf("%s: reports a glyph for %q", filepath.Base(tc.path), r)
			}
		}
		if cov.has(0x1F600) || cov.has(-1) {
			t.Error("coverage beyond the BMP")
		}
	}
}

func TestFontCoverageErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "too short"},
		{"otf", append([]byte("OTTO"), make([]byte, 20)...), "CFF"},
		{"text", []byte("this is not a font at all"), "not a TrueType font"},
		{"no tables", append([]byte{0, 1, 0, 0, 0, 0}, make([]byte, 6)...), "no Unicode BMP character map"},
		{"table outside", append([]byte{0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0}, []byte("cmap\x00\x00\x00\x00\x00\x00\xff\xff\x00\x00\x00\x10")...), "outside the file"},
	} {
		_, err := fontCoverage(tc.data)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error = %v, want %q", tc.name, err, tc.want)
		}
	}
}

func FuzzFontCoverage(f *testing.F) {
	if b, err := os.ReadFile(dejavu); err == nil {
		f.Add(b[:min(len(b), 4096)])
	}
	f.Add([]byte{0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 'c', 'm', 'a', 'p', 0, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, 30,
		0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12, 0, 4, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		cov, err := fontCoverage(data)
		if err == nil && cov == nil {
			t.Fatal("nil coverage without an error")
		}
	})
}

func TestPickFcList(t *testing.T) {
	out := []byte(`/fonts/b/Sans-Bold.ttf: Sans:style=Bold
/fonts/a/Sans-Oblique.ttf: Sans:style=Oblique
/fonts/a/Sans.otf: Sans:style=Regular
/fonts/c/Sans-Regular.ttf: Sans:style=Regular,Book
`)
	r, b := pickFcList(out)
	if r != "/fonts/c/Sans-Regular.ttf" || b != "/fonts/b/Sans-Bold.ttf" {
		t.Errorf("pickFcList = %q, %q", r, b)
	}
	if r, b := pickFcList([]byte("/x/Only-Bold.ttf: X:style=Bold\n")); r != "" || b != "" {
		t.Errorf("no regular face: got %q, %q", r, b)
	}
}

func TestFindFonts(t *testing.T) {
	needFont(t)
	r, b, err := FindFonts()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{r, b} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		cov, err := fontCoverage(data)
		if err != nil || !cov.has('א') {
			t.Errorf("%s: no Hebrew (%v)", p, err)
		}
	}
}

// TestPDFNotoFallback: Noto Sans Hebrew has no Latin letters or digits;
// the writer completes it with an installed fallback, and the text still
// reads back.
func TestPDFNotoFallback(t *testing.T) {
	needFile(t, notoHebrew, "fonts-noto-core")
	needTool(t, "pdftotext", "poppler-utils")
	opt := PDFOptions{FontPath: notoHebrew, BoldFontPath: strings.Replace(notoHebrew, "Regular", "Bold", 1)}
	path := writePDFFile(t, opt, sampleHebrew())
	text := pdfText(t, path)
	for _, w := range []string{"במערכת CRM מבוססת Salesforce.", "ביום 1.3.2026"} {
		if !strings.Contains(text, w) {
			t.Errorf("pdftotext lacks %q", w)
		}
	}
	if p, err := exec.LookPath("pdffonts"); err == nil {
		out, _ := exec.Command(p, path).Output()
		if n := strings.Count(string(out), "CID TrueType"); n < 3 {
			t.Errorf("pdffonts lists %d embedded fonts, want the Hebrew pair and a fallback:\n%s", n, out)
		}
	}
}

func TestPDFFontErrors(t *testing.T) {
	dir := t.TempDir()
	notFont := filepath.Join(dir, "x.ttf")
	if err := os.WriteFile(notFont, []byte("not a font, just text long enough"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path, want string
	}{
		{filepath.Join(dir, "missing.ttf"), "read font"},
		{notFont, "not a TrueType font"},
	} {
		err := WritePDF(&bytes.Buffer{}, PDFOptions{FontPath: tc.path}, sampleHebrew())
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("font %s: error = %v, want %q", tc.path, err, tc.want)
		}
	}
}

func TestBoldSibling(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"A-Regular.ttf", "A-Bold.ttf", "B.ttf", "B-Bold.ttf", "C.ttf"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for in, want := range map[string]string{"A-Regular.ttf": "A-Bold.ttf", "B.ttf": "B-Bold.ttf", "C.ttf": "C.ttf"} {
		if got := boldSibling(filepath.Join(dir, in)); got != filepath.Join(dir, want) {
			t.Errorf("boldSibling(%s) = %s, want %s", in, filepath.Base(got), want)
		}
	}
}

func TestFindFontsChoice(t *testing.T) {
	none := func() (string, string) { return "", "" }
	_, _, err := findFonts(nil, none)
	if !errors.Is(err, ErrNoFont) || !strings.Contains(err.Error(), "fonts-dejavu-core") || !strings.Contains(err.Error(), "fonts-noto-core") {
		t.Errorf("no fonts: error = %v, want ErrNoFont naming the Debian packages", err)
	}
	dir := t.TempDir()
	reg := filepath.Join(dir, "R.ttf")
	if err := os.WriteFile(reg, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.ttf")
	r, b, err := findFonts([]fontFamily{{missing, missing, "a"}, {reg, missing, "b"}}, none)
	if err != nil || r != reg || b != reg {
		t.Errorf("family without bold: %q, %q, %v; want the regular file twice", r, b, err)
	}
	r, b, err = findFonts(nil, func() (string, string) { return "/fc/R.ttf", "/fc/B.ttf" })
	if err != nil || r != "/fc/R.ttf" || b != "/fc/B.ttf" {
		t.Errorf("fc-list fallback: %q, %q, %v", r, b, err)
	}
}
