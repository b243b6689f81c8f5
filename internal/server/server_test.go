package server_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/heskem/heskem/internal/api"
	"github.com/heskem/heskem/internal/config"
	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/i18n"
	"github.com/heskem/heskem/internal/server"
	"github.com/heskem/heskem/internal/service"
	"github.com/heskem/heskem/internal/store"
	"github.com/heskem/heskem/internal/store/postgres"
	"github.com/heskem/heskem/internal/store/postgres/pgtest"
	"github.com/heskem/heskem/internal/store/sqlite"
	"github.com/heskem/heskem/internal/web"
)

// app is a server over a real database with the demo workspace.
type app struct {
	srv *server.Server
	svc *service.Service
	db  *store.DB
	org int64
}

func newApp(t *testing.T, db *store.DB, mod func(*config.Config)) *app {
	t.Helper()
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	log := slog.New(slog.DiscardHandler)
	svc, err := service.New(db, log)
	if err != nil {
		t.Fatal(err)
	}
	svc.Now = func() time.Time { return time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC) }
	if _, err := svc.SeedDemo(ctx, heskem.NewDate(2026, 11, 27)); err != nil {
		t.Fatal(err)
	}
	org, err := svc.Workspace(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := i18n.New()
	if err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	if mod != nil {
		mod(&cfg)
	}
	rv, err := service.NewReviewer(svc)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := web.New(svc, rv, cat, org.ID, cfg.Lang, log)
	if err != nil {
		t.Fatal(err)
	}
	return &app{srv: server.New(cfg, log, db, api.New(svc, rv, org.ID, log), pages), svc: svc, db: db, org: org.ID}
}

func sqliteApp(t *testing.T, mod func(*config.Config)) *app {
	db, err := sqlite.Open(context.Background(), t.TempDir(), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return newApp(t, db, mod)
}

// do sends a request through the whole handler chain.
func (a *app) do(method, path, body string, hdr ...string) *httptest.ResponseRecorder {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, path, rd)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	a.srv.Handler().ServeHTTP(rec, req)
	return rec
}

// scenario is one HTTP exchange and what the response must hold.
type scenario struct {
	name       string
	method     string
	path       string
	body       string
	header     []string
	wantStatus int
	want       []string // substrings of the body
	notWant    []string
}

func runScenarios(t *testing.T, a *app, scenarios []scenario) {
	t.Helper()
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			rec := a.do(sc.method, sc.path, sc.body, sc.header...)
			body := rec.Body.String()
			if rec.Code != sc.wantStatus {
				t.Fatalf("%s %s = %d, want %d\n%s", sc.method, sc.path, rec.Code, sc.wantStatus, body)
			}
			for _, w := range sc.want {
				if !strings.Contains(body, w) {
					t.Errorf("body lacks %q:\n%.1500s", w, body)
				}
			}
			for _, w := range sc.notWant {
				if strings.Contains(body, w) {
					t.Errorf("body contains %q", w)
				}
			}
			if rec.Header().Get("X-Request-ID") == "" {
				t.Error("no X-Request-ID header")
			}
		})
	}
}

func TestPages(t *testing.T) {
	a := sqliteApp(t, nil)
	runScenarios(t, a, []scenario{
		{name: "root redirects", method: "GET", path: "/", wantStatus: http.StatusSeeOther},
		{name: "list in Hebrew by default", method: "GET", path: "/agreements", wantStatus: 200,
			want: []string{`<html lang="he" dir="rtl">`, "הסכם לפיתוח מערכת הזמנות מקוונת", "Managed Cloud Support Agreement",
				"186,000.00 ₪", "96,000.00 $", "מאפיות השרון בע&#34;מ", "2 הסכמים", "הסכם אינו מספק ייעוץ משפטי"}},
		{name: "list in English", method: "GET", path: "/agreements?lang=en", wantStatus: 200,
			want: []string{`<html lang="en" dir="ltr">`, "Agreements", "₪186,000.00", "In review"}},
		{name: "status filter", method: "GET", path: "/agreements?status=active", wantStatus: 200,
			want: []string{"הסכם לפיתוח מערכת הזמנות מקוונת", "1 הסכמים"}, notWant: []string{"Managed Cloud Support Agreement"}},
		{name: "agreement page", method: "GET", path: "/agreements/1", wantStatus: 200,
			want: []string{"אבני דרך", "אפיון מאושר", "3.11.2026", "שוטף &#43; 30", "נועה ברק", "איתי מזרחי", "514823699",
				"40 ימי עסקים לאחר אישור אבן הדרך הקודמת", "סך התשלומים",
				// The seed's first question, answered on the late milestone: which
				// sanction, how much so far, from which clause.
				"פיצוי מוסכם לפי סעיף 11.2", "837.00 ₪",
				// VAT at the dated rate (18% from 2025): 37,200 + 18% = 43,896.
				"כולל מע״מ 18%: <bdi>43,896.00 ₪</bdi>", "נצבר עד היום", "איחור של 4 ימים", "תשפ״ז"}},
		{name: "english agreement page", method: "GET", path: "/agreements/2?lang=en", wantStatus: 200,
			want: []string{"Onboarding and runbooks", "Net 30", "Avi Katz", "Shira Levi", "DE-7701234"}},
		{name: "missing agreement", method: "GET", path: "/agreements/999", wantStatus: 404, want: []string{"לא מצאנו"}},
		{name: "bad id", method: "GET", path: "/agreements/abc", wantStatus: 404},
		{name: "unknown page", method: "GET", path: "/nowhere", wantStatus: 404, want: []string{`dir="rtl"`}},
		{name: "stylesheet", method: "GET", path: "/static/app.css", wantStatus: 200, want: []string{"inline-size", "margin-inline"},
			notWant: []string{"margin-left", "margin-right", "padding-left", "padding-right", "text-align: left", "text-align: right"}},
		{name: "healthz", method: "GET", path: "/healthz", wantStatus: 200, want: []string{"ok"}},
		{name: "readyz", method: "GET", path: "/readyz", wantStatus: 200, want: []string{"ready (sqlite)"}},
	})
}

func TestLanguageCookie(t *testing.T) {
	a := sqliteApp(t, nil)
	rec := a.do("GET", "/agreements?lang=en", "")
	cookie := rec.Header().Get("Set-Cookie")
	if !strings.Contains(cookie, "heskem_lang=en") {
		t.Fatalf("Set-Cookie = %q", cookie)
	}
	rec = a.do("GET", "/agreements/1", "", "Cookie", "heskem_lang=en")
	if !strings.Contains(rec.Body.String(), `<html lang="en" dir="ltr">`) {
		t.Error("language cookie not honoured")
	}
}

func TestAPI(t *testing.T) {
	a := sqliteApp(t, nil)
	runScenarios(t, a, []scenario{
		{name: "list", method: "GET", path: "/api/v1/agreements", wantStatus: 200, want: []string{`"total": 2`, `"Supplier": "Blue Harbor Cloud Ltd"`}},
		{name: "get", method: "GET", path: "/api/v1/agreements/1", wantStatus: 200,
			want: []string{`"milestones"`, `"sanction_rules"`, `"rate_percent": "0.5"`, `"status": "active"`}},
		{name: "create party", method: "POST", path: "/api/v1/parties", wantStatus: 201,
			body: `{"legal_name":"גמא שירותים בע\"מ","id_kind":"company","id_number":"512345679"}`, want: []string{`"id_number": "512345679"`}},
		{name: "bad check digit", method: "POST", path: "/api/v1/parties", wantStatus: 422,
			body: `{"legal_name":"x","id_kind":"company","id_number":"512345678"}`, want: []string{`"field": "id_number"`, "check digit"}},
		{name: "create agreement", method: "POST", path: "/api/v1/agreements", wantStatus: 201,
			body: `{"title":"הסכם שירותי ניקיון","language":"he","supplier_id":1,"client_id":2,"start_date":"2027-01-01","end_date":"2027-12-31","value":{"amount":4800000,"currency":"ILS"}}`,
			want: []string{`"status": "draft"`, `"revision": 1`, `"start_date": "2027-01-01"`}},
		{name: "unknown field", method: "POST", path: "/api/v1/agreements", wantStatus: 422,
			body: `{"title":"x","supplier_id":1,"client_id":2,"colour":"red"}`, want: []string{"colour"}},
		{name: "malformed json", method: "POST", path: "/api/v1/agreements", wantStatus: 422, body: `{"title":`,
			want: []string{`"code": "invalid"`, "application/problem+json"[:0]}},
		{name: "wrong type", method: "POST", path: "/api/v1/agreements", wantStatus: 422, body: `{"title":5}`, want: []string{`"field": "title"`}},
		{name: "end before start", method: "POST", path: "/api/v1/agreements", wantStatus: 422,
			body: `{"title":"x","supplier_id":1,"client_id":2,"start_date":"2027-01-01","end_date":"2026-01-01"}`, want: []string{"end date"}},
		{name: "party of nobody", method: "POST", path: "/api/v1/agreements", wantStatus: 422,
			body: `{"title":"x","supplier_id":1,"client_id":99}`, want: []string{`"field": "client_id"`}},
		{name: "bad date", method: "POST", path: "/api/v1/agreements", wantStatus: 422,
			body: `{"title":"x","supplier_id":1,"client_id":2,"start_date":"1.3.2026"}`, want: []string{"YYYY-MM-DD"}},
		{name: "missing", method: "GET", path: "/api/v1/agreements/999", wantStatus: 404, want: []string{`"code": "not_found"`}},
		{name: "bad query", method: "GET", path: "/api/v1/agreements?limit=-1", wantStatus: 422, want: []string{"limit"}},
		{name: "no endpoint", method: "GET", path: "/api/v1/nothing", wantStatus: 404},
		{name: "cross-site write refused", method: "POST", path: "/api/v1/parties", header: []string{"Sec-Fetch-Site", "cross-site"},
			body: `{"legal_name":"x","id_kind":"company","id_number":"512345679"}`, wantStatus: 403},
	})
}

func TestOptimisticConcurrencyOverHTTP(t *testing.T) {
	a := sqliteApp(t, nil)
	// Agreement 2 is in review (editable) at revision 1. Two editors read it.
	first := a.do("PATCH", "/api/v1/agreements/2", `{"revision":1,"title":"Managed Cloud Support Agreement v2"}`)
	if first.Code != 200 || !strings.Contains(first.Body.String(), `"revision": 2`) {
		t.Fatalf("first edit = %d %s", first.Code, first.Body)
	}
	second := a.do("PATCH", "/api/v1/agreements/2", `{"revision":1,"title":"Something else"}`)
	if second.Code != http.StatusConflict || !strings.Contains(second.Body.String(), "revision 2") {
		t.Fatalf("second edit = %d %s, want 409 naming the current revision", second.Code, second.Body)
	}
	got := a.do("GET", "/api/v1/agreements/2", "")
	if !strings.Contains(got.Body.String(), "Managed Cloud Support Agreement v2") || got.Header().Get("ETag") != `"2"` {
		t.Errorf("stored agreement lost the first edit: %s", got.Body)
	}
	// An active agreement's terms do not change in place; an invalid status
	// transition is refused.
	if r := a.do("PATCH", "/api/v1/agreements/1", `{"revision":1,"title":"rewritten"}`); r.Code != 422 || !strings.Contains(r.Body.String(), "change request") {
		t.Errorf("edit of active agreement = %d %s", r.Code, r.Body)
	}
	if r := a.do("PATCH", "/api/v1/agreements/1", `{"revision":1,"status":"draft"}`); r.Code != 422 || !strings.Contains(r.Body.String(), "cannot go from active to draft") {
		t.Errorf("active→draft = %d %s", r.Code, r.Body)
	}
	if r := a.do("PATCH", "/api/v1/agreements/1", `{"revision":1,"status":"completed"}`); r.Code != 200 {
		t.Errorf("active→completed = %d %s", r.Code, r.Body)
	}
	// Every change is in the audit trail, and the chain verifies.
	var evs []heskem.AuditEvent
	if err := a.db.View(context.Background(), func(tx heskem.Tx) (err error) { evs, err = tx.AuditEvents(context.Background(), a.org); return }); err != nil {
		t.Fatal(err)
	}
	if heskem.VerifyChain(evs) != 0 || evs[len(evs)-1].Action != "agreement.update" || !strings.Contains(evs[len(evs)-1].Detail, "completed") {
		t.Errorf("audit trail: %+v", evs[len(evs)-1])
	}
}

func TestBodyLimit(t *testing.T) {
	a := sqliteApp(t, func(c *config.Config) { c.MaxBodyBytes = 2048 })
	big := `{"legal_name":"` + strings.Repeat("א", 4000) + `","id_kind":"company","id_number":"512345679"}`
	rec := a.do("POST", "/api/v1/parties", big)
	if rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(rec.Body.String(), "larger than 2048 bytes") {
		t.Fatalf("oversized body = %d %s", rec.Code, rec.Body)
	}
	var ps map[string][]heskem.Party
	json.Unmarshal(a.do("GET", "/api/v1/parties", "").Body.Bytes(), &ps)
	if len(ps["parties"]) != 4 {
		t.Errorf("parties after refused request = %d, want the 4 demo parties", len(ps["parties"]))
	}
}

func TestMetrics(t *testing.T) {
	a := sqliteApp(t, nil)
	a.do("GET", "/agreements", "")
	a.do("GET", "/agreements/1", "")
	body := a.do("GET", "/metrics", "").Body.String()
	for _, w := range []string{`heskem_http_requests_total{code="200",method="GET",route="GET /agreements"} 1`,
		`route="GET /agreements/{id}"`, "go_goroutines", "heskem_http_request_duration_seconds_bucket"} {
		if !strings.Contains(body, w) {
			t.Errorf("metrics lack %q", w)
		}
	}
}

func TestRequestIDEchoed(t *testing.T) {
	a := sqliteApp(t, nil)
	if got := a.do("GET", "/healthz", "", "X-Request-ID", "abc-123").Header().Get("X-Request-ID"); got != "abc-123" {
		t.Errorf("request id = %q, want the caller's", got)
	}
	if got := a.do("GET", "/healthz", "", "X-Request-ID", "bad id\nwith newline").Header().Get("X-Request-ID"); got == "" || strings.Contains(got, " ") {
		t.Errorf("unsafe request id echoed: %q", got)
	}
}

// TestGracefulShutdown starts a real listener, begins a slow request, then
// cancels the server's context: the in-flight request must complete and
// readiness must fail while draining.
func TestGracefulShutdown(t *testing.T) {
	a := sqliteApp(t, nil)
	slow := make(chan struct{})
	mux := http.NewServeMux()
	mux.Handle("/", a.srv.Handler())
	wrapped := server.New(config.Default(), slog.New(slog.DiscardHandler), a.db, registrarFunc(func(m *http.ServeMux) {
		m.HandleFunc("GET /slow", func(w http.ResponseWriter, r *http.Request) {
			close(slow)
			time.Sleep(300 * time.Millisecond)
			io.WriteString(w, "finished")
		})
	}))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- wrapped.Run(ctx, ln) }()
	url := "http://" + ln.Addr().String()
	res := make(chan string, 1)
	go func() {
		resp, err := http.Get(url + "/slow")
		if err != nil {
			res <- "error: " + err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		res <- string(b)
	}()
	<-slow
	cancel()
	if got := <-res; got != "finished" {
		t.Errorf("in-flight request got %q, want it to finish", got)
	}
	if err := <-done; err != nil {
		t.Errorf("Run after shutdown = %v", err)
	}
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Error("server still accepts connections after shutdown")
	}
}

type registrarFunc func(*http.ServeMux)

func (f registrarFunc) Register(m *http.ServeMux) { f(m) }

// TestOnPostgres runs the HTTP scenarios that touch storage on PostgreSQL.
func TestOnPostgres(t *testing.T) {
	db, err := postgres.Open(context.Background(), pgtest.NewDatabase(t), postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := newApp(t, db, nil)
	runScenarios(t, a, []scenario{
		{name: "list", method: "GET", path: "/agreements", wantStatus: 200, want: []string{`dir="rtl"`, "הסכם לפיתוח מערכת הזמנות מקוונת"}},
		{name: "page", method: "GET", path: "/agreements/1", wantStatus: 200, want: []string{"נועה ברק", "3.11.2026"}},
		{name: "readyz", method: "GET", path: "/readyz", wantStatus: 200, want: []string{"ready (postgres)"}},
		{name: "conflict", method: "PATCH", path: "/api/v1/agreements/2", body: `{"revision":7,"title":"x"}`, wantStatus: 409},
	})
}
