package terms

import "fmt"

// InputError says which input field is wrong and why. Field uses the JSON
// names of the CLI and API input ("period.count", "force_majeure[0].from") so
// that every front end can point the user at the field to fix.
type InputError struct {
	Field  string
	Reason string
}

func (e *InputError) Error() string { return e.Field + ": " + e.Reason }

// fieldErrorf builds an *InputError for field with a formatted reason.
func fieldErrorf(field, format string, args ...any) error {
	return &InputError{Field: field, Reason: fmt.Sprintf(format, args...)}
}
