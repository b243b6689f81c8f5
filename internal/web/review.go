package web

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"path/filepath"
	"strconv"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/i18n"
	"github.com/heskem/heskem/internal/review"
	"github.com/heskem/heskem/internal/service"
)

// reviewForm is the upload page's data.
type reviewForm struct {
	Agreements []service.AgreementRow
	Error      string
	Lang       string
	Attach     int64
}

// reviewPage shows a report inside the workspace layout.
type reviewPage struct {
	Body     template.HTML
	StoredID int64
	Saved    bool
}

func (w *Web) reviewFormPage(rw http.ResponseWriter, r *http.Request, l i18n.Localizer, status int, form reviewForm) error {
	rows, _, err := w.svc.ListAgreements(r.Context(), heskem.AgreementFilter{OrgID: w.orgID, Limit: 500})
	if err != nil {
		return err
	}
	form.Agreements = rows
	return w.render(rw, r, l, status, "review_form", l.T("review.upload"), form)
}

func (w *Web) reviewForm(rw http.ResponseWriter, r *http.Request) error {
	attach, _ := strconv.ParseInt(r.URL.Query().Get("agreement"), 10, 64)
	return w.reviewFormPage(rw, r, w.localizer(rw, r), http.StatusOK, reviewForm{Lang: "auto", Attach: attach})
}

// submitReview evaluates the uploaded file. Attached reports are stored
// and the browser is redirected to them (so a reload does not upload
// again); others are shown at once and not kept.
func (w *Web) submitReview(rw http.ResponseWriter, r *http.Request) error {
	l := w.localizer(rw, r)
	form := reviewForm{Lang: r.FormValue("lang")}
	if err := r.ParseMultipartForm(8 << 20); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		form.Error = l.T("error.invalid")
		return w.reviewFormPage(rw, r, l, http.StatusUnprocessableEntity, form)
	}
	defer r.MultipartForm.RemoveAll()
	form.Lang = r.FormValue("lang")
	form.Attach, _ = strconv.ParseInt(r.FormValue("agreement_id"), 10, 64)
	f, hdr, err := r.FormFile("file")
	if err != nil {
		form.Error = l.T("review.upload.file") + ": " + l.T("error.invalid")
		return w.reviewFormPage(rw, r, l, http.StatusUnprocessableEntity, form)
	}
	defer f.Close()
	rep, err := w.rv.Evaluate(r.Context(), filepath.Base(hdr.Filename), f, form.Lang)
	if err != nil {
		if heskem.ErrorCode(err) == heskem.EINVALID {
			form.Error = heskem.ErrorMessage(err)
			return w.reviewFormPage(rw, r, l, http.StatusUnprocessableEntity, form)
		}
		return err
	}
	if form.Attach > 0 {
		saved, err := w.rv.Save(r.Context(), service.Actor{Name: "web"}, w.orgID, form.Attach, rep)
		if err != nil {
			return err
		}
		http.Redirect(rw, r, fmt.Sprintf("/reviews/%d?saved=1", saved.ID), http.StatusSeeOther)
		return nil
	}
	return w.showReport(rw, r, l, rep, 0, false)
}

func (w *Web) showReport(rw http.ResponseWriter, r *http.Request, l i18n.Localizer, rep *review.Report, id int64, saved bool) error {
	var body bytes.Buffer
	if err := w.renderer.HTMLFragment(&body, rep); err != nil {
		return err
	}
	// The fragment is produced by html/template from the report, so its
	// document text is already escaped.
	return w.render(rw, r, l, http.StatusOK, "review", l.T("review.title")+" — "+rep.Document.Name,
		reviewPage{Body: template.HTML(body.String()), StoredID: id, Saved: saved})
}

func (w *Web) storedReview(rw http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	_, rep, err := w.rv.Load(r.Context(), w.orgID, id)
	if err != nil {
		return err
	}
	return w.showReport(rw, r, w.localizer(rw, r), rep, id, r.URL.Query().Get("saved") == "1")
}

// reportDownload serves the stored report as the self-contained HTML file
// the CLI writes. Its styles are inline, so this one response allows
// inline styles.
func (w *Web) reportDownload(rw http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	_, rep, err := w.rv.Load(r.Context(), w.orgID, id)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := w.renderer.HTML(&b, rep); err != nil {
		return err
	}
	rw.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	rw.Header().Set("Content-Type", "text/html; charset=utf-8")
	rw.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="heskem-review-%d.html"`, id))
	_, err = b.WriteTo(rw)
	return err
}

func (w *Web) reportCSS(rw http.ResponseWriter, r *http.Request) error {
	css, err := w.renderer.Stylesheet()
	if err != nil {
		return err
	}
	rw.Header().Set("Content-Type", "text/css; charset=utf-8")
	rw.Header().Set("Cache-Control", "public, max-age=3600")
	_, err = rw.Write([]byte(css))
	return err
}
