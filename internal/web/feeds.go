package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/httpx"
	"github.com/heskem/heskem/internal/service"
)

// feedCalendar serves an iCalendar feed by its secret token. It is the one
// page that needs no workspace: the token is the permission.
func (w *Web) feedCalendar(rw http.ResponseWriter, r *http.Request) error {
	token, ok := strings.CutSuffix(r.PathValue("file"), ".ics")
	if !ok || token == "" {
		return heskem.Errorf(heskem.ENOTFOUND, "no calendar here")
	}
	text, err := w.svc.FeedCalendar(r.Context(), token, httpx.BaseURL(r))
	if err != nil {
		return err
	}
	rw.Header().Set("Content-Type", "text/calendar; charset=utf-8")
	rw.Header().Set("Cache-Control", "private, max-age=300")
	_, err = rw.Write([]byte(text))
	return err
}

// feedCreated is the one page that shows a feed's secret URL.
type feedCreated struct {
	URL         string
	AgreementID int64
}

func (w *Web) createFeed(rw http.ResponseWriter, r *http.Request) error {
	l := w.localizer(rw, r)
	f := heskem.CalendarFeed{OrgID: w.orgID, Label: r.FormValue("label")}
	if r.PathValue("id") != "" {
		id, err := pathID(r)
		if err != nil {
			return err
		}
		f.AgreementID = id
	}
	f.OwnerID, _ = strconv.ParseInt(r.FormValue("owner"), 10, 64)
	token, err := w.svc.CreateFeed(r.Context(), service.Actor{Name: "web"}, &f)
	if err != nil {
		return err
	}
	// The URL is shown on this response only; it is not stored anywhere.
	rw.Header().Set("Cache-Control", "no-store")
	return w.render(rw, r, l, http.StatusCreated, "feed", l.T("feed.created"),
		feedCreated{URL: httpx.BaseURL(r) + "/calendar/" + token + ".ics", AgreementID: f.AgreementID})
}

func (w *Web) revokeFeed(rw http.ResponseWriter, r *http.Request) error {
	id, err := strconv.ParseInt(r.PathValue("fid"), 10, 64)
	if err != nil {
		return heskem.Errorf(heskem.ENOTFOUND, "no such feed")
	}
	if err := w.svc.RevokeFeed(r.Context(), service.Actor{Name: "web"}, w.orgID, id); err != nil {
		return err
	}
	back := r.FormValue("back")
	if !strings.HasPrefix(back, "/") || strings.HasPrefix(back, "//") {
		back = "/dashboard"
	}
	http.Redirect(rw, r, back, http.StatusSeeOther)
	return nil
}
