package textdoc

import "errors"

// The typed errors of document extraction. Readers wrap them with what
// exactly is wrong (fmt.Errorf("%w: ...")), and extract wraps that with the
// file name, so errors.Is works all the way up and a CLI can map every one
// of them to "bad input" (exit code 2) with a clear message.
var (
	// ErrUnsupportedFormat: the file is not one of the formats we read
	// (txt, md, html, docx, pdf), or is binary where text was expected.
	ErrUnsupportedFormat = errors.New("unsupported format")
	// ErrScanned: a PDF without a text layer. We do not do OCR.
	ErrScanned = errors.New("this PDF has no text layer (scanned?); OCR is not supported")
	// ErrEncrypted: the document needs a password to be read.
	ErrEncrypted = errors.New("document is encrypted (password-protected)")
	// ErrCorrupt: the file claims a format but does not follow it.
	ErrCorrupt = errors.New("corrupt or truncated file")
	// ErrMacroEnabled: a macro-enabled Word document (.docm, vbaProject.bin).
	// We refuse it rather than silently read around the macros.
	ErrMacroEnabled = errors.New("macro-enabled document; save it as .docx without macros")
	// ErrTooLarge: a limit was exceeded (file size, decompressed size, zip
	// entries, pages or paragraphs).
	ErrTooLarge = errors.New("document too large")
	// ErrTimeout: extraction took longer than Limits.Timeout.
	ErrTimeout = errors.New("extraction timed out")
	// ErrEmpty: the file was read but holds no text at all.
	ErrEmpty = errors.New("document contains no text")
	// ErrToolMissing: an external program needed for this format (Poppler's
	// pdftotext and pdfinfo for PDF) is not installed.
	ErrToolMissing = errors.New("required external tool is not installed")
)
