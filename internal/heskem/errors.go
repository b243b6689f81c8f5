package heskem

import (
	"errors"
	"fmt"
)

// Error codes. They are stable: the API maps them to HTTP statuses in one
// table and the UI to translated messages, so a code never changes meaning.
const (
	EINVALID      = "invalid"      // the input breaks a rule; Field says which
	ENOTFOUND     = "not_found"    // the thing asked for does not exist (or is not visible)
	ECONFLICT     = "conflict"     // someone else changed it first, or it already exists
	EUNAUTHORIZED = "unauthorized" // who you are is unknown
	EFORBIDDEN    = "forbidden"    // you may not do this
	EINTERNAL     = "internal"     // our fault; details are logged, not shown
)

// Error is a domain error: a code for programs, a message for people and,
// for invalid input, the field it concerns. Messages are written in English
// for logs and the CLI; the web layer translates by Code and Key.
type Error struct {
	Code    string
	Field   string // the field or path at fault, e.g. "parties[0].id_number"
	Key     string // translation key for the UI, e.g. "error.id_number_check_digit"
	Message string
}

func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s: %s", e.Field, e.Message)
	}
	return e.Message
}

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid returns an EINVALID error about one field.
func Invalid(field, key, format string, args ...any) *Error {
	return &Error{Code: EINVALID, Field: field, Key: key, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the human message of a domain error, or a generic
// message for internal errors so that no internal detail reaches a user.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Error()
	}
	return "internal error"
}

// Problems collects several validation errors so that a user sees every
// problem at once instead of fixing them one round trip at a time.
type Problems []*Error

func (p Problems) Error() string {
	switch len(p) {
	case 0:
		return "no problems"
	case 1:
		return p[0].Error()
	}
	s := fmt.Sprintf("%d problems:", len(p))
	for _, e := range p {
		s += "\n  - " + e.Error()
	}
	return s
}

// add appends a problem.
func (p *Problems) add(field, key, format string, args ...any) {
	*p = append(*p, Invalid(field, key, format, args...))
}

// Err returns nil when there are no problems, the single *Error when there
// is one, and an EINVALID *Error wrapping all of them otherwise.
func (p Problems) Err() error {
	switch len(p) {
	case 0:
		return nil
	case 1:
		return p[0]
	}
	return &Error{Code: EINVALID, Key: "error.invalid", Message: p.Error()}
}
