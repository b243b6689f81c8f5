// Package httpx holds what Heskem's HTTP surfaces (web pages, the JSON API,
// the server's middleware) share: handlers that return errors, the one table
// that maps domain error codes to HTTP statuses, and the request ID carried
// in the context.
package httpx

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"github.com/heskem/heskem/internal/heskem"
)

// statuses maps domain error codes to HTTP statuses. It is the only place
// where that mapping is decided.
var statuses = map[string]int{
	heskem.EINVALID:      http.StatusUnprocessableEntity,
	heskem.ENOTFOUND:     http.StatusNotFound,
	heskem.ECONFLICT:     http.StatusConflict,
	heskem.EUNAUTHORIZED: http.StatusUnauthorized,
	heskem.EFORBIDDEN:    http.StatusForbidden,
	heskem.EINTERNAL:     http.StatusInternalServerError,
}

// Status returns the HTTP status for err. A request body over the size
// limit is 413 whatever layer noticed it.
func Status(err error) int {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return http.StatusRequestEntityTooLarge
	}
	if s, ok := statuses[heskem.ErrorCode(err)]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// HandlerFunc is an HTTP handler that returns an error instead of writing
// it, so that one place (an ErrorWriter) decides how errors look.
type HandlerFunc func(w http.ResponseWriter, r *http.Request) error

// ErrorWriter writes an error response for a surface (an HTML page or a
// JSON problem).
type ErrorWriter func(w http.ResponseWriter, r *http.Request, err error)

// Handle adapts h to http.Handler, sending its errors to ew.
func Handle(h HandlerFunc, ew ErrorWriter) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			ew(w, r, err)
		}
	})
}

type requestIDKey struct{}

// WithRequestID returns ctx carrying the request ID.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

// RequestID returns the request ID in ctx, or "".
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// BaseURL is the scheme and host the request came to, for links that leave
// the page (calendar feeds, emails). Behind a TLS-terminating proxy the
// X-Forwarded-Proto header says https.
func BaseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// PathID parses the path value name as a positive id. Anything else is
// ENOTFOUND: a URL with a malformed id names nothing.
func PathID(r *http.Request, name string) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, heskem.Errorf(heskem.ENOTFOUND, "%q is not an id", r.PathValue(name))
	}
	return id, nil
}

// PathIDs parses the {id} path value and a second one, sub.
func PathIDs(r *http.Request, sub string) (int64, int64, error) {
	id, err := PathID(r, "id")
	if err != nil {
		return 0, 0, err
	}
	sid, err := PathID(r, sub)
	return id, sid, err
}
