package review

import (
	"context"
	"strings"
	"testing"
)

func findingsOf(rep *Report, kind string) []Finding {
	var out []Finding
	for _, f := range rep.Findings {
		if f.Kind == kind {
			out = append(out, f)
		}
	}
	return out
}

func TestHiddenControls(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		name, file, text string
		wantStart        []int
	}{
		{"override inside an amount", "a.txt", "הלקוח ישלם 185,0\u202e00 ₪.", []int{16}},
		{"a run of controls is one finding", "a.txt", "ab\u200b\u200fcd", []int{2}},
		{"isolate and mark", "a.txt", "\u2067x\u2069 y\u200e", []int{0, 2, 5}},
		{"byte-order mark at the start is an encoding signature", "a.txt", "\ufeffהסכם", nil},
		{"byte-order mark inside text", "a.txt", "הס\ufeffכם", []int{2}},
		{"pdf embeddings are extraction artifacts", "a.pdf", "\u202bשלום\u202c", nil},
		{"pdf overrides are still reported", "a.pdf", "\u202bשלום\u202e\u202c", []int{5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := e.Review(context.Background(), Input{Name: tt.file, Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			fs := findingsOf(rep, KindHiddenControl)
			if len(fs) != len(tt.wantStart) {
				t.Fatalf("findings = %+v, want starts %v", fs, tt.wantStart)
			}
			rs := []rune(tt.text)
			for i, f := range fs {
				if f.Start != tt.wantStart[i] || f.Severity != SeverityError {
					t.Errorf("finding %d at %d (%s), want %d error", i, f.Start, f.Severity, tt.wantStart[i])
				}
				if string(rs[f.Start:f.End]) != f.Text {
					t.Errorf("finding text %q does not match its offsets", f.Text)
				}
			}
			if len(fs) > 0 && rep.Verdict != VerdictNotReady {
				t.Errorf("verdict %s with hidden controls, want not_ready", rep.Verdict)
			}
		})
	}
}

func TestVagueTermsAndPlaceholders(t *testing.T) {
	e := newTestEngine(t)
	rep := review(t, e, "1. הספק ימסור את הקבצים בהקדם האפשרי.\n"+
		"2. התמורה תהיה ____ ש\"ח, והמועד [●].\n"+
		"3. The Supplier shall respond as soon as possible and use reasonable efforts; fee TBD.\n"+
		"ולראיה באו הצדדים על החתום: ____________\n")
	vague := findingsOf(rep, KindVagueTerm)
	var texts []string
	for _, f := range vague {
		texts = append(texts, f.Text)
		if f.Suggestion == "" {
			t.Errorf("vague %q without a rewrite", f.Text)
		}
	}
	for _, want := range []string{"בהקדם האפשרי", "as soon as possible", "reasonable efforts"} {
		if !containsString(texts, want) {
			t.Errorf("vague term %q not found in %q", want, texts)
		}
	}
	if containsString(texts, "בהקדם") {
		t.Errorf("the shorter phrase inside בהקדם האפשרי was reported separately: %q", texts)
	}
	var blanks []string
	for _, f := range findingsOf(rep, KindPlaceholder) {
		blanks = append(blanks, f.Text)
	}
	for _, want := range []string{"____", "[●]", "TBD"} {
		if !containsString(blanks, want) {
			t.Errorf("placeholder %q not found in %q", want, blanks)
		}
	}
	if len(blanks) != 3 {
		t.Errorf("placeholders = %q; the signature blank must not count", blanks)
	}
	if itemOf(rep, "clarity").Status != Partial {
		t.Errorf("clarity = %s with findings, want partial", itemOf(rep, "clarity").Status)
	}
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestInconsistentAmounts(t *testing.T) {
	e := newTestEngine(t)
	rep := review(t, e, "3.1 התמורה הכוללת בגין השירותים היא 50,000 ₪ בתוספת מע\"מ.\n"+
		"7.2 לשם הסר ספק, התמורה הכוללת היא 55,000 ₪ בתוספת מע\"מ.\n"+
		"8.1 פיצוי מוסכם של 500 ₪ לכל יום איחור.\n")
	fs := findingsOf(rep, KindInconsistentAmount)
	if len(fs) != 1 || !strings.Contains(fs[0].Text, "55,000") {
		t.Fatalf("inconsistent amounts = %+v, want one at 55,000", fs)
	}
	same := review(t, e, "3.1 התמורה הכוללת היא 50,000 ₪.\n7.2 התמורה הכוללת היא 50,000 ₪.\n")
	if fs := findingsOf(same, KindInconsistentAmount); len(fs) != 0 {
		t.Errorf("equal amounts reported: %+v", fs)
	}
}

func TestUndefinedTerms(t *testing.T) {
	e := newTestEngine(t)
	rep := review(t, e, "1. Definitions\n1.1 \"Services\" means the services in Exhibit A.\n"+
		"2.1 The Supplier shall meet the Acceptance Criteria for the Services.\n"+
		"2.2 Deliverables that fail the Acceptance Criteria are rejected.\n"+
		"2.3 The Services are provided in Israel under the Contracts Law.\n")
	fs := findingsOf(rep, KindUndefinedTerm)
	if len(fs) != 1 || fs[0].Text != "Acceptance Criteria" {
		t.Fatalf("undefined terms = %+v, want Acceptance Criteria only", fs)
	}
}

func TestInconsistentDates(t *testing.T) {
	e := newTestEngine(t)
	rep := review(t, e, "2.1 מועד תחילת העבודה: 1.3.2026.\n9.4 לשם הסר ספק, מועד תחילת העבודה הוא 15.3.2026.\n")
	fs := findingsOf(rep, KindInconsistentDate)
	if len(fs) != 1 || fs[0].Text != "15.3.2026" {
		t.Fatalf("inconsistent dates = %+v, want one at 15.3.2026", fs)
	}
	// A start and an end in one sentence are two dates, not one stated
	// twice: the start anchor belongs to the first.
	rep = review(t, e, "2.1 העבודות יחלו ביום 1.4.2026 ויסתיימו לא יאוחר מיום 30.4.2026.\n")
	if fs := findingsOf(rep, KindInconsistentDate); len(fs) != 0 {
		t.Errorf("start and end in one clause: inconsistent dates = %+v, want none", fs)
	}
}

// TestUndefinedTermsOfficialNames checks that statute and authority names
// are not read as undefined defined terms, and that definitions written
// mid-sentence or by cross-reference count as definitions.
func TestUndefinedTermsOfficialNames(t *testing.T) {
	e := newTestEngine(t)
	cases := []struct {
		name, text string
		want       []string
	}{
		{"statutes", "5.1 The Supplier shall comply with the Protection of Privacy Law, 1981.\n" +
			"5.2 The Supplier shall comply with the Protection of Privacy Regulations (Data Security), 2017.\n" +
			"5.3 Notices may be sent to the Privacy Protection Authority and to the Tel Aviv District Court.\n" +
			"5.4 Disputes go to the Labour Court or to the Privacy Protection Authority.\n", nil},
		{"cross-reference", "1.1 Work Product has the meaning given in section 5.\n" +
			"2.1 The Work Product belongs to the Client.\n2.2 The Work Product is delivered by e-mail.\n", nil},
		{"mid-sentence", "5.1 In this section, \"Work Product\" means all deliverables.\n" +
			"5.2 The Work Product belongs to the Client.\n5.3 The Work Product is delivered by e-mail.\n", nil},
		{"still flagged", "2.1 The Supplier shall meet the Acceptance Criteria.\n" +
			"2.2 Deliverables that fail the Acceptance Criteria are rejected.\n" +
			"2.3 The Supplier complies with the Protection of Privacy Law, 1981.\n", []string{"Acceptance Criteria"}},
	}
	for _, c := range cases {
		var got []string
		for _, f := range findingsOf(review(t, e, c.text), KindUndefinedTerm) {
			got = append(got, f.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: undefined terms = %q, want %q", c.name, got, c.want)
		}
	}
}
