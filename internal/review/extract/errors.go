package extract

import "github.com/heskem/heskem/internal/review/extract/textdoc"

// The typed errors, matched with errors.Is. They are the same values as in
// package textdoc, which the format readers share.
var (
	ErrUnsupportedFormat = textdoc.ErrUnsupportedFormat
	ErrScanned           = textdoc.ErrScanned
	ErrEncrypted         = textdoc.ErrEncrypted
	ErrCorrupt           = textdoc.ErrCorrupt
	ErrMacroEnabled      = textdoc.ErrMacroEnabled
	ErrTooLarge          = textdoc.ErrTooLarge
	ErrTimeout           = textdoc.ErrTimeout
	ErrEmpty             = textdoc.ErrEmpty
	ErrToolMissing       = textdoc.ErrToolMissing
)

// Error is an extraction failure of one file. Its message starts with the
// file name, then says what is wrong; Unwrap gives the typed error.
type Error struct {
	Name   string // file name as given to File or Read
	Format string // detected format, "" if detection failed
	Err    error
}

func (e *Error) Error() string { return e.Name + ": " + e.Err.Error() }

// Unwrap returns the underlying error, which wraps one of the Err values.
func (e *Error) Unwrap() error { return e.Err }

// Limits bound the work done on one file; see textdoc.Limits. A zero field
// means the default.
type Limits = textdoc.Limits

// DefaultLimits returns limits generous for any real agreement.
func DefaultLimits() Limits { return textdoc.DefaultLimits() }
