package service

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/review"
	"github.com/heskem/heskem/internal/review/extract"
)

// Reviewer evaluates uploaded documents: it reads the file (within the
// extraction limits), runs the engine and, when asked, stores the report.
// The engine is built once and shared; it is safe for concurrent use.
type Reviewer struct {
	svc    *Service
	engine *review.Engine
	limits extract.Limits
}

// NewReviewer builds the engine.
func NewReviewer(svc *Service) (*Reviewer, error) {
	e, err := review.New()
	if err != nil {
		return nil, fmt.Errorf("review engine: %w", err)
	}
	return &Reviewer{svc: svc, engine: e, limits: extract.DefaultLimits()}, nil
}

// Evaluate reads the document name from r and returns its report. A file
// that cannot be read — unknown or corrupt format, scanned or encrypted
// PDF, macros, over the limits — is EINVALID with a message that says
// which, so the web and the API answer 422 rather than 500.
func (rv *Reviewer) Evaluate(ctx context.Context, name string, r io.Reader, lang string) (*review.Report, error) {
	if lang == "" {
		lang = "auto"
	}
	if lang != "auto" && lang != "he" && lang != "en" {
		return nil, heskem.Invalid("lang", "error.language", "language %q: want auto, he or en", lang)
	}
	doc, err := extract.Read(ctx, name, r, rv.limits)
	if err != nil {
		for _, e := range []error{extract.ErrUnsupportedFormat, extract.ErrScanned, extract.ErrEncrypted, extract.ErrCorrupt,
			extract.ErrMacroEnabled, extract.ErrTooLarge, extract.ErrEmpty, extract.ErrTimeout} {
			if errors.Is(err, e) {
				return nil, heskem.Invalid("file", "error.document", "%v", err)
			}
		}
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	rep, err := rv.engine.Review(ctx, review.Input{Name: name, Text: doc.Text, Lang: lang})
	if err != nil {
		return nil, fmt.Errorf("review %s: %w", name, err)
	}
	return rep, nil
}

// Save stores rep in the workspace, attached to agreementID when it is not
// zero, with an audit event.
func (rv *Reviewer) Save(ctx context.Context, actor Actor, orgID, agreementID int64, rep *review.Report) (*heskem.Review, error) {
	b, err := json.Marshal(rep)
	if err != nil {
		return nil, fmt.Errorf("encode report: %w", err)
	}
	r := &heskem.Review{OrgID: orgID, AgreementID: agreementID, DocumentName: rep.Document.Name, Language: rep.Document.Language,
		SHA256: rep.Document.SHA256, Score: rep.Score, Verdict: rep.Verdict, Report: b, CreatedBy: actor.UserID}
	err = rv.svc.Store.Update(ctx, func(tx heskem.Tx) error {
		if err := tx.CreateReview(ctx, r); err != nil {
			return err
		}
		return audit(ctx, tx, orgID, agreementID, actor, "review.create",
			map[string]any{"id": r.ID, "document": r.DocumentName, "sha256": r.SHA256, "score": r.Score})
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// Load returns a stored review and its decoded report.
func (rv *Reviewer) Load(ctx context.Context, orgID, id int64) (*heskem.Review, *review.Report, error) {
	var r *heskem.Review
	if err := rv.svc.Store.View(ctx, func(tx heskem.Tx) (err error) { r, err = tx.Review(ctx, orgID, id); return }); err != nil {
		return nil, nil, err
	}
	var rep review.Report
	if err := json.Unmarshal(r.Report, &rep); err != nil {
		return nil, nil, fmt.Errorf("decode stored review %d: %w", id, err)
	}
	return r, &rep, nil
}

// List returns the stored reviews of an organization, or of one agreement.
func (rv *Reviewer) List(ctx context.Context, orgID, agreementID int64) ([]heskem.Review, error) {
	var out []heskem.Review
	err := rv.svc.Store.View(ctx, func(tx heskem.Tx) (err error) { out, err = tx.Reviews(ctx, orgID, agreementID); return })
	return out, err
}

// Engine returns the review engine, for evaluating texts that are not
// uploads (drafts).
func (rv *Reviewer) Engine() *review.Engine { return rv.engine }
