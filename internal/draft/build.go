package draft

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"text/template"

	"github.com/heskem/heskem/internal/docgen"
)

// Build writes the agreement in lang ("he" or "en") with the embedded
// clause library. The agreement must be valid (see Validate); Build
// re-checks and returns the Problems as the error when it is not.
func Build(a *Agreement, lang string) (*docgen.Document, error) {
	lib, err := NewLibrary()
	if err != nil {
		return nil, err
	}
	return lib.Build(a, lang)
}

// view is what the section templates see: the agreement with defaults, and
// values computed from it.
type view struct {
	*Agreement
	Lang string
	// End is the last day of the engagement (schedule.end, or start plus
	// term).
	End Date
	// Milestones with their due dates and installments.
	Milestones []milestoneView
	// Installments with their amounts resolved.
	Installments []installmentView
	// SupplierContacts and ClientContacts split Contacts by party.
	SupplierContacts, ClientContacts []Contact
	// Rates are the rates for additional services.
	Rates []Rate
	// DeemedAcceptance and ClosingReview are the defaulted flags as plain
	// booleans (a template's "if" on a pointer tests only for nil).
	DeemedAcceptance, ClosingReview bool
}

type milestoneView struct {
	Milestone
	Due Date
	// Items are the deliverables handed over at the milestone, and
	// ItemNames their names.
	Items        []Deliverable
	ItemNames    []Text
	Installments []installmentView
}

type installmentView struct {
	Installment
	Amount Money
}

// Build writes the agreement in lang with this library.
func (l *Library) Build(a *Agreement, lang string) (*docgen.Document, error) {
	ll, ok := l.langs[lang]
	if !ok {
		return nil, fmt.Errorf("draft: unknown language %q (want he or en)", lang)
	}
	if probs := a.Validate(lang); probs.HasErrors() {
		return nil, probs.Errors()
	}
	d := a.WithDefaults()
	cal, err := newCalendar(d.BusinessDays)
	if err != nil {
		return nil, err
	}
	v := newView(d, lang, cal)
	f := &formatter{ll: ll, a: d, lang: lang, sections: map[string]string{}}
	tm, err := ll.tmpl.Clone()
	if err != nil {
		return nil, fmt.Errorf("draft: %w", err)
	}
	tm.Funcs(f.funcs())

	// Pass 1 finds the sections that have content; pass 2 renders them
	// with their numbers known, for cross-references.
	var present []sectionFile
	for _, s := range ll.sections {
		out, err := execute(tm, s.name, v)
		if err != nil {
			return nil, err
		}
		if strings.TrimSpace(out) != "" {
			present = append(present, s)
		}
	}
	for i, s := range present {
		f.sections[s.id] = strconv.Itoa(i + 1)
	}
	f.strict = true
	doc := &docgen.Document{Lang: lang}
	subs := strings.Fields(ll.words["sub_labels"])
	for i, s := range present {
		out, err := execute(tm, s.name, v)
		if err != nil {
			return nil, err
		}
		sec, err := parseSection(out, strconv.Itoa(i+1), subs)
		if err != nil {
			return nil, fmt.Errorf("draft: %s/%s: %w", lang, s.name, err)
		}
		doc.Sections = append(doc.Sections, sec)
	}
	if err := fillHead(doc, tm, v, f); err != nil {
		return nil, err
	}
	return doc, nil
}

func execute(tm *template.Template, name string, v *view) (string, error) {
	var b bytes.Buffer
	if err := tm.ExecuteTemplate(&b, name, v); err != nil {
		return "", fmt.Errorf("draft: %w", err)
	}
	return b.String(), nil
}

func newView(d *Agreement, lang string, cal calendar) *view {
	v := &view{Agreement: d, Lang: lang, End: d.endDate(cal), Rates: d.AdditionalServices.Rates,
		DeemedAcceptance: *d.Scope.Acceptance.DeemedAcceptance, ClosingReview: *d.SharedActivities.ClosingReview}
	for i, in := range d.Payment.Installments {
		v.Installments = append(v.Installments, installmentView{in, d.Payment.InstallmentAmount(i)})
	}
	due := d.milestoneDue(cal)
	items := map[string]Deliverable{}
	for _, it := range d.Scope.Deliverables {
		items[it.ID] = it
	}
	for _, m := range d.Schedule.Milestones {
		mv := milestoneView{Milestone: m, Due: due[m.ID]}
		for _, id := range m.Deliverables {
			mv.Items = append(mv.Items, items[id])
			mv.ItemNames = append(mv.ItemNames, items[id].Name)
		}
		for _, in := range v.Installments {
			if in.Milestone == m.ID {
				mv.Installments = append(mv.Installments, in)
			}
		}
		v.Milestones = append(v.Milestones, mv)
	}
	for _, c := range d.Contacts {
		if c.Party == "supplier" {
			v.SupplierContacts = append(v.SupplierContacts, c)
		} else {
			v.ClientContacts = append(v.ClientContacts, c)
		}
	}
	return v
}

// fillHead fills the title block, parties, recitals, signatures, footer
// and labels.
func fillHead(doc *docgen.Document, tm *template.Template, v *view, f *formatter) error {
	ll, a := f.ll, v.Agreement
	var err error
	if doc.Title, err = f.text(a.Title); err != nil {
		return fmt.Errorf("draft: title: %w", err)
	}
	if tm.Lookup("subtitle") != nil && !a.Date.IsZero() {
		if doc.Subtitle, err = execute(tm, "subtitle", v); err != nil {
			return err
		}
		doc.Subtitle = strings.Join(strings.Fields(doc.Subtitle), " ")
	}
	pre, err := execute(tm, "preamble.tmpl", v)
	if err != nil {
		return err
	}
	if doc.Preamble, err = paragraphs(pre); err != nil {
		return fmt.Errorf("draft: %s/preamble.tmpl: %w", v.Lang, err)
	}
	for _, side := range []struct {
		key string
		p   Party
	}{{"supplier", a.Parties.Supplier}, {"client", a.Parties.Client}} {
		name, err := f.text(side.p.Name)
		if err != nil {
			return fmt.Errorf("draft: parties.%s.name: %w", side.key, err)
		}
		addr, err := f.text(side.p.Address)
		if err != nil {
			return fmt.Errorf("draft: parties.%s.address: %w", side.key, err)
		}
		party := docgen.Party{Name: name, IDNumber: side.p.IDNumber, Address: addr, Role: ll.words["party."+side.key]}
		if side.p.IDNumber != "" {
			party.IDLabel = ll.words["id."+side.p.IDKind]
		}
		doc.Parties = append(doc.Parties, party)
		for _, s := range side.p.Signatories {
			n, err := f.text(s.Name)
			if err != nil {
				return fmt.Errorf("draft: parties.%s.signatories: %w", side.key, err)
			}
			r, err := f.text(s.Role)
			if err != nil {
				return fmt.Errorf("draft: parties.%s.signatories: %w", side.key, err)
			}
			doc.Signatures = append(doc.Signatures, docgen.Signature{Party: name, Name: n, Role: r})
		}
	}
	doc.Footer = doc.Title + " · " + ll.words["label.version"] + " " + a.Fingerprint()
	doc.Labels = docgen.Labels{
		Page: ll.words["label.page"], Of: ll.words["label.of"], Signature: ll.words["label.signature"],
		Name: ll.words["label.name"], Role: ll.words["label.role"], Date: ll.words["label.date"],
		Between: ll.words["label.between"], And: ll.words["label.and"], Hereafter: ll.words["label.hereafter"],
	}
	if !a.Date.IsZero() {
		doc.Date = a.Date.Time()
	}
	return nil
}

// Fingerprint is a short hash of the agreement's data, printed in the
// footer so that two printed copies can be matched to the same version.
func (a *Agreement) Fingerprint() string {
	b, err := json.Marshal(a)
	if err != nil {
		return ""
	}
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:4])
}
