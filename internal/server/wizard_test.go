package server_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/wizard"
)

// TestWizard walks the four-step wizard as a browser without JavaScript
// would: start a blank draft, insert model sections step by step, see the
// score appear, download the documents, and get a conflict when two
// editors save the same revision.
func TestWizard(t *testing.T) {
	a := sqliteApp(t, nil)
	rec := a.form("/drafts", url.Values{"title": {"הסכם פיתוח אפליקציה"}, "language": {"he"}, "start": {"blank"}})
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/drafts/1/step/1" {
		t.Fatalf("new draft = %d %s", rec.Code, rec.Header().Get("Location"))
	}
	page := a.do("GET", "/drafts/1/step/1", "").Body.String()
	for _, want := range []string{"רכיבים חיוניים", "scope is required", `name="s_scope"`, `value="insert:scope"`, "אין עדיין ציון"} {
		if !strings.Contains(page, want) {
			t.Errorf("step 1 lacks %q", want)
		}
	}
	// Fill every step from the model sections, as the "insert" buttons do.
	rev := 1
	for _, step := range wizard.Steps() {
		for _, key := range step.Sections {
			if key == "header" {
				continue
			}
			path := "/drafts/1/step/" + itoa(step.Number)
			rec := a.form(path, url.Values{"revision": {itoa(rev)}, "action": {"insert:" + key}})
			if rec.Code != http.StatusSeeOther {
				t.Fatalf("insert %s = %d\n%.600s", key, rec.Code, rec.Body)
			}
			rev++
		}
	}
	page = a.do("GET", "/drafts/1/step/4", "").Body.String()
	if m := regexp.MustCompile(`class="hr-num">(\d+)<`).FindStringSubmatch(page); m == nil || m[1] != "100" {
		t.Errorf("score after completing every step = %v, want 100", m)
	}
	// Downloads in every format.
	for format, ctype := range wizard.Formats {
		rec := a.do("GET", "/drafts/1/download/"+format, "")
		if rec.Code != 200 || rec.Header().Get("Content-Type") != ctype || rec.Body.Len() < 500 {
			t.Errorf("download %s = %d %s (%d bytes)", format, rec.Code, rec.Header().Get("Content-Type"), rec.Body.Len())
		}
	}
	if rec := a.do("GET", "/drafts/1/download/odt", ""); rec.Code != 404 {
		t.Errorf("unknown format = %d", rec.Code)
	}
	// A section that holds another section's field is refused, and what was
	// typed is shown again with the reason.
	rec = a.form("/drafts/1/step/1", url.Values{"revision": {itoa(rev)}, "s_payment": {"title: hijack\n"}, "action": {"save"}})
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "title: hijack") || !strings.Contains(rec.Body.String(), "may only hold") {
		t.Errorf("cross-section edit = %d", rec.Code)
	}
	// Two editors at the same revision: the second gets a conflict.
	if rec := a.form("/drafts/1/step/2", url.Values{"revision": {itoa(rev)}, "action": {"save"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("first save = %d", rec.Code)
	}
	if rec := a.form("/drafts/1/step/2", url.Values{"revision": {itoa(rev)}, "action": {"save"}}); rec.Code != http.StatusConflict {
		t.Errorf("second save at the same revision = %d, want 409", rec.Code)
	}
	// Save it as an agreement of the workspace and run it from there.
	rec = a.form("/drafts/1/agreement", nil)
	if rec.Code != http.StatusSeeOther || !strings.HasPrefix(rec.Header().Get("Location"), "/agreements/") {
		t.Fatalf("save as agreement = %d %s\n%.500s", rec.Code, rec.Header().Get("Location"), rec.Body)
	}
	if page := a.do("GET", rec.Header().Get("Location"), "").Body.String(); !strings.Contains(page, "אישור האפיון") {
		t.Error("the saved agreement has no milestones from the draft")
	}
	if list := a.do("GET", "/drafts", "").Body.String(); !strings.Contains(list, "הסכם לפיתוח מערכת תוכנה") && !strings.Contains(list, "הסכם פיתוח אפליקציה") {
		t.Error("drafts list does not show the draft")
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
