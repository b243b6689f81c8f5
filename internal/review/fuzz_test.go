package review

import (
	"context"
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// FuzzReview checks that any text yields a valid report: no panic, every
// offset inside the text, every quote equal to the text at its offsets, the
// four steps with all their items.
func FuzzReview(f *testing.F) {
	for _, s := range []string{
		"",
		"1. התמורה\n1.1 הלקוח ישלם לספק 5,000 ₪ בשוטף + 30.\n",
		"הואיל ו\n(א) (ב)\nנספח א'\n",
		"1.1.1.1 \"X\" means (the \"Y\") 12.500,00 € net 30 1/2/2026 March 1, 2026",
		"\u202e\u200b\ufeff ש''ח 50 אלף ₪ %5 ליום",
		"Schedule 1\n___ [●] TBD XX\n(להלן: \"\n",
		"\xff\xfe\xfd",
		"ולראיה\n1.\n1.\n1.\n",
		"Signed for X: ____\nBy: __ Name: __\nAnnex A\n1. text text text text text\n",
		"Acme\nDear Ms. A:\nRe: x\n7. TERM.\n7.1 six months from forty-five days\n",
		"בין: א (להלן: \"ההפקה\")\nלבין: ב (להלן: \"הלקוח\")\n1.1 ההפקה תפיק. \"\"\"\n",
		"(להלן: \"ה\")ה ה ה\nשלושה חודשים חצי שנה לתקופה של שנה\n____ הלקוח ____ הספק\n",
	} {
		f.Add(s)
	}
	e, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rep, err := e.Review(context.Background(), Input{Name: "f.txt", Text: s})
		if err != nil {
			t.Fatal(err)
		}
		orig := []rune(s)
		n := utf8.RuneCountInString(s)
		if rep.Document.Characters != n {
			t.Fatalf("characters %d, want %d", rep.Document.Characters, n)
		}
		check := func(what string, start, end int, text string) {
			if start < 0 || end < start || end > n {
				t.Fatalf("%s offsets [%d,%d) outside [0,%d]", what, start, end, n)
			}
			if string(orig[start:end]) != text {
				t.Fatalf("%s text %q != text at offsets %q", what, text, string(orig[start:end]))
			}
		}
		if len(rep.Steps) != 4 {
			t.Fatalf("%d steps", len(rep.Steps))
		}
		for _, st := range rep.Steps {
			for _, it := range st.Items {
				for _, ev := range it.Evidence {
					check(it.ID, ev.Start, ev.End, ev.Text)
				}
			}
		}
		for _, it := range rep.Protections {
			for _, ev := range it.Evidence {
				check(it.ID, ev.Start, ev.End, ev.Text)
			}
		}
		for _, fd := range rep.Findings {
			check(fd.Kind, fd.Start, fd.End, fd.Text)
		}
		for _, a := range rep.Terms.Amounts {
			check("amount", a.Start, a.End, a.Text)
		}
		for _, d := range rep.Terms.Dates {
			check("date", d.Start, d.End, d.Text)
		}
		for _, d := range rep.Terms.Durations {
			check("duration", d.Start, d.End, d.Text)
		}
		for _, p := range rep.Terms.Parties {
			check("party", p.Start, p.End, p.Text)
		}
		if _, err := json.Marshal(rep); err != nil {
			t.Fatal(err)
		}
	})
}
