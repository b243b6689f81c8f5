// Package api is Heskem's JSON API under /api/v1. Handlers decode strictly
// (unknown fields are errors, bodies are size-limited), call the service
// layer, and return errors that one function turns into RFC 9457 problem
// documents.
package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/httpx"
	"github.com/heskem/heskem/internal/service"
)

// API serves /api/v1.
type API struct {
	svc   *service.Service
	rv    *service.Reviewer
	orgID int64
	log   *slog.Logger
}

// New returns the API for the workspace orgID.
func New(svc *service.Service, rv *service.Reviewer, orgID int64, log *slog.Logger) *API {
	return &API{svc: svc, rv: rv, orgID: orgID, log: log}
}

// Register adds the API's routes to mux.
func (a *API) Register(mux *http.ServeMux) {
	h := func(fn httpx.HandlerFunc) http.Handler { return httpx.Handle(fn, a.writeError) }
	mux.Handle("GET /api/v1/agreements", h(a.listAgreements))
	mux.Handle("POST /api/v1/agreements", h(a.createAgreement))
	mux.Handle("GET /api/v1/agreements/{id}", h(a.getAgreement))
	mux.Handle("PATCH /api/v1/agreements/{id}", h(a.updateAgreement))
	mux.Handle("GET /api/v1/dashboard", h(a.dashboard))
	mux.Handle("POST /api/v1/calendar-feeds", h(a.createFeed))
	mux.Handle("GET /api/v1/calendar-feeds", h(a.listFeeds))
	mux.Handle("DELETE /api/v1/calendar-feeds/{id}", h(a.revokeFeed))
	mux.Handle("GET /api/v1/parties", h(a.listParties))
	mux.Handle("POST /api/v1/parties", h(a.createParty))
	mux.Handle("POST /api/v1/reviews", h(a.createReview))
	mux.Handle("GET /api/v1/reviews", h(a.listReviews))
	mux.Handle("GET /api/v1/reviews/{id}", h(a.getReview))
	mux.Handle("GET /api/v1/agreements/{id}/reviews", h(a.listReviews))
	mux.Handle("POST /api/v1/agreements/{id}/milestones/{mid}/{action}", h(a.milestoneEvent))
	mux.Handle("POST /api/v1/agreements/{id}/installments/{iid}/invoice", h(a.installmentEvent))
	mux.Handle("POST /api/v1/agreements/{id}/installments/{iid}/payments", h(a.installmentEvent))
	mux.Handle("/api/", h(func(w http.ResponseWriter, r *http.Request) error {
		return heskem.Errorf(heskem.ENOTFOUND, "no API endpoint %s %s", r.Method, r.URL.Path)
	}))
}

// Problem is an RFC 9457 problem document with Heskem's error code.
type Problem struct {
	Type      string `json:"type"`
	Title     string `json:"title"`
	Status    int    `json:"status"`
	Code      string `json:"code"`
	Detail    string `json:"detail"`
	Field     string `json:"field,omitempty"`
	RequestID string `json:"request_id,omitempty"`
}

func (a *API) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status := httpx.Status(err)
	p := Problem{Type: "about:blank", Title: http.StatusText(status), Status: status, Code: heskem.ErrorCode(err),
		Detail: heskem.ErrorMessage(err), RequestID: httpx.RequestID(r.Context())}
	var de *heskem.Error
	if errors.As(err, &de) {
		p.Field = de.Field
	}
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		p.Code, p.Detail = heskem.EINVALID, fmt.Sprintf("request body is larger than %d bytes", mbe.Limit)
	}
	if status >= 500 {
		a.log.ErrorContext(r.Context(), "api error", "err", err, "method", r.Method, "path", r.URL.Path, "request_id", p.RequestID)
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(p)
}

// writeJSON writes v with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// decode reads one JSON object into v, refusing unknown fields and
// trailing data, and says where the body is wrong.
func decode(r *http.Request, v any) error {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &mbe):
			return err
		case errors.Is(err, io.ErrUnexpectedEOF):
			return heskem.Invalid("body", "error.json", "request body ends in the middle of a JSON value")
		case errors.Is(err, io.EOF):
			return heskem.Invalid("body", "error.json", "request body is empty; send a JSON object")
		case errors.As(err, &se):
			return heskem.Invalid("body", "error.json", "malformed JSON at byte %d: %v", se.Offset, err)
		case errors.As(err, &te):
			return heskem.Invalid(te.Field, "error.json", "field %q must be a %s, not a JSON %s", te.Field, te.Type, te.Value)
		}
		return heskem.Invalid("body", "error.json", "%v", err)
	}
	if dec.More() {
		return heskem.Invalid("body", "error.json", "request body holds more than one JSON value")
	}
	return nil
}

// pathID parses the {id} path value.
func pathID(r *http.Request) (int64, error) { return httpx.PathID(r, "id") }

// queryInt parses an optional non-negative integer query parameter.
func queryInt(r *http.Request, name string) (int, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, heskem.Invalid(name, "error.query", "query parameter %s=%q must be a non-negative integer", name, s)
	}
	return n, nil
}
