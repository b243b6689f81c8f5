package server_test

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
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
