package api

import (
	"fmt"
	"net/http"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/httpx"
)

type feedInput struct {
	AgreementID int64  `json:"agreement_id"`
	OwnerID     int64  `json:"owner_id"`
	Label       string `json:"label"`
}

// feedCreated carries the secret URL, returned this once only.
type feedCreated struct {
	heskem.CalendarFeed
	URL string `json:"url"`
}

func (a *API) createFeed(w http.ResponseWriter, r *http.Request) error {
	var in feedInput
	if err := decode(r, &in); err != nil {
		return err
	}
	f := heskem.CalendarFeed{OrgID: a.orgID, AgreementID: in.AgreementID, OwnerID: in.OwnerID, Label: in.Label}
	token, err := a.svc.CreateFeed(r.Context(), actor(r), &f)
	if err != nil {
		return err
	}
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Location", fmt.Sprintf("/api/v1/calendar-feeds/%d", f.ID))
	return writeJSON(w, http.StatusCreated, feedCreated{CalendarFeed: f, URL: httpx.BaseURL(r) + "/calendar/" + token + ".ics"})
}

func (a *API) listFeeds(w http.ResponseWriter, r *http.Request) error {
	feeds, err := a.svc.Feeds(r.Context(), a.orgID)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string][]heskem.CalendarFeed{"calendar_feeds": nonNil(feeds)})
}

func (a *API) revokeFeed(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	if err := a.svc.RevokeFeed(r.Context(), actor(r), a.orgID, id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
