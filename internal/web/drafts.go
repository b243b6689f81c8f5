package web

import (
	"bytes"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/heskem/heskem/internal/docgen"
	"github.com/heskem/heskem/internal/draft"
	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/i18n"
	"github.com/heskem/heskem/internal/review"
	"github.com/heskem/heskem/internal/service"
	"github.com/heskem/heskem/internal/wizard"
)

func (w *Web) drafts(rw http.ResponseWriter, r *http.Request) error {
	l := w.localizer(rw, r)
	list, err := w.svc.Drafts(r.Context(), w.orgID)
	if err != nil {
		return err
	}
	return w.render(rw, r, l, http.StatusOK, "drafts", l.T("wizard.title"), list)
}

func (w *Web) newDraft(rw http.ResponseWriter, r *http.Request) error {
	title := strings.TrimSpace(r.FormValue("title"))
	if title == "" {
		title = w.localizer(rw, r).T("wizard.untitled")
	}
	d, err := w.svc.NewDraft(r.Context(), service.Actor{Name: "web"}, w.orgID, title, r.FormValue("language"), r.FormValue("start") == "example")
	if err != nil {
		return err
	}
	http.Redirect(rw, r, fmt.Sprintf("/drafts/%d/step/1", d.ID), http.StatusSeeOther)
	return nil
}

// sectionView is one editable section of a step.
type sectionView struct {
	Key      string
	Text     string
	Items    []itemStatus // the rubric items this section is about, with their status
	Default  bool         // not written: the draft uses the documented default
	Required bool
	Problems []draft.Problem
	Model    bool // the example has this section to insert
}

type itemStatus struct {
	ID, Name string
	Status   review.Status
	Missing  []string
}

// stepPage is the wizard page of one step.
type stepPage struct {
	Draft    *heskem.Draft
	Step     wizard.Step
	Steps    []wizard.Step
	Sections []sectionView
	Report   *review.Report
	Problems draft.Problems // problems outside this step's sections
	Errors   int
	Message  string
	Saved    bool
}

// sectionItems maps a section of the agreement file to the rubric items it
// is about.
var sectionItems = map[string][]string{
	"scope": {"scope"}, "schedule": {"schedule"}, "payment": {"payment"}, "late_payment": {"late_payment"},
	"additional_services": {"additional_services"}, "unforeseen": {"unforeseen"}, "communication": {"communication"},
	"meeting_summaries": {"meeting_summaries"}, "flexibility": {"flexibility"}, "changes": {"changes"}, "sanctions": {"sanctions"},
	"dispute_resolution": {"dispute_resolution"}, "termination": {"termination"}, "collaboration": {"collaboration"},
	"shared_activities": {"shared_activities"}, "contacts": {"contacts"},
	"protections": {"confidentiality", "intellectual_property", "liability", "independent_contractor", "data_protection"},
}

func (w *Web) draftStep(rw http.ResponseWriter, r *http.Request) error {
	d, step, err := w.draftAndStep(r)
	if err != nil {
		return err
	}
	sections, err := wizard.Split([]byte(d.YAML))
	if err != nil {
		return err
	}
	return w.renderStep(rw, r, d, step, sections, r.URL.Query().Get("saved") == "1", "", http.StatusOK)
}

func (w *Web) draftAndStep(r *http.Request) (*heskem.Draft, wizard.Step, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, wizard.Step{}, err
	}
	n, _ := strconv.Atoi(r.PathValue("n"))
	steps := wizard.Steps()
	if n < 1 || n > len(steps) {
		return nil, wizard.Step{}, heskem.Errorf(heskem.ENOTFOUND, "no step %q", r.PathValue("n"))
	}
	d, err := w.svc.Draft(r.Context(), w.orgID, id)
	return d, steps[n-1], err
}

// renderStep evaluates the sections as they stand (saved, or as just
// submitted when they could not be saved) and shows the step.
func (w *Web) renderStep(rw http.ResponseWriter, r *http.Request, d *heskem.Draft, step wizard.Step, sections map[string]string,
	saved bool, message string, status int) error {
	l := w.localizer(rw, r)
	res, err := wizard.Evaluate(r.Context(), w.rv.Engine(), []byte(wizard.Join(sections)))
	if err != nil {
		return err
	}
	lines := wizard.SectionLines(sections)
	example, _ := draft.Example(d.Language)
	model, _ := wizard.Split(example)
	p := stepPage{Draft: d, Step: step, Steps: wizard.Steps(), Report: res.Report, Errors: len(res.Problems.Errors()), Message: message, Saved: saved}
	undecided := map[string]bool{}
	for _, k := range wizard.Undecided(sections) {
		undecided[k] = true
	}
	owned := map[string][]draft.Problem{}
	for _, pr := range res.Problems {
		key := problemSection(pr, lines)
		if span, ok := lines[key]; ok && pr.Line >= span[0] {
			pr.Line -= span[0] - 1 // the line within the section's text box
		} else {
			pr.Line = 0
		}
		owned[key] = append(owned[key], pr)
	}
	inStep := map[string]bool{}
	for _, key := range step.Sections {
		inStep[key] = true
		sv := sectionView{Key: key, Text: sections[key], Default: undecided[key], Model: model[key] != "",
			Required: strings.TrimSpace(sections[key]) == "" && !undecided[key], Problems: owned[key]}
		for _, id := range sectionItems[key] {
			sv.Items = append(sv.Items, itemOf(l, res.Report, id))
		}
		p.Sections = append(p.Sections, sv)
	}
	for key, prs := range owned {
		if !inStep[key] {
			p.Problems = append(p.Problems, prs...)
		}
	}
	return w.render(rw, r, l, status, "draft_step", d.Title, p)
}

// problemSection is the section a problem belongs to: the one its field
// path starts with, else the one whose lines hold it ("" for none).
func problemSection(pr draft.Problem, lines map[string][2]int) string {
	top, _, _ := strings.Cut(pr.Path, ".")
	top, _, _ = strings.Cut(top, "[")
	for _, step := range wizard.Steps() {
		for _, key := range step.Sections {
			if key == top {
				return key
			}
		}
	}
	for key, span := range lines {
		if pr.Line >= span[0] && pr.Line <= span[1] {
			return key
		}
	}
	return "header"
}

// itemOf returns an item's status in the report ("" when there is none).
func itemOf(l i18n.Localizer, rep *review.Report, id string) itemStatus {
	st := itemStatus{ID: id, Name: l.T("wizard.item." + id)}
	if rep == nil {
		return st
	}
	for _, it := range append(allItems(rep), rep.Protections...) {
		if it.ID == id {
			st.Status, st.Missing, st.Name = it.Status, it.Missing, it.Name
		}
	}
	return st
}

func allItems(rep *review.Report) []review.Item {
	var out []review.Item
	for _, s := range rep.Steps {
		out = append(out, s.Items...)
	}
	return out
}

// saveStep stores the step's sections and moves as the button asked:
// stay, next step, previous step, or insert the example's model text into
// an empty section.
func (w *Web) saveStep(rw http.ResponseWriter, r *http.Request) error {
	d, step, err := w.draftAndStep(r)
	if err != nil {
		return err
	}
	rev, _ := strconv.ParseInt(r.FormValue("revision"), 10, 64)
	edits := map[string]string{}
	for _, key := range step.Sections {
		if v, ok := r.Form["s_"+key]; ok {
			edits[key] = strings.ReplaceAll(v[0], "\r\n", "\n")
		}
	}
	action := r.FormValue("action")
	if key, ok := strings.CutPrefix(action, "insert:"); ok {
		example, err := draft.Example(d.Language)
		if err != nil {
			return err
		}
		model, err := wizard.Split(example)
		if err != nil {
			return err
		}
		if strings.TrimSpace(edits[key]) == "" {
			edits[key] = model[key]
		}
	}
	saved, err := w.svc.SaveDraft(r.Context(), service.Actor{Name: "web"}, w.orgID, d.ID, rev, edits)
	if err != nil {
		if code := heskem.ErrorCode(err); code == heskem.EINVALID || code == heskem.ECONFLICT {
			// Show the step again with what was typed, and the reason.
			sections, _ := wizard.Split([]byte(d.YAML))
			if sections == nil {
				sections = map[string]string{}
			}
			for k, v := range edits {
				sections[k] = v
			}
			status := http.StatusUnprocessableEntity
			if heskem.ErrorCode(err) == heskem.ECONFLICT {
				status = http.StatusConflict
			}
			return w.renderStep(rw, r, d, step, sections, false, heskem.ErrorMessage(err), status)
		}
		return err
	}
	next := step.Number
	switch action {
	case "next":
		next = min(step.Number+1, len(wizard.Steps()))
	case "prev":
		next = max(step.Number-1, 1)
	}
	anchor := ""
	if key, ok := strings.CutPrefix(action, "insert:"); ok {
		anchor = "#s-" + key
	}
	http.Redirect(rw, r, fmt.Sprintf("/drafts/%d/step/%d?saved=1%s", saved.ID, next, anchor), http.StatusSeeOther)
	return nil
}

// draftDocument downloads the draft as a document.
func (w *Web) draftDocument(rw http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	format := r.PathValue("format")
	ctype, ok := wizard.Formats[format]
	if !ok {
		return heskem.Errorf(heskem.ENOTFOUND, "no %q format", format)
	}
	d, err := w.svc.Draft(r.Context(), w.orgID, id)
	if err != nil {
		return err
	}
	lang := r.URL.Query().Get("lang")
	if lang != "" && lang != "he" && lang != "en" && lang != "both" {
		lang = ""
	}
	var b bytes.Buffer
	if err := wizard.Render(&b, []byte(d.YAML), format, lang, docgen.PDFOptions{}); err != nil {
		return heskem.Invalid("draft", "error.draft", "%v", err)
	}
	rw.Header().Set("Content-Type", ctype)
	if format == "html" {
		// The document is self-contained, with its own inline styles.
		rw.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	}
	rw.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="heskem-draft-%d.%s"`, d.ID, format))
	_, err = b.WriteTo(rw)
	return err
}

// draftToAgreement saves a finished draft as an agreement of the workspace.
func (w *Web) draftToAgreement(rw http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	ag, err := w.svc.AgreementFromDraft(r.Context(), service.Actor{Name: "web"}, w.orgID, id)
	if err != nil {
		if heskem.ErrorCode(err) == heskem.EINVALID {
			d, step, derr := w.draftAndStepN(r, id, 1)
			if derr != nil {
				return derr
			}
			sections, _ := wizard.Split([]byte(d.YAML))
			return w.renderStep(rw, r, d, step, sections, false, heskem.ErrorMessage(err), http.StatusUnprocessableEntity)
		}
		return err
	}
	http.Redirect(rw, r, fmt.Sprintf("/agreements/%d", ag.ID), http.StatusSeeOther)
	return nil
}

func (w *Web) draftAndStepN(r *http.Request, id int64, n int) (*heskem.Draft, wizard.Step, error) {
	d, err := w.svc.Draft(r.Context(), w.orgID, id)
	return d, wizard.Steps()[n-1], err
}
