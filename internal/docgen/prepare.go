package docgen

import (
	"errors"
	"fmt"
)

// prepared is a checked document ready for a writer.
type prepared struct {
	doc    *Document
	blocks []block
	labels Labels
	sigs   []Signature // cleaned
	footer string      // cleaned
}

func (p *prepared) rtl() bool { return p.doc.rtl() }

// prepare checks the documents given to a writer: one, or two of the same
// structure (a bilingual pair). It returns them in the order given.
func prepare(docs []*Document) ([]*prepared, error) {
	switch len(docs) {
	case 1, 2:
	case 0:
		return nil, errors.New("docgen: no document to write")
	default:
		return nil, fmt.Errorf("docgen: %d documents: write one, or two (a bilingual pair)", len(docs))
	}
	out := make([]*prepared, len(docs))
	for i, d := range docs {
		blocks, err := flatten(d)
		if err != nil {
			return nil, err
		}
		p := &prepared{doc: d, blocks: blocks, labels: d.labels(), footer: clean(d.Footer)}
		for _, s := range d.Signatures {
			p.sigs = append(p.sigs, Signature{Party: clean(s.Party), Name: clean(s.Name), Role: clean(s.Role)})
		}
		out[i] = p
	}
	if len(out) == 2 {
		if err := sameStructure(out[0], out[1]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// sameStructure checks that a bilingual pair can be set side by side: the
// same sections, clauses and sub-clauses, parties, preamble paragraphs and
// signature columns. The error names the first place they differ.
func sameStructure(a, b *prepared) error {
	la, lb := a.doc.Lang, b.doc.Lang
	if la == lb {
		return fmt.Errorf("docgen: bilingual pair: both documents are in %q; give one Hebrew and one English", la)
	}
	count := func(what string, na, nb int) error {
		if na != nb {
			return fmt.Errorf("docgen: bilingual pair differs: %s: %d in %s, %d in %s", what, na, la, nb, lb)
		}
		return nil
	}
	if err := count("sections", len(a.doc.Sections), len(b.doc.Sections)); err != nil {
		return err
	}
	for i := range a.doc.Sections {
		if err := sameClauses(a.doc, b.doc, []int{i + 1}, a.doc.Sections[i].Clauses, b.doc.Sections[i].Clauses); err != nil {
			return err
		}
	}
	if err := count("parties", len(a.doc.Parties), len(b.doc.Parties)); err != nil {
		return err
	}
	if err := count("signature columns", len(a.sigs), len(b.sigs)); err != nil {
		return err
	}
	// Anything else (a subtitle or a preamble paragraph on one side only, an
	// empty party) shows in the paragraph sequence.
	n := min(len(a.blocks), len(b.blocks))
	for i := 0; i < n; i++ {
		if a.blocks[i].kind != b.blocks[i].kind || a.blocks[i].depth != b.blocks[i].depth {
			return fmt.Errorf("docgen: bilingual pair differs: paragraph %d is the %s in %s but the %s in %s",
				i+1, a.blocks[i].where, la, b.blocks[i].where, lb)
		}
	}
	return count("paragraphs", len(a.blocks), len(b.blocks))
}

func sameClauses(a, b *Document, path []int, ca, cb []Clause) error {
	if len(ca) != len(cb) {
		what, items := "section "+where(a.Lang, path), "clauses"
		if len(path) > 1 {
			what, items = "clause "+where(a.Lang, path)+" / "+where(b.Lang, path), "sub-clauses"
		}
		return fmt.Errorf("docgen: bilingual pair differs: %s has %d %s in %s and %d in %s",
			what, len(ca), items, a.Lang, len(cb), b.Lang)
	}
	for i := range ca {
		p := append(append(make([]int, 0, len(path)+1), path...), i+1)
		if err := sameClauses(a, b, p, ca[i].Sub, cb[i].Sub); err != nil {
			return err
		}
	}
	return nil
}

// pairOrder returns a bilingual pair as the columns of a page seen from
// the left: the English document on the left and the Hebrew one
// on the right, whatever order they were given in.
func pairOrder(ps []*prepared) (left, right *prepared) {
	if ps[0].rtl() {
		return ps[1], ps[0]
	}
	return ps[0], ps[1]
}
