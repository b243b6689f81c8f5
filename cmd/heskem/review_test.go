package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// fixture returns a path under the repository's testdata.
func fixture(parts ...string) string {
	return filepath.Join(append([]string{"..", "..", "testdata"}, parts...)...)
}

func TestReviewOneFileJSON(t *testing.T) {
	code, out, stderr := runCLI(t, nil, "review", "--format", "json", fixture("extract", "agreement-he.docx"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep struct {
		Schema   string
		Document struct{ Name, Language string }
		Score    int
		Verdict  string
		Steps    []struct {
			ID    string
			Items []struct{ ID, Status string }
		}
		Disclaimer string
	}
	dec := json.NewDecoder(strings.NewReader(out))
	if err := dec.Decode(&rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if dec.More() {
		t.Error("more than one JSON value for one file")
	}
	if rep.Schema != "heskem.review/v1" || rep.Document.Language != "he" || rep.Document.Name != "agreement-he.docx" ||
		len(rep.Steps) != 4 || rep.Steps[0].ID != "components" || rep.Disclaimer == "" {
		t.Errorf("report = %+v", rep)
	}
}

func TestReviewFormats(t *testing.T) {
	file := fixture("extract", "agreement-he.txt")
	for _, tc := range []struct {
		format string
		want   []string
	}{
		{"text", []string{"דוח הערכת הסכם", "1. רכיבים חיוניים", "ייעוץ משפטי"}},
		{"md", []string{"<div dir=\"rtl\" lang=\"he\">", "# דוח הערכת הסכם", "## 1. רכיבים חיוניים"}},
		{"html", []string{"<html lang=\"he\" dir=\"rtl\">", "<style>", "ייעוץ משפטי"}},
	} {
		code, out, stderr := runCLI(t, nil, "review", "--format", tc.format, "--color", "never", file)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tc.format, code, stderr)
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s output lacks %q", tc.format, w)
			}
		}
	}
}

func TestReviewDirectoryJSONLines(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"agreement-en.md", "agreement-he.html"} {
		b, err := os.ReadFile(fixture("extract", name))
		if err != nil {
			t.Fatal(err)
		}
		sub := filepath.Join(dir, "nested")
		os.MkdirAll(sub, 0o755)
		os.WriteFile(filepath.Join(sub, name), b, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "notes.csv"), []byte("a,b"), 0o644) // not an agreement format: skipped in a walk
	code, out, stderr := runCLI(t, nil, "review", "--format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var names []string
	for sc.Scan() {
		var rep struct{ Document struct{ Name string } }
		if err := json.Unmarshal(sc.Bytes(), &rep); err != nil {
			t.Fatalf("line is not one JSON object: %v", err)
		}
		names = append(names, rep.Document.Name)
	}
	if strings.Join(names, ",") != "agreement-en.md,agreement-he.html" {
		t.Errorf("JSON Lines documents = %v", names)
	}
	// Text with several files ends with the summary table.
	_, out, _ = runCLI(t, nil, "review", dir)
	if !strings.Contains(out, "═══ Summary") || !strings.Contains(out, "agreement-he.html") {
		t.Errorf("no summary table:\n%s", out)
	}
}

func TestReviewBadInputs(t *testing.T) {
	for _, tc := range []struct {
		file, want string
	}{
		{fixture("extract", "bad", "truncated.docx"), "truncated.docx"},
		{fixture("extract", "bad", "macro.docm"), "macro"},
		{fixture("extract", "bad", "unknown.xyz"), "unsupported format"},
		{fixture("extract", "bad", "image-only.pdf"), "no text layer"},
		{fixture("extract", "bad", "encrypted.pdf"), "encrypted"},
		{fixture("extract", "does-not-exist.docx"), "no such file"},
	} {
		if strings.HasSuffix(tc.file, ".pdf") && !haveTool(t, "pdftotext", "poppler-utils") {
			continue
		}
		code, out, stderr := runCLI(t, nil, "review", "--format", "json", tc.file)
		if code != exitBadInput {
			t.Errorf("%s: exit %d, want 2; stderr %s", tc.file, code, stderr)
		}
		if !strings.Contains(stderr, tc.want) {
			t.Errorf("%s: stderr %q lacks %q", tc.file, stderr, tc.want)
		}
		if strings.TrimSpace(out) != "" {
			t.Errorf("%s: an unreadable file produced a report: %s", tc.file, out)
		}
	}
	// A readable file beside an unreadable one is still reviewed, and the
	// exit code still says something was wrong.
	code, out, _ := runCLI(t, nil, "review", "--format", "json", fixture("extract", "agreement-en.txt"), fixture("extract", "bad", "truncated.docx"))
	if code != exitBadInput || !strings.Contains(out, "agreement-en.txt") {
		t.Errorf("mixed inputs: exit %d, out %.200s", code, out)
	}
	for _, args := range [][]string{{"review", "--format", "pdf", "x"}, {"review", "--lang", "fr", "x"}, {"review", "--fail-under", "101", "x"}, {"review"}} {
		if code, _, _ := runCLI(t, nil, args...); code != exitBadInput {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

func TestReviewFailUnder(t *testing.T) {
	file := fixture("extract", "agreement-en.txt")
	_, out, _ := runCLI(t, nil, "review", "--format", "json", file)
	var rep struct{ Score int }
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if code, _, _ := runCLI(t, nil, "review", "--fail-under", itoa(rep.Score), file); code != 0 {
		t.Errorf("score %d with --fail-under %d: exit %d, want 0", rep.Score, rep.Score, code)
	}
	if code, _, stderr := runCLI(t, nil, "review", "--fail-under", itoa(rep.Score+1), file); code != exitFailure || !strings.Contains(stderr, "scored under") {
		t.Errorf("score %d with --fail-under %d: exit %d (%s), want 1", rep.Score, rep.Score+1, code, stderr)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
