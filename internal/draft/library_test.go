package draft

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestParseSection(t *testing.T) {
	subs := strings.Fields("א ב ג")
	sec, err := parseSection("# תמורה\n\n+ first\n  continued\n- one;\n- two;\n+ second\n", "7", subs)
	if err != nil {
		t.Fatal(err)
	}
	if sec.Heading != "תמורה" || len(sec.Clauses) != 2 {
		t.Fatalf("got %+v", sec)
	}
	c := sec.Clauses[0]
	if c.Number != "7.1" || c.Text != "first continued" || len(c.Sub) != 2 || c.Sub[1].Number != "(ב)" || c.Sub[1].Text != "two." || c.Sub[0].Text != "one;" {
		t.Errorf("clause = %+v", c)
	}
	if sec.Clauses[1].Number != "7.2" {
		t.Errorf("second clause numbered %s", sec.Clauses[1].Number)
	}
	for src, want := range map[string]string{
		"+ a\n":                          "before the heading",
		"# A\n- x\n":                     "before any clause",
		"# A\ntext\n":                    "outside a clause",
		"# A\n+ a\n# B\n":                "a second heading",
		"# A\n":                          "no clauses",
		"# A\n+ a\n- 1\n- 2\n- 3\n- 4\n": "more than 3 sub-clauses",
	} {
		if _, err := parseSection(src, "1", subs); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("parseSection(%q) error %v, want %q", src, err, want)
		}
	}
}

func TestJoinList(t *testing.T) {
	lib, err := NewLibrary()
	if err != nil {
		t.Fatal(err)
	}
	a := &Agreement{Language: "he"}
	tests := []struct {
		lang  string
		items []string
		want  string
	}{
		{"he", []string{"דואר אלקטרוני", "טלפון", "שיחות וידאו"}, "דואר אלקטרוני, טלפון ושיחות וידאו"},
		{"he", []string{"טלפון", "Slack"}, "טלפון ו-Slack"},
		{"en", []string{"e-mail", "telephone", "video calls"}, "e-mail, telephone and video calls"},
		{"en", []string{"e-mail"}, "e-mail"},
	}
	for _, tt := range tests {
		f := &formatter{ll: lib.langs[tt.lang], a: a, lang: tt.lang}
		if got, err := f.joinList(tt.items); err != nil || got != tt.want {
			t.Errorf("joinList(%s, %v) = %q, %v; want %q", tt.lang, tt.items, got, err, tt.want)
		}
	}
}

func TestDurationWords(t *testing.T) {
	lib, err := NewLibrary()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang string
		d    Duration
		want string
	}{
		{"he", Duration{10, BusinessDays}, "10 ימי עסקים"},
		{"he", Duration{1, BusinessDays}, "יום עסקים אחד"},
		{"he", Duration{1, Years}, "שנה אחת"},
		{"en", Duration{1, BusinessDays}, "one Business Day"},
		{"en", Duration{30, Days}, "30 days"},
	}
	for _, tt := range tests {
		f := &formatter{ll: lib.langs[tt.lang], a: &Agreement{}, lang: tt.lang}
		if got, err := f.dur(tt.d); err != nil || got != tt.want {
			t.Errorf("dur(%s, %v) = %q, %v; want %q", tt.lang, tt.d, got, err, tt.want)
		}
	}
}

// TestEveryTemplateWordExists: each key a template or Build asks for is in
// both strings.yaml files, so a lawyer who deletes one learns it from a
// test, not from a user.
func TestBothLanguagesHaveTheSameWords(t *testing.T) {
	lib, err := NewLibrary()
	if err != nil {
		t.Fatal(err)
	}
	he, en := lib.langs["he"].words, lib.langs["en"].words
	for k := range he {
		if _, ok := en[k]; !ok {
			t.Errorf("en/strings.yaml lacks %q", k)
		}
	}
	for k := range en {
		if _, ok := he[k]; !ok {
			t.Errorf("he/strings.yaml lacks %q", k)
		}
	}
	var hs, es []string
	for _, s := range lib.langs["he"].sections {
		hs = append(hs, s.id)
	}
	for _, s := range lib.langs["en"].sections {
		es = append(es, s.id)
	}
	if strings.Join(hs, ",") != strings.Join(es, ",") {
		t.Errorf("the languages have different sections:\nhe %v\nen %v", hs, es)
	}
}

func TestNewLibraryFSRejectsBrokenLibraries(t *testing.T) {
	good := func() fstest.MapFS {
		fs := fstest.MapFS{}
		for _, l := range Languages {
			fs[l+"/strings.yaml"] = &fstest.MapFile{Data: []byte("sub_labels: a b\n")}
			fs[l+"/preamble.tmpl"] = &fstest.MapFile{Data: []byte("+ x\n")}
			fs[l+"/01-scope.tmpl"] = &fstest.MapFile{Data: []byte("# S\n+ {{text .Scope.Summary}}\n")}
		}
		return fs
	}
	if _, err := NewLibraryFS(good()); err != nil {
		t.Fatalf("a minimal library: %v", err)
	}
	tests := []struct {
		name, file, data, want string
	}{
		{"template syntax", "he/01-scope.tmpl", "# S\n+ {{if}}\n", "missing value for if"},
		{"unknown function", "en/01-scope.tmpl", "# S\n+ {{nosuch .}}\n", `function "nosuch" not defined`},
		{"stray file", "he/notes.tmpl", "x", "NN-name.tmpl"},
		{"duplicate section", "he/02-scope.tmpl", "# S\n+ x\n", `two section files are named "scope"`},
		{"bad strings", "en/strings.yaml", "[", "strings.yaml"},
	}
	for _, tt := range tests {
		fs := good()
		fs[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
		if _, err := NewLibraryFS(fs); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestBuildRejectsUnknownLanguageAndInvalidAgreement(t *testing.T) {
	a, err := Load(readFile(t, "../../testdata/draft/minimal.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Build(a, "fr"); err == nil || !strings.Contains(err.Error(), "unknown language") {
		t.Errorf("Build(fr) error %v", err)
	}
	if _, err := Build(a, "en"); err == nil || !strings.Contains(err.Error(), "no English text") {
		t.Errorf("Build(en) of a Hebrew-only file: error %v", err)
	}
	b := *a
	b.Payment.Total = 0
	if _, err := Build(&b, "he"); err == nil || !strings.Contains(err.Error(), "needs total") {
		t.Errorf("Build of an invalid agreement: error %v", err)
	}
}

func TestSectionNumbersFollowPresentSections(t *testing.T) {
	// minimal.yaml has no deliverables or milestones, so the acceptance
	// section is left out and every later section moves up by one; the
	// cross-references must follow.
	a, err := Load(readFile(t, "../../testdata/draft/minimal.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Build(a, "he")
	if err != nil {
		t.Fatal(err)
	}
	idx := map[string]string{}
	for _, s := range d.Sections {
		idx[s.Heading] = s.Number
	}
	if idx["מסירה ואישור קבלה"] != "" || idx["לוח זמנים ואבני דרך"] != "3" || idx["שינויים ותוספות"] != "8" {
		t.Fatalf("section numbers %v", idx)
	}
	if c := findClause(t, d, "ייעשה רק לפי סעיף"); !strings.Contains(c.Text, "סעיף 8") {
		t.Errorf("the reference to the changes section is not 8: %s", c.Text)
	}
}
