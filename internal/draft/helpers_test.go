package draft

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/docgen"
)

// flatten writes a document as the plain text a reader would extract: the
// title block, parties and recitals, then one paragraph per line, section
// headings as "7. תמורה", clauses as "7.2 text", sub-clauses as "(א) text",
// and the signature block. The golden files use it rather than
// docgen.WriteText so that they change only when the clause library does,
// not when the text writer's layout does.
func flatten(d *docgen.Document) string {
	var b strings.Builder
	line := func(parts ...string) {
		b.WriteString(strings.Join(parts, ""))
		b.WriteByte('\n')
	}
	line(d.Title)
	if d.Subtitle != "" {
		line(d.Subtitle)
	}
	for i, p := range d.Parties {
		label := d.Labels.Between
		if i > 0 {
			label = d.Labels.And
		}
		id := ""
		if p.IDNumber != "" {
			id = ", " + p.IDLabel + " " + p.IDNumber
		}
		addr := ""
		if p.Address != "" {
			addr = ", " + p.Address
		}
		if d.Lang == "he" {
			line(label, ": ", p.Name, id, addr, ` (להלן: "`, p.Role, `")`)
		} else {
			line(label, ": ", p.Name, id, addr, ` (the "`, strings.TrimPrefix(p.Role, "the "), `")`)
		}
	}
	for _, p := range d.Preamble {
		line(p)
	}
	for _, s := range d.Sections {
		line(s.Number, ". ", s.Heading)
		for _, c := range s.Clauses {
			line(c.Number, " ", c.Text)
			for _, sc := range c.Sub {
				line(sc.Number, " ", sc.Text)
			}
		}
	}
	for _, s := range d.Signatures {
		line(s.Party, ": ", d.Labels.Name, ": ", s.Name, ", ", d.Labels.Role, ": ", s.Role, ", ", d.Labels.Signature, ": ________")
	}
	return b.String()
}

// readFile reads a file of the test data or fails the test.
func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.FromSlash(path))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
