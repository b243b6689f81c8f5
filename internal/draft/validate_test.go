package draft

import (
	"fmt"
	"strings"
	"testing"
)

// want is one expected problem: its line, severity, field path and a part
// of its message or fix.
type want struct {
	line int
	sev  Severity
	path string
	text string
}

func checkProblems(t *testing.T, got Problems, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		t.Fatalf("got %d problems, want %d:\n%v", len(got), len(wants), got)
	}
	for i, w := range wants {
		g := got[i]
		if g.Line != w.line || g.Severity != w.sev || g.Path != w.path || !strings.Contains(g.Message+" "+g.Fix, w.text) {
			t.Errorf("problem %d = %v\nwant line %d %s %s containing %q", i, g, w.line, w.sev, w.path, w.text)
		}
		if g.Fix == "" {
			t.Errorf("problem %d has no fix: %v", i, g)
		}
	}
}

const (
	E = SeverityError
	W = SeverityWarning
)

func TestParseInvalidFiles(t *testing.T) {
	noID := func(line int, side string) want {
		return want{line, W, "parties." + side + ".id_number", "no registration number"}
	}
	tests := []struct {
		file  string
		wants []want
	}{
		{"milestone-after-end", []want{
			noID(7, "supplier"), noID(10, "client"),
			{22, E, "schedule.milestones[0].date", "milestone M1 is due 2026-05-15, after the end date 2026-04-30"},
			{26, E, "schedule.milestones[1].within", "falls at the earliest on 2026-05-27, after the end date 2026-04-30"},
			{29, E, "schedule.milestones[2].after", `did you mean "M1"?`},
		}},
		{"installments", []want{
			noID(7, "supplier"), noID(10, "client"),
			{25, E, "payment.installments", `change the last installment to "40000"`},
			{28, E, "payment.installments[1]", "exactly one trigger (found 2)"},
			{31, E, "payment.installments[2].milestone", `no milestone has the id "M3"`},
		}},
		{"contacts", []want{
			noID(7, "supplier"), noID(10, "client"),
			{23, E, "contacts", "the client has no contact"},
			{24, E, "contacts[0].email", "email is required"},
			{30, E, "contacts[0].backup.email", "is not an e-mail address"},
		}},
		{"unknown-fields", []want{
			{5, E, "title.eng", `did you mean "en"?`},
			noID(7, "supplier"), noID(10, "client"),
			{16, E, "schedual", `did you mean "schedule"?`},
			{22, E, "payment.model", `did you mean "fixed"?`},
			{26, E, "contacts[0].email", "email is required"},
			{26, E, "contacts[0].emial", `did you mean "email"?`},
		}},
		{"payment-law", []want{
			{9, E, "parties.supplier.id_number", "check digit"},
			{28, W, "payment.terms.days", "s.3(ז)"},
		}},
		{"state-payer", []want{
			noID(7, "supplier"), noID(10, "client"),
			{23, E, "payment.terms.days", "cannot be contracted out of"},
		}},
		{"types", []want{
			{5, E, "date", "write 2026-03-01"},
			noID(7, "supplier"),
			{9, E, "parties.supplier.signatories", "want a list"},
			noID(10, "client"),
			{18, E, "schedule.term", `duration "two weeks"`},
			{21, E, "payment.total", `write "12000"`},
			{22, E, "payment.terms.days", "want a whole number"},
			{24, E, "late_payment.interest.rate_percent", `without the % sign: "1.5"`},
			{26, E, "unforeseen.notice_within", "a duration of 0 days"},
		}},
		{"renewal-units", []want{
			noID(7, "supplier"), noID(10, "client"),
			{20, E, "schedule.renewal.period", "a renewal period in weeks"},
			{21, E, "schedule.renewal.notice", "a renewal notice in hours"},
		}},
		{"syntax", []want{{4, E, "", "YAML syntax"}}},
		{"empty", []want{{0, E, "", "the file is empty"}}},
		{"missing", []want{
			{2, E, "contacts", "contacts is required"},
			{2, E, "language", "language: he"},
			{2, E, "parties", "parties is required"},
			{2, E, "payment", "payment is required"},
			{2, E, "schedule", "schedule is required"},
			{2, E, "scope", "scope is required"},
			{2, E, "title", "title is required"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, probs := Parse(readFile(t, "../../testdata/draft/invalid/"+tt.file+".yaml"))
			checkProblems(t, probs, tt.wants)
			if _, err := Load(readFile(t, "../../testdata/draft/invalid/"+tt.file+".yaml")); err == nil {
				t.Error("Load accepted an invalid file")
			}
		})
	}
}

func TestValidFilesHaveNoErrors(t *testing.T) {
	for _, f := range validFiles(t) {
		var langs []string
		if strings.Contains(f, "time-and-materials") {
			langs = []string{"he", "en"}
		}
		a, probs := Parse(readFile(t, f), langs...)
		if a == nil || probs.HasErrors() {
			t.Errorf("%s:\n%v", f, probs)
		}
	}
}

// minimal is a valid agreement that the snippets below change.
func minimalWith(t *testing.T, from, to string) []byte {
	t.Helper()
	base := string(readFile(t, "../../testdata/draft/minimal.yaml"))
	out := strings.Replace(base, from, to, 1)
	if !strings.Contains(base, from) {
		t.Fatalf("%q is not in minimal.yaml", from)
	}
	return []byte(out)
}

func TestParseSnippets(t *testing.T) {
	tests := []struct {
		name     string
		from, to string
		langs    []string
		want     want
	}{
		{"repeated key", "language: he\n", "language: he\nlanguage: en\n", nil,
			want{5, E, "language", "appears twice"}},
		{"alias", "title: הסכם למתן שירותי עיצוב", "title: &t הסכם", nil,
			want{5, E, "title", "anchors and aliases"}},
		{"end before start", "end: 2026-05-31", "end: 2026-03-01", nil,
			want{22, E, "schedule.end", "is not after the start date"}},
		{"end and term", "end: 2026-05-31", "end: 2026-05-31\n  term: 2 months", nil,
			want{23, E, "schedule.term", "both end and term"}},
		{"float amount", `total: "12000"`, `total: 12000.5`, nil,
			want{25, E, "payment.total", `write "12000.5" in quotes`}},
		{"monthly fee on a fixed price", `total: "12000"`, "total: \"12000\"\n  monthly_fee: \"100\"", nil,
			want{26, E, "payment.monthly_fee", "belongs to retainer"}},
		{"penalty without milestones", "contacts:", "sanctions:\n  late_delivery: {amount: \"100\", per: day, cap_percent: \"5\"}\ncontacts:", nil,
			want{30, E, "sanctions.late_delivery", "the schedule has none"}},
		{"penalty without cap", "schedule:\n", "schedule:\n  milestones: [{id: M1, name: לוגו, date: 2026-04-20}]\n", nil,
			want{0, W, "", ""}},
		{"comma in a bilingual text", "title: הסכם למתן שירותי עיצוב", "title: {he: הסכם, שירותים, en: x}", nil,
			want{5, E, "title.שירותים", "put text with a comma in quotes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, probs := Parse(minimalWith(t, tt.from, tt.to), tt.langs...)
			var errs Problems
			for _, p := range probs {
				if p.Severity == E || !strings.HasPrefix(p.Path, "parties.") {
					errs = append(errs, p)
				}
			}
			if tt.want.text == "" {
				if errs.HasErrors() {
					t.Fatalf("unexpected errors:\n%v", errs)
				}
				return
			}
			checkProblems(t, errs, []want{tt.want})
		})
	}
}

func TestPenaltyWithoutCapWarns(t *testing.T) {
	src := minimalWith(t, "contacts:", "sanctions:\n  late_delivery: {amount: \"100\", per: day}\ncontacts:")
	src = []byte(strings.Replace(string(src), "  end: 2026-05-31", "  end: 2026-05-31\n  milestones: [{id: M1, name: לוגו, date: 2026-04-20}]", 1))
	_, probs := Parse(src)
	var found bool
	for _, p := range probs {
		if p.Path == "sanctions.late_delivery.cap_percent" {
			found = p.Severity == W && strings.Contains(p.Message, "s.15") && p.Line == 31
		}
	}
	if !found || probs.HasErrors() {
		t.Errorf("want one warning citing s.15 at line 31, no errors:\n%v", probs)
	}
}

func TestInstallmentPercentagesAbsorbRounding(t *testing.T) {
	p := Payment{Total: 1000000, Installments: []Installment{{Percent: 333333}, {Percent: 333333}, {Percent: 333334}}}
	var sum Money
	got := []Money{}
	for i := range p.Installments {
		got = append(got, p.InstallmentAmount(i))
		sum += got[i]
	}
	if sum != p.Total || got[0] != 333333 || got[2] != 333334 {
		t.Errorf("amounts %v add up to %d, want %d", got, sum, p.Total)
	}
}

func TestEveryTextNeedsEveryLanguage(t *testing.T) {
	src := readFile(t, "../../testdata/draft/minimal.yaml")
	_, probs := Parse(src, "he", "en")
	// minimal.yaml has 12 texts, all in Hebrew only.
	lines := []int{5, 8, 10, 12, 14, 16, 18, 19, 31, 32, 35, 36}
	var got []int
	for _, p := range probs.Errors() {
		if p.Message != "no English text" {
			t.Errorf("unexpected problem %v", p)
		}
		got = append(got, p.Line)
	}
	if fmt.Sprint(got) != fmt.Sprint(lines) {
		t.Errorf("problems on lines %v, want %v", got, lines)
	}
	if _, probs := Parse(src, "he"); probs.HasErrors() {
		t.Errorf("Hebrew alone: %v", probs)
	}
}

func TestPenaltyOfMilestoneNeedsInstallments(t *testing.T) {
	src := minimalWith(t, "contacts:", "sanctions:\n  late_delivery: {rate_percent: \"0.1\", of: milestone, per: day, cap_percent: \"5\"}\ncontacts:")
	src = []byte(strings.Replace(string(src), "  end: 2026-05-31", "  end: 2026-05-31\n  milestones: [{id: M1, name: לוגו, date: 2026-04-20}]", 1))
	_, probs := Parse(src)
	errs := probs.Errors()
	if len(errs) != 1 || errs[0].Path != "sanctions.late_delivery.of" || errs[0].Line != 31 {
		t.Errorf("want one error at sanctions.late_delivery.of, line 31:\n%v", probs)
	}
}
