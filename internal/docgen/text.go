package docgen

import (
	"bufio"
	"fmt"
	"io"
)

// blank is the line a signer fills in by hand.
const blank = "______________"

// WriteText writes doc as plain text in logical order, one paragraph per
// line, with clause numbers as text ("1.1 …", "(א) …") and the signature
// block as label/value lines. It is the reference the other formats are
// compared with when they are read back (see the package tests), so it
// holds exactly the words a reader of the DOCX or PDF sees, minus page
// headers and footers.
func WriteText(w io.Writer, doc *Document) error {
	ps, err := prepare([]*Document{doc})
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	for _, l := range textLines(ps[0]) {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("docgen: write text: %w", err)
	}
	return nil
}

// textLines is the document as lines of plain text.
func textLines(p *prepared) []string {
	lines := make([]string, 0, len(p.blocks)+5*len(p.sigs))
	for _, b := range p.blocks {
		lines = append(lines, b.line())
	}
	for _, s := range p.sigs {
		lines = append(lines, signatureLines(s, p.labels)...)
	}
	return lines
}

// signatureLines is one party's signature column, top to bottom: the
// party, then signature, name, title and date, each "label: value" with a
// line to fill in where the value is not known.
func signatureLines(s Signature, l Labels) []string {
	or := func(v string) string {
		if v == "" {
			return blank
		}
		return v
	}
	var out []string
	if s.Party != "" {
		out = append(out, s.Party)
	}
	return append(out,
		l.Signature+": "+blank,
		l.Name+": "+or(s.Name),
		l.Role+": "+or(s.Role),
		l.Date+": "+blank,
	)
}
