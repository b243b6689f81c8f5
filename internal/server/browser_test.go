package server_test

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium finds Debian's Chromium. CI installs it; elsewhere the browser
// tests say why they are skipped.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("CI must install Chromium (apt-get install chromium) for the browser tests")
	}
	t.Skip("browser tests skipped: Chromium not found (apt-get install chromium)")
	return ""
}

// browser returns a chromedp context driving a headless Chromium with the
// flags this closed network needs.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel3)
	return ctx
}

// TestBrowserRightToLeft loads the agreements list in a real browser and
// checks what a reader sees: the page laid out right-to-left (the first
// column is at the right), the agreement link leading to its page, and the
// language switch turning the same page left-to-right.
func TestBrowserRightToLeft(t *testing.T) {
	a := sqliteApp(t, nil)
	ts := httptest.NewServer(a.srv.Handler())
	defer ts.Close()
	ctx := browser(t)

	eval := func(js string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("evaluate %s: %v", js, err)
		}
		return v
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/agreements"), chromedp.WaitVisible("table.list")); err != nil {
		t.Fatal(err)
	}
	if dir := eval(`getComputedStyle(document.documentElement).direction`); dir != "rtl" {
		t.Errorf("computed direction = %q, want rtl", dir)
	}
	first := eval(`String(document.querySelector("table.list th:first-child").getBoundingClientRect().left)`)
	last := eval(`String(document.querySelector("table.list th:last-child").getBoundingClientRect().left)`)
	if !(atof(t, first) > atof(t, last)) {
		t.Errorf("first column at x=%s, last at x=%s: the table is not laid out right-to-left", first, last)
	}
	if err := chromedp.Do(ctx, chromedp.Click(`a[href="/agreements/1"]`, chromedp.NodeVisible), chromedp.WaitVisible(`#milestones`)); err != nil {
		t.Fatal(err)
	}
	title, err := chromedp.Run(ctx, chromedp.Text(`h1`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(title) != "הסכם לפיתוח מערכת הזמנות מקוונת" {
		t.Errorf("agreement page title = %q", title)
	}
	if err := chromedp.Do(ctx, chromedp.Click(`a.lang`, chromedp.NodeVisible), chromedp.WaitVisible(`#milestones`)); err != nil {
		t.Fatal(err)
	}
	dir, lang, heading := eval(`getComputedStyle(document.documentElement).direction`), eval(`document.documentElement.lang`),
		eval(`document.querySelector("#milestones").textContent`)
	if dir != "ltr" || lang != "en" || heading != "Milestones" {
		t.Errorf("after the language switch: dir=%q lang=%q heading=%q; want ltr, en, Milestones", dir, lang, heading)
	}
}

func atof(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("not a number: %q", s)
	}
	return f
}

// TestBrowserWizardAndReview drives the two main flows in a real browser
// with the clicks a person makes: start a draft in the wizard and insert a
// model section, then upload an agreement on the evaluation page and read
// its report.
func TestBrowserWizardAndReview(t *testing.T) {
	a := sqliteApp(t, nil)
	ts := httptest.NewServer(a.srv.Handler())
	defer ts.Close()
	ctx := browser(t)
	text := func(sel string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Text(sel))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return v
	}
	err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/drafts"),
		chromedp.SendKeys(`input[name="title"]`, "הסכם שירותי ייעוץ"),
		chromedp.Click(`form.upload button[type="submit"]`, chromedp.NodeVisible),
		chromedp.WaitVisible(`#s-scope`),
	)
	if err != nil {
		t.Fatal(err)
	}
	if got := text(`.wizard-side`); !strings.Contains(got, "אין עדיין ציון") {
		t.Errorf("a blank draft shows a score: %q", got)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(`button[value="insert:scope"]`, chromedp.NodeVisible),
		chromedp.WaitVisible(`p.notice`), // the page after the save says it was saved
	)
	if err != nil {
		t.Fatal(err)
	}
	scope, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('textarea[name="s_scope"]').value`))
	if err != nil || !strings.Contains(scope, "\nscope:\n  summary:") {
		t.Errorf("inserting the model scope: %q %v", scope, err)
	}

	file := filepath.Join("..", "..", "testdata", "extract", "agreement-he.docx")
	abs, _ := filepath.Abs(file)
	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/review"),
		chromedp.SetUploadFiles(`input[type="file"]`, []string{abs}),
		chromedp.Click(`form.upload button[type="submit"]`, chromedp.NodeVisible),
		chromedp.WaitVisible(`.hr-score`),
	)
	if err != nil {
		t.Fatal(err)
	}
	if got := text(`.hr-doc`); !strings.Contains(got, "agreement-he.docx") {
		t.Errorf("report header = %q", got)
	}
	dir, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector('article.hr')).direction`))
	if dir != "rtl" {
		t.Errorf("the Hebrew report is laid out %q", dir)
	}
}
