package pdf

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/review/extract/textdoc"
)

// Marks as pdftotext writes them, for readable test tables.
const (
	mRLE = "\u202B"
	mLRE = "\u202A"
	mPDF = "\u202C"
)

// TestRepairLine uses lines exactly as pdftotext 22.12 printed them for
// the Hebrew fixture made by LibreOffice.
func TestRepairLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{mRLE + "הסכם למתן שירותי תוכנה כשירות (" + mLRE + ")SaaS" + mPDF + mPDF, "הסכם למתן שירותי תוכנה כשירות (SaaS)"},
		{mRLE + "שנערך ונחתם בתל אביב ביום " + mLRE + " 1.3.2026" + mPDF + "בין" + mLRE + ":" + mPDF + mPDF, "שנערך ונחתם בתל אביב ביום 1.3.2026 בין:"},
		{mRLE + `דפנה מערכות בע"מ` + mLRE + " ," + mPDF + "ח" + mLRE + "." + mPDF + "פ" + mLRE + "( 514567890 ." + mPDF + "להלן" + mLRE + `" :` + mPDF + `הספק"); לבין` + mPDF,
			`דפנה מערכות בע"מ, ח.פ. 514567890 (להלן: "הספק"); לבין`},
		{mRLE + "הלקוח ישלם לספק דמי מנוי חודשיים בסך " + mLRE + " ₪12,500" + mPDF + `בתוספת מע"מ כדין` + mLRE + "." + mPDF + mPDF,
			`הלקוח ישלם לספק דמי מנוי חודשיים בסך ₪12,500 בתוספת מע"מ כדין.`},
		{mRLE + "החשבוניות ישולמו בתנאי שוטף " + mLRE + " 30 +" + mPDF + "ממועד קבלתן" + mLRE + "." + mPDF + mPDF, "החשבוניות ישולמו בתנאי שוטף + 30 ממועד קבלתן."},
		{mRLE + "מנהלת לקוחות" + mLRE + ".yael@dafna.co.il, 03-5551234 ," + mPDF + mPDF, "מנהלת לקוחות, yael@dafna.co.il, 03-5551234."},
		{mRLE + mLRE + ".1" + mPDF + mPDF, "1."},
		{mRLE + mLRE + ")2" + mPDF + mPDF, "2)"},
		{mRLE + "הספק" + mLRE + " ____________ :" + mPDF + "הלקוח" + mPDF, "הספק: ____________ הלקוח"},
		{"plain English line", "plain English line"},
		{"days ( 30 + " + mRLE + ")שוטף" + mPDF + ".", "days ( 30 + )שוטף."}, // Hebrew inside English: only unwrapped
		{"\u200Fמילה\u200E", "מילה"},
		{mRLE + "unterminated " + mLRE + "x", "unterminated x"},
	}
	for _, tt := range tests {
		if got := repairLine(tt.in); got != tt.want {
			t.Errorf("repairLine(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestParseInfo(t *testing.T) {
	info, err := parseInfo("Producer: LibreOffice 7.4\nPages:           12\nEncrypted:       no\n")
	if err != nil || info.pages != 12 {
		t.Errorf("parseInfo = %+v, %v; want 12 pages", info, err)
	}
	for _, bad := range []string{"Producer: x\n", "Pages: many\n", "Pages: 99999999999999\n"} {
		if _, err := parseInfo(bad); !errors.Is(err, textdoc.ErrCorrupt) {
			t.Errorf("parseInfo(%q) err = %v, want ErrCorrupt", bad, err)
		}
	}
}

func TestParagraphsFromOutput(t *testing.T) {
	out := mRLE + mLRE + "1.1" + mPDF + mPDF + "\n\n" + mRLE + `"השירות" – שירות ניהול` + mPDF + "\n" +
		mRLE + "מלאי בענן." + mPDF + "\n\f"
	c := textdoc.NewCollector(0)
	if err := New().Paragraphs(out, c); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range c.Blocks() {
		got = append(got, b.Text)
	}
	want := []string{`1.1 "השירות" – שירות ניהול מלאי בענן.`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestMissingTool(t *testing.T) {
	r := New().WithTools("heskem-no-such-pdftotext", "heskem-no-such-pdfinfo")
	_, err := r.Read(context.Background(), "x.pdf", textdoc.DefaultLimits(), textdoc.NewCollector(0))
	if !errors.Is(err, textdoc.ErrToolMissing) {
		t.Fatalf("err = %v, want ErrToolMissing", err)
	}
	if !strings.Contains(err.Error(), "install poppler-utils (apt-get install poppler-utils) to read PDF files") {
		t.Errorf("message %q lacks the install hint", err)
	}
}

func TestClassify(t *testing.T) {
	if err := classify("pdfinfo", "Command Line Error: Incorrect password\n", errors.New("exit 1")); !errors.Is(err, textdoc.ErrEncrypted) {
		t.Errorf("password error = %v", err)
	}
	err := classify("pdfinfo", "Syntax Warning: May not be a PDF file\nSyntax Error: Couldn't read xref table\n", errors.New("exit 1"))
	if !errors.Is(err, textdoc.ErrCorrupt) || !strings.Contains(err.Error(), "Couldn't read xref table") {
		t.Errorf("corrupt error = %v", err)
	}
}

// FuzzParagraphs runs arbitrary pdftotext-like output through the bidi
// repair and line joining: no panic, no bidi control left, every block on
// one line.
func FuzzParagraphs(f *testing.F) {
	f.Add(mRLE + "דפנה" + mLRE + "( 514567890 ." + mPDF + "להלן" + mPDF + "\n\n" + mRLE + mLRE + ".1" + mPDF + mPDF)
	f.Add("1.1\n\nThe Client\nshall pay.\f2.\n")
	f.Add(mPDF + mPDF + mLRE + mRLE + "\u2067x\u2069")
	f.Add("Agreement – Confidential\n\nThe Supplier shall\n\nPage 1 of 2\n\n\fAgreement – Confidential\n\nremain liable.\n\n- 2 -\n\n\f")
	r := New()
	f.Fuzz(func(t *testing.T, out string) {
		c := textdoc.NewCollector(0)
		if err := r.Paragraphs(out, c); err != nil {
			t.Fatal(err)
		}
		for _, b := range c.Blocks() {
			if strings.ContainsFunc(b.Text, isBidiControl) || strings.ContainsAny(b.Text, "\n\r") || b.Text == "" {
				t.Fatalf("bad block %q", b.Text)
			}
		}
	})
}

func TestHostileEmbeddingDepth(t *testing.T) {
	in := strings.Repeat(mRLE+mLRE, 500000) + "x"
	if got := repairLine(in); got != "x" {
		t.Errorf("got %q", got)
	}
}

// TestRightToLeftLineEdges feeds Paragraphs what pdftotext prints for a
// Hebrew page made by LibreOffice: the final period of a line comes first,
// the clause number that opens a paragraph comes last, and an opening
// quote that starts a line comes last. They must come back where the
// author put them, and the paragraphs must split at the clause numbers.
func TestRightToLeftLineEdges(t *testing.T) {
	const (
		rle, lre, pop = "\u202B", "\u202A", "\u202C"
	)
	raw := strings.Join([]string{
		rle + "הסכם זה מפרט את התנאים שלפיהם יספק נותן השירות שירותי ייעוץ" + pop,
		rle + lre + "." + pop + "ללקוח" + lre + " ," + pop + "ואת חובותיו של כל צד" + pop,
		rle + "סעיף " + lre + " .2" + pop + "היקף השירותים" + pop,
		rle + "נותן השירות מתחייב לספק ללקוח שירותי ייעוץ מקיפים בקשר " + lre + "2.1." + pop + pop,
		rle + lre + "." + pop + "לפעילותו העסקית של הלקוח" + pop,
		rle + "התמורה» — הסכום הכולל שעל הלקוח לשלם, כמפורט בסעיף «" + pop,
		rle + lre + "." + pop + "בסעיף " + lre + "3" + pop + pop,
		rle + "הספק ישלם את הסכום בקשר עם סעיף " + lre + "3.1" + pop + pop,
		rle + "הנזכר לעיל" + pop,
	}, "\n")
	c := textdoc.NewCollector(0)
	if err := New().Paragraphs(raw, c); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range c.Blocks() {
		got = append(got, b.Text)
	}
	want := []string{
		"הסכם זה מפרט את התנאים שלפיהם יספק נותן השירות שירותי ייעוץ ללקוח, ואת חובותיו של כל צד.",
		"סעיף 2. היקף השירותים",
		"2.1. נותן השירות מתחייב לספק ללקוח שירותי ייעוץ מקיפים בקשר לפעילותו העסקית של הלקוח.",
		"«התמורה» — הסכום הכולל שעל הלקוח לשלם, כמפורט בסעיף בסעיף 3.",
		"הספק ישלם את הסכום בקשר עם סעיף 3.1 הנזכר לעיל",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// repairLine repairs one line as Paragraphs does when it cannot tell
// whether the line opens a paragraph: a trailing clause number stays at
// the end.
func repairLine(line string) string {
	out, label := repairEdges(line)
	if label != "" {
		out += " " + label
	}
	return out
}
