package textdoc

import "time"

// Limits bound the work done on one input file. Every input from outside is
// limited in size and time; these are the knobs. A zero field means "use the
// default" (see DefaultLimits and WithDefaults).
type Limits struct {
	// MaxBytes bounds the size of the file itself.
	MaxBytes int64
	// MaxUncompressed bounds the total decompressed size of a DOCX archive
	// (checked from the zip headers before reading, and enforced while
	// reading because headers can lie) and the size of pdftotext output.
	MaxUncompressed int64
	// MaxEntries bounds the number of entries in a DOCX archive.
	MaxEntries int
	// MaxPages bounds the page count of a PDF.
	MaxPages int
	// MaxParagraphs bounds the number of paragraphs extracted.
	MaxParagraphs int
	// Timeout bounds the whole extraction of one file.
	Timeout time.Duration
}

// DefaultLimits are generous for any real agreement (hundreds of pages)
// while keeping a hostile file from using more than a few hundred MiB or a
// minute.
func DefaultLimits() Limits {
	return Limits{
		MaxBytes:        64 << 20,
		MaxUncompressed: 256 << 20,
		MaxEntries:      10000,
		MaxPages:        2000,
		MaxParagraphs:   200000,
		Timeout:         60 * time.Second,
	}
}

// WithDefaults returns l with every zero field replaced by its default.
func (l Limits) WithDefaults() Limits {
	d := DefaultLimits()
	if l.MaxBytes <= 0 {
		l.MaxBytes = d.MaxBytes
	}
	if l.MaxUncompressed <= 0 {
		l.MaxUncompressed = d.MaxUncompressed
	}
	if l.MaxEntries <= 0 {
		l.MaxEntries = d.MaxEntries
	}
	if l.MaxPages <= 0 {
		l.MaxPages = d.MaxPages
	}
	if l.MaxParagraphs <= 0 {
		l.MaxParagraphs = d.MaxParagraphs
	}
	if l.Timeout <= 0 {
		l.Timeout = d.Timeout
	}
	return l
}
