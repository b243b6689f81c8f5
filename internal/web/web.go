// Package web serves Heskem's server-rendered pages: Hebrew by default,
// English on request, with dir and lang set on every page and layout in CSS
// logical properties, so the same templates work in both directions.
// Templates are embedded and parsed at start: a broken template stops the
// server from starting instead of failing in front of a user.
package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"time"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/httpx"
	"github.com/heskem/heskem/internal/i18n"
	"github.com/heskem/heskem/internal/review/render"
	"github.com/heskem/heskem/internal/service"
)

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed static
var staticFiles embed.FS

// Web serves the pages.
type Web struct {
	svc         *service.Service
	rv          *service.Reviewer
	renderer    *render.Renderer
	cat         *i18n.Catalog
	orgID       int64
	defaultLang string
	log         *slog.Logger
	pages       map[string]*template.Template
}

// New parses the templates and returns the pages for workspace orgID.
func New(svc *service.Service, rv *service.Reviewer, cat *i18n.Catalog, orgID int64, defaultLang string, log *slog.Logger) (*Web, error) {
	w := &Web{svc: svc, rv: rv, renderer: render.New(cat), cat: cat, orgID: orgID, defaultLang: defaultLang, log: log,
		pages: map[string]*template.Template{}}
	for _, page := range []string{"agreements", "agreement", "error", "review_form", "review", "dashboard", "feed", "drafts", "draft_step", "outbox"} {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFiles, "templates/layout.html", "templates/"+page+".html")
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", page, err)
		}
		w.pages[page] = t
	}
	return w, nil
}

// funcs are the template helpers that do not depend on the request.
var funcs = template.FuncMap{
	"rtlOf":  i18n.Dir,
	"slice2": func(a, b heskem.Party) []heskem.Party { return []heskem.Party{a, b} },
	"dateOf": func(t time.Time) heskem.Date { return heskem.DateOf(t.In(jerusalem())) },
	"list":   func(s ...string) []string { return s },
	"rowsOf": func(l i18n.Localizer, title string, rows []service.DashboardRow, id string) map[string]any {
		return map[string]any{"L": l, "Title": title, "Rows": rows, "ID": id}
	},
}

// jerusalem is the zone instants are shown in until organizations choose
// their own (the default of Organization.TimeZone).
func jerusalem() *time.Location {
	if loc, err := time.LoadLocation("Asia/Jerusalem"); err == nil {
		return loc
	}
	return time.UTC
}

// Register adds the pages' routes to mux.
func (w *Web) Register(mux *http.ServeMux) {
	h := func(fn httpx.HandlerFunc) http.Handler { return httpx.Handle(fn, w.writeError) }
	static, _ := fs.Sub(staticFiles, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.Handle("GET /{$}", http.RedirectHandler("/agreements", http.StatusSeeOther))
	mux.Handle("GET /agreements", h(w.agreements))
	mux.Handle("GET /dashboard", h(w.dashboard))
	mux.Handle("GET /dashboard.csv", h(w.dashboardCSV))
	mux.Handle("GET /agreements/{id}", h(w.agreement))
	mux.Handle("POST /agreements/{id}/terms", h(w.agreementTerms))
	mux.Handle("POST /agreements/{id}/milestones/{mid}/{action}", h(w.milestoneAction))
	mux.Handle("POST /agreements/{id}/installments/{iid}/invoice", h(w.installmentAction))
	mux.Handle("POST /agreements/{id}/installments/{iid}/payments", h(w.installmentAction))
	mux.Handle("GET /static/report.css", h(w.reportCSS))
	mux.Handle("GET /outbox", h(w.outbox))
	mux.Handle("GET /drafts", h(w.drafts))
	mux.Handle("POST /drafts", h(w.newDraft))
	mux.Handle("GET /drafts/{id}/step/{n}", h(w.draftStep))
	mux.Handle("POST /drafts/{id}/step/{n}", h(w.saveStep))
	mux.Handle("GET /drafts/{id}/download/{format}", h(w.draftDocument))
	mux.Handle("POST /drafts/{id}/agreement", h(w.draftToAgreement))
	mux.Handle("GET /calendar/{file}", h(w.feedCalendar))
	mux.Handle("POST /agreements/{id}/feeds", h(w.createFeed))
	mux.Handle("POST /feeds", h(w.createFeed))
	mux.Handle("POST /feeds/{fid}/revoke", h(w.revokeFeed))
	mux.Handle("GET /review", h(w.reviewForm))
	mux.Handle("POST /review", h(w.submitReview))
	mux.Handle("GET /reviews/{id}", h(w.storedReview))
	mux.Handle("GET /reviews/{id}/report.html", h(w.reportDownload))
	mux.Handle("/", h(func(rw http.ResponseWriter, r *http.Request) error {
		return heskem.Errorf(heskem.ENOTFOUND, "no page at %s", r.URL.Path)
	}))
}

// langCookie remembers the chosen interface language for a year.
const langCookie = "heskem_lang"

// localizer picks the request's language: ?lang= (remembered in a cookie),
// then the cookie, then the server's default.
func (w *Web) localizer(rw http.ResponseWriter, r *http.Request) i18n.Localizer {
	if q := r.URL.Query().Get("lang"); q == "he" || q == "en" {
		http.SetCookie(rw, &http.Cookie{Name: langCookie, Value: q, Path: "/", MaxAge: 365 * 24 * 3600,
			HttpOnly: true, SameSite: http.SameSiteLaxMode})
		return w.cat.For(q)
	}
	if c, err := r.Cookie(langCookie); err == nil && (c.Value == "he" || c.Value == "en") {
		return w.cat.For(c.Value)
	}
	return w.cat.For(w.defaultLang)
}

// pageData is what every page template receives.
type pageData struct {
	L        i18n.Localizer
	Title    string
	Path     string // current path, for the language switch
	Other    string // the other language's code
	Data     any
	Year     int
	ReqID    string
	Statuses []heskem.Status
}

// render executes a page into a buffer first, so a template error becomes a
// clean error page instead of half a page.
func (w *Web) render(rw http.ResponseWriter, r *http.Request, l i18n.Localizer, status int, page, title string, data any) error {
	other := "en"
	if l.Lang == "en" {
		other = "he"
	}
	pd := pageData{L: l, Title: title, Path: r.URL.Path, Other: other, Data: data, Year: time.Now().Year(),
		ReqID: httpx.RequestID(r.Context()), Statuses: []heskem.Status{heskem.StatusDraft, heskem.StatusInReview,
			heskem.StatusAgreed, heskem.StatusActive, heskem.StatusCompleted, heskem.StatusTerminated}}
	var buf bytes.Buffer
	if err := w.pages[page].Execute(&buf, pd); err != nil {
		return fmt.Errorf("render %s: %w", page, err)
	}
	rw.Header().Set("Content-Type", "text/html; charset=utf-8")
	rw.Header().Set("Content-Language", l.Lang)
	rw.WriteHeader(status)
	_, err := buf.WriteTo(rw)
	return err
}

func (w *Web) writeError(rw http.ResponseWriter, r *http.Request, err error) {
	status := httpx.Status(err)
	l := w.localizer(rw, r)
	msg := l.T("error." + heskem.ErrorCode(err))
	if status >= 500 {
		w.log.ErrorContext(r.Context(), "page error", "err", err, "path", r.URL.Path, "request_id", httpx.RequestID(r.Context()))
	}
	if rerr := w.render(rw, r, l, status, "error", l.T("error.title"), map[string]any{"Message": msg, "Status": status}); rerr != nil {
		w.log.ErrorContext(r.Context(), "render error page", "err", rerr)
		http.Error(rw, http.StatusText(status), status)
	}
}

// pathID parses the {id} path value.
func pathID(r *http.Request) (int64, error) { return httpx.PathID(r, "id") }
