package api

import (
	"errors"
	"fmt"
	"net/http"
	"path/filepath"
	"strconv"

	"github.com/heskem/heskem/internal/heskem"
)

// maxUploadMemory is how much of a multipart upload is held in memory; the
// rest goes to a temporary file. The whole body is capped by the server's
// --max-body.
const maxUploadMemory = 8 << 20

// createReview evaluates the multipart "file" field and returns the report;
// with agreement_id (or store=true) the report is also stored.
func (a *API) createReview(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseMultipartForm(maxUploadMemory); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return heskem.Invalid("body", "error.multipart", "send the agreement as multipart/form-data with a \"file\" field: %v", err)
	}
	defer r.MultipartForm.RemoveAll()
	f, hdr, err := r.FormFile("file")
	if err != nil {
		return heskem.Invalid("file", "error.required", "the multipart field \"file\" with the agreement is missing")
	}
	defer f.Close()
	agreementID, err := formID(r, "agreement_id")
	if err != nil {
		return err
	}
	store := agreementID > 0 || r.FormValue("store") == "true"
	rep, err := a.rv.Evaluate(r.Context(), filepath.Base(hdr.Filename), f, r.FormValue("lang"))
	if err != nil {
		return err
	}
	if !store {
		return writeJSON(w, http.StatusOK, rep)
	}
	saved, err := a.rv.Save(r.Context(), actor(r), a.orgID, agreementID, rep)
	if err != nil {
		return err
	}
	w.Header().Set("Location", fmt.Sprintf("/api/v1/reviews/%d", saved.ID))
	w.Header().Set("X-Review-ID", strconv.FormatInt(saved.ID, 10))
	return writeJSON(w, http.StatusCreated, rep)
}

func (a *API) getReview(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	_, rep, err := a.rv.Load(r.Context(), a.orgID, id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, rep)
}

func (a *API) listReviews(w http.ResponseWriter, r *http.Request) error {
	var agreementID int64
	if r.PathValue("id") != "" {
		id, err := pathID(r)
		if err != nil {
			return err
		}
		if _, err := a.svc.Agreement(r.Context(), a.orgID, id); err != nil {
			return err
		}
		agreementID = id
	}
	list, err := a.rv.List(r.Context(), a.orgID, agreementID)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string][]heskem.Review{"reviews": nonNil(list)})
}

// formID parses an optional positive id form field.
func formID(r *http.Request, name string) (int64, error) {
	s := r.FormValue(name)
	if s == "" {
		return 0, nil
	}
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, heskem.Invalid(name, "error.id", "%s=%q is not an id", name, s)
	}
	return id, nil
}
