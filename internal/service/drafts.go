package service

import (
	"context"
	"fmt"
	"strings"

	"github.com/heskem/heskem/internal/draft"
	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/wizard"
)

// NewDraft starts a wizard draft in the workspace: from the complete
// example in lang (to edit), or from a heading only (to fill in step by
// step).
func (s *Service) NewDraft(ctx context.Context, actor Actor, orgID int64, title, lang string, fromExample bool) (*heskem.Draft, error) {
	if !heskem.ValidLanguage(lang) {
		return nil, heskem.Invalid("language", "error.language", "language %q: want he or en", lang)
	}
	sections := map[string]string{}
	if fromExample {
		ex, err := draft.Example(lang)
		if err != nil {
			return nil, err
		}
		if sections, err = wizard.Split(ex); err != nil {
			return nil, err
		}
	}
	sections["header"] = fmt.Sprintf("format: heskem.agreement/v1\nlanguage: %s\ntitle: %q\ndate: %s\nbusiness_days: israel\n",
		lang, title, s.Today())
	d := &heskem.Draft{OrgID: orgID, Title: title, Language: lang, YAML: wizard.Join(sections)}
	err := s.Store.Update(ctx, func(tx heskem.Tx) error {
		if err := tx.CreateDraft(ctx, d); err != nil {
			return err
		}
		return audit(ctx, tx, orgID, 0, actor, "draft.create", map[string]any{"draft": d.ID, "title": title})
	})
	return d, err
}

// Draft returns a wizard draft.
func (s *Service) Draft(ctx context.Context, orgID, id int64) (*heskem.Draft, error) {
	var d *heskem.Draft
	err := s.Store.View(ctx, func(tx heskem.Tx) (err error) { d, err = tx.Draft(ctx, orgID, id); return })
	return d, err
}

// Drafts lists the workspace's drafts.
func (s *Service) Drafts(ctx context.Context, orgID int64) ([]heskem.Draft, error) {
	var out []heskem.Draft
	err := s.Store.View(ctx, func(tx heskem.Tx) (err error) { out, err = tx.Drafts(ctx, orgID); return })
	return out, err
}

// SaveDraft replaces the given sections of a draft, which must still be at
// revision (ECONFLICT otherwise), and returns the saved draft.
func (s *Service) SaveDraft(ctx context.Context, actor Actor, orgID, id, revision int64, edits map[string]string) (*heskem.Draft, error) {
	var out *heskem.Draft
	err := s.Store.Update(ctx, func(tx heskem.Tx) error {
		d, err := tx.Draft(ctx, orgID, id)
		if err != nil {
			return err
		}
		sections, err := wizard.Split([]byte(d.YAML))
		if err != nil {
			return heskem.Invalid("yaml", "error.yaml", "%v", err)
		}
		for key, text := range edits {
			if err := checkSection(key, text); err != nil {
				return err
			}
			sections[key] = text
		}
		joined := wizard.Join(sections)
		// Check the result parses as YAML before storing it, so a typo in
		// one section never makes the whole draft unreadable.
		if _, err := wizard.Split([]byte(joined)); err != nil {
			return heskem.Invalid("yaml", "error.yaml", "%v", err)
		}
		d.YAML, d.Revision = joined, revision
		if a, _ := draft.Parse([]byte(joined)); a != nil && a.Title.In(d.Language, d.Language) != "" {
			d.Title = a.Title.In(d.Language, d.Language)
		}
		if err := tx.UpdateDraft(ctx, d); err != nil {
			return err
		}
		out = d
		return audit(ctx, tx, orgID, 0, actor, "draft.update", map[string]any{"draft": d.ID, "revision": d.Revision})
	})
	return out, err
}

// checkSection makes sure an edited section is YAML and holds only its own
// field, so one section's text cannot overwrite another's.
func checkSection(key, text string) error {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	got, err := wizard.Split([]byte(text))
	if err != nil {
		return heskem.Invalid(key, "error.yaml", "section %s: %v", key, err)
	}
	for k := range got {
		if k != key {
			return heskem.Invalid(key, "error.section", "section %s may only hold the field %q, not %q", key, key, k)
		}
	}
	return nil
}
