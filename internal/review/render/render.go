// Package render writes a review report for people: a terminal summary
// (colour on a TTY, optional visual right-to-left ordering), Markdown, and a
// self-contained HTML page that prints well. JSON needs no renderer: the
// report type is the JSON contract. Every format says that the report is
// not legal advice, in the document's language.
package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/heskem/heskem/internal/i18n"
	"github.com/heskem/heskem/internal/review"
)

// Renderer renders reports with the interface texts of a catalog.
type Renderer struct {
	cat *i18n.Catalog
}

// New returns a Renderer.
func New(cat *i18n.Catalog) *Renderer { return &Renderer{cat: cat} }

// loc returns the localizer for a report: reports speak the document's
// language.
func (r *Renderer) loc(rep *review.Report) i18n.Localizer {
	return r.cat.For(rep.Document.Language)
}

// statusMark is a symbol for a status that survives black-and-white print.
func statusMark(s review.Status) string {
	switch s {
	case review.Present:
		return "✔"
	case review.Partial:
		return "◐"
	}
	return "✘"
}

// missingText names the failed sub-checks of a partial item in the
// reader's language (the identifiers themselves are in the JSON).
func missingText(l i18n.Localizer, it review.Item) string {
	names := make([]string, len(it.Missing))
	for i, id := range it.Missing {
		key := "review.check." + id
		if names[i] = l.T(key); names[i] == key {
			names[i] = id
		}
	}
	return strings.Join(names, ", ")
}

// position formats an evidence or finding position: section and offsets.
func position(section string, start, end int) string {
	s := "[" + strconv.Itoa(start) + "–" + strconv.Itoa(end) + "]"
	if section != "" {
		return "§" + section + " " + s
	}
	return s
}

// termRows flattens the key terms into (list, as written, value, position)
// rows for the table-shaped outputs.
type termRow struct {
	List, Text, Value, Pos string
}

func termRows(t review.Terms) []termRow {
	var rows []termRow
	add := func(list string, sp review.Span, value string) {
		rows = append(rows, termRow{List: list, Text: sp.Text, Value: value, Pos: position("", sp.Start, sp.End)})
	}
	for _, p := range t.Parties {
		v := p.Name
		if p.IDNumber != "" {
			v += " · " + p.IDNumber
		}
		if p.Role != "" {
			v += " · " + p.Role
		}
		add("parties", p.Span, v)
	}
	for _, d := range t.Dates {
		add("dates", d.Span, d.Value)
	}
	for _, d := range t.Durations {
		v := fmt.Sprintf("%d %s", d.Count, d.Unit)
		if d.Anchor != "" {
			v += " ← " + d.Anchor
		}
		add("durations", d.Span, v)
	}
	for _, a := range t.Amounts {
		add("amounts", a.Span, a.Value+" "+a.Currency+" (VAT: "+a.VAT+")")
	}
	for _, r := range t.Rates {
		v := r.Percent + "%"
		if r.Per != "" {
			v += " / " + r.Per
		}
		add("rates", r.Span, v)
	}
	for _, p := range t.PaymentTerms {
		v := p.Kind
		if p.Days > 0 {
			v += " " + strconv.Itoa(p.Days)
		}
		add("payment_terms", p.Span, v)
	}
	for _, g := range t.GoverningLaw {
		add("governing_law", g.Span, g.Jurisdiction)
	}
	return rows
}
