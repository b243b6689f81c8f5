// Package extract reads agreements from files into plain text for the
// review engine: TXT, Markdown, HTML, DOCX and PDF, each by a small
// subpackage (txt, markdown, htmltext, docx, pdf), with format detection,
// limits and typed errors here.
//
// # Output
//
// A Document's Text is UTF-8 in Unicode normalization form NFC with one
// paragraph per line: paragraphs are separated by a single "\n", there are
// no blank lines, and no paragraph is empty or contains a line break (tabs
// may remain). Paragraphs lists every paragraph with its offsets into Text
// counted in Unicode code points (runes), its heading level (0 for body
// text) and, when the format numbered it automatically, its list number.
// Automatic numbering is materialized at the start of the paragraph text
// ("1.1 The Client shall pay…", "(א) איחור בתשלום…"), so the text is what
// the reader sees; numbers typed by hand are simply part of the text.
//
// Invisible characters written by the author (bidi controls, zero-width
// characters) are kept so that the review engine can report them; only
// extraction artifacts are removed (the embedding marks Poppler adds to
// PDF text, see package pdf).
//
// # Formats
//
// The format comes from the magic bytes when the file has any (PDF, zip,
// OLE, RTF, images) and otherwise from the extension: .txt/.text, .md/
// .markdown, .html/.htm/.xhtml, .docx/.dotx, .pdf; a file with no extension
// is sniffed as HTML or plain text. See each subpackage for how its format
// is read, and for what it cannot do. Headings are marked for Markdown,
// HTML and DOCX; plain text and PDF carry no heading information we trust,
// so their paragraphs all have Heading 0. PDF needs Poppler's pdftotext and
// pdfinfo (Debian poppler-utils) at run time; without them reading a PDF
// fails with ErrToolMissing and an install hint.
//
// # Limits and time
//
// Limits bound the file size, the decompressed size and entry count of a
// DOCX, PDF pages and the number of paragraphs. The timeout covers the whole
// extraction: Poppler is killed at the deadline, and the caller gets
// ErrTimeout at the deadline even if a third-party parser (goldmark,
// x/net/html) is still finishing in the background.
//
// # Errors
//
// Every failure is an *Error naming the file, wrapping one of ErrUnsupportedFormat,
// ErrScanned, ErrEncrypted, ErrCorrupt, ErrMacroEnabled, ErrTooLarge,
// ErrTimeout, ErrEmpty or ErrToolMissing with what exactly is wrong, so
// errors.Is works and a CLI can map all of them to "bad input" (exit code 2)
// and print the message as it is. Extraction never panics, and never
// returns an empty document: no text at all is ErrEmpty (ErrScanned for a
// PDF).
package extract
