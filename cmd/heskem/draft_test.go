package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/draft"
)

// runDraftCmd runs `heskem draft` with args and returns the exit code,
// standard output and standard error.
func runDraftCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	cmd := newDraftCmd()
	var out, errb bytes.Buffer
	cmd.SetArgs(args)
	cmd.SetIn(strings.NewReader(stdin))
	cmd.SetOut(&out)
	cmd.SetErr(&errb)
	cmd.SilenceErrors = true
	err := cmd.Execute()
	if err != nil {
		errb.WriteString(err.Error())
	}
	return exitCode(err), out.String(), errb.String()
}

const draftTestdata = "../../testdata/draft/"

func TestDraftExample(t *testing.T) {
	for _, lang := range []string{"he", "en"} {
		code, out, errOut := runDraftCmd(t, "", "--example", lang)
		if code != 0 {
			t.Fatalf("--example %s: exit %d: %s", lang, code, errOut)
		}
		if !strings.Contains(out, "format: heskem.agreement/v1") || !strings.Contains(out, "\n#") {
			t.Errorf("--example %s is not a commented agreement file:\n%.200s", lang, out)
		}
		a, probs := draft.Parse([]byte(out))
		if a == nil || probs.HasErrors() || a.Language != lang {
			t.Errorf("--example %s does not parse as a %s agreement: %v", lang, lang, probs)
		}
	}
	if code, _, _ := runDraftCmd(t, "", "--example", "fr"); code != exitBadInput {
		t.Errorf("--example fr: exit %d, want %d", code, exitBadInput)
	}
}

func TestDraftValidate(t *testing.T) {
	tests := []struct {
		file  string
		code  int
		lines []string
	}{
		{"invalid/installments.yaml", exitBadInput, []string{
			"installments.yaml:25:3: error: payment.installments: the installments add up to 90000 but the total is 100000",
			"installments.yaml:31:7: error: payment.installments[2].milestone: no milestone has the id \"M3\"",
		}},
		{"invalid/milestone-after-end.yaml", exitBadInput, []string{
			"milestone-after-end.yaml:22:7: error: schedule.milestones[0].date: milestone M1 is due 2026-05-15, after the end date 2026-04-30",
		}},
		{"invalid/unknown-fields.yaml", exitBadInput, []string{
			`unknown-fields.yaml:16:1: error: schedual: unknown field "schedual" — fix: did you mean "schedule"?`,
		}},
		{"invalid/payment-law.yaml", exitBadInput, []string{
			"payment-law.yaml:28:5: warning: payment.terms.days:",
		}},
		{"retainer.yaml", 0, []string{"retainer.yaml: no problems"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			code, out, errOut := runDraftCmd(t, "", "--validate", draftTestdata+tt.file)
			if code != tt.code {
				t.Errorf("exit %d, want %d\n%s%s", code, tt.code, out, errOut)
			}
			for _, l := range tt.lines {
				if !strings.Contains(out, l) {
					t.Errorf("output lacks %q:\n%s", l, out)
				}
			}
		})
	}
}

func TestDraftWritesFormats(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		file, out, lang string
		want            []string // strings the output holds
	}{
		{"../../internal/draft/examples/he.yaml", "he.md", "", []string{"הסכם לפיתוח מערכת תוכנה", "שוטף + 30", "240,000 ש״ח"}},
		{"../../internal/draft/examples/he.yaml", "he.html", "he", []string{"dir=\"rtl\"", "לפיכך הוצהר, הותנה והוסכם"}},
		{"../../internal/draft/examples/en.yaml", "en.txt", "", []string{"Managed Cloud Services Agreement", "ILS 18,000 plus VAT"}},
		{draftTestdata + "time-and-materials.yaml", "both.txt", "both", []string{"הסכם ייעוץ להסבת נתונים", "Data Migration Consulting Agreement"}},
		{draftTestdata + "time-and-materials.yaml", "both.html", "both", []string{"הסכם ייעוץ להסבת נתונים", "Data Migration Consulting Agreement"}},
		{draftTestdata + "fixed-price.yaml", "site.docx", "", []string{"PK"}},
	}
	for _, tt := range tests {
		t.Run(tt.out, func(t *testing.T) {
			out := filepath.Join(dir, tt.out)
			args := []string{tt.file, "-o", out}
			if tt.lang != "" {
				args = append(args, "--lang", tt.lang)
			}
			code, _, errOut := runDraftCmd(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !bytes.Contains(b, []byte(w)) {
					t.Errorf("%s lacks %q", tt.out, w)
				}
			}
		})
	}
}

func TestDraftRefuses(t *testing.T) {
	dir := t.TempDir()
	mismatched := filepath.Join(dir, "mismatch.yaml")
	src, err := os.ReadFile(draftTestdata + "time-and-materials.yaml")
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(src), "en: mapping of the 40 tables", "en: mapping of the 45 tables", 1)
	if err := os.WriteFile(mismatched, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"invalid file", []string{draftTestdata + "invalid/contacts.yaml", "-o", filepath.Join(dir, "x.md")}, "contacts.yaml:24:5: error: contacts[0].email"},
		{"no output", []string{draftTestdata + "minimal.yaml"}, "-o"},
		{"unknown format", []string{draftTestdata + "minimal.yaml", "-o", filepath.Join(dir, "x.rtf")}, `unknown format ".rtf"`},
		{"unknown language", []string{draftTestdata + "minimal.yaml", "-o", filepath.Join(dir, "x.md"), "--lang", "fr"}, `--lang "fr"`},
		{"Hebrew-only file in English", []string{draftTestdata + "minimal.yaml", "-o", filepath.Join(dir, "x.md"), "--lang", "en"}, "no English text"},
		{"translations disagree", []string{mismatched, "-o", filepath.Join(dir, "x.md"), "--lang", "both"}, `Hebrew "40" is missing from the English version`},
		{"missing file", []string{filepath.Join(dir, "nope.yaml"), "-o", filepath.Join(dir, "x.md")}, "nope.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runDraftCmd(t, "", tt.args...)
			if code != exitBadInput {
				t.Errorf("exit %d, want %d", code, exitBadInput)
			}
			if !strings.Contains(out+errOut, tt.want) {
				t.Errorf("output lacks %q:\n%s%s", tt.want, out, errOut)
			}
			if _, err := os.Stat(filepath.Join(dir, "x.md")); err == nil {
				t.Error("a document was written")
			}
		})
	}
}

func TestDraftReadsStandardInput(t *testing.T) {
	src, err := os.ReadFile(draftTestdata + "minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "m.txt")
	code, _, errOut := runDraftCmd(t, string(src), "-", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	b, _ := os.ReadFile(out)
	if !strings.Contains(string(b), "הסכם למתן שירותי עיצוב") {
		t.Errorf("the document lacks the title:\n%.300s", b)
	}
}

func TestDraftPDF(t *testing.T) {
	out := filepath.Join(t.TempDir(), "he.pdf")
	code, _, errOut := runDraftCmd(t, "", "../../internal/draft/examples/he.yaml", "-o", out)
	if code == exitBadInput && strings.Contains(errOut, "no TrueType font") {
		t.Skip(errOut)
	}
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("not a PDF (%v): %.20q", err, b)
	}
	code, _, errOut = runDraftCmd(t, "", "../../internal/draft/examples/he.yaml", "-o", out, "--font", "/nonexistent/font.ttf")
	if code != exitBadInput || !strings.Contains(errOut, "--font") {
		t.Errorf("a missing --font: exit %d, want %d: %s", code, exitBadInput, errOut)
	}
}
