// Package service holds Heskem's use cases: each one runs in a single
// transaction, checks what the domain requires beyond a single value
// (status transitions, cross-entity rules), writes the audit trail beside
// the change, and returns domain errors. The web pages, the API and the CLI
// all call it, so a rule holds no matter where a change comes from.
package service

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/heskem/heskem/internal/bizday"
	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/terms"
)

// Service runs use cases against a store.
type Service struct {
	Store    heskem.Store
	Log      *slog.Logger
	Calendar *bizday.Calendar // Israeli holidays and operator rest days
	Rules    *terms.Rules     // dated VAT, interest and payment-law tables
	// Now is the clock; tests fix it. Days are taken in Asia/Jerusalem.
	Now func() time.Time

	dash dashboardCache
}

// New returns a Service with the shipped calendar and rule tables.
func New(st heskem.Store, log *slog.Logger) (*Service, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	rules, err := terms.New()
	if err != nil {
		return nil, fmt.Errorf("load rate tables: %w", err)
	}
	return &Service{Store: st, Log: log, Calendar: bizday.New(), Rules: rules, Now: time.Now}, nil
}

// Today is the current calendar day in Israel, the day every "late" and
// "due soon" is judged on.
func (s *Service) Today() heskem.Date {
	loc, err := time.LoadLocation("Asia/Jerusalem")
	if err != nil {
		loc = time.UTC
	}
	return heskem.DateOf(s.Now().In(loc))
}

// Actor is who performs a change, for the audit trail.
type Actor struct {
	UserID int64
	Name   string
}

// System is the actor for changes Heskem makes by itself.
var System = Actor{Name: "system"}

// audit appends an event to the organization's chain inside tx.
func audit(ctx context.Context, tx heskem.Tx, orgID, agreementID int64, actor Actor, action string, detail any) error {
	d, err := json.Marshal(detail)
	if err != nil {
		return fmt.Errorf("audit %s: %w", action, err)
	}
	return tx.AppendAudit(ctx, &heskem.AuditEvent{OrgID: orgID, AgreementID: agreementID, ActorID: actor.UserID,
		Actor: actor.Name, Action: action, Detail: string(d)})
}

// Workspace returns the organization the single-workspace server serves:
// the first one, created on first use. (Accounts and several organizations
// per server come with sign-in; until then a server is one workspace.)
func (s *Service) Workspace(ctx context.Context) (*heskem.Organization, error) {
	var org *heskem.Organization
	err := s.Store.Update(ctx, func(tx heskem.Tx) error {
		orgs, err := tx.Organizations(ctx)
		if err != nil {
			return err
		}
		if len(orgs) > 0 {
			org = &orgs[0]
			return nil
		}
		org = &heskem.Organization{Name: "Heskem"}
		if err := tx.CreateOrganization(ctx, org); err != nil {
			return err
		}
		return audit(ctx, tx, org.ID, 0, System, "organization.create", map[string]string{"name": org.Name})
	})
	if err != nil {
		return nil, fmt.Errorf("workspace: %w", err)
	}
	return org, nil
}

// CreateParty stores a new party.
func (s *Service) CreateParty(ctx context.Context, actor Actor, p *heskem.Party) error {
	return s.Store.Update(ctx, func(tx heskem.Tx) error {
		if err := tx.CreateParty(ctx, p); err != nil {
			return err
		}
		return audit(ctx, tx, p.OrgID, 0, actor, "party.create", map[string]any{"id": p.ID, "legal_name": p.LegalName})
	})
}

// CreateAgreement stores a new agreement in draft.
func (s *Service) CreateAgreement(ctx context.Context, actor Actor, a *heskem.Agreement) error {
	if a.Status == "" {
		a.Status = heskem.StatusDraft
	}
	return s.Store.Update(ctx, func(tx heskem.Tx) error {
		if err := tx.CreateAgreement(ctx, a); err != nil {
			return err
		}
		return audit(ctx, tx, a.OrgID, a.ID, actor, "agreement.create", map[string]any{"title": a.Title, "revision": a.Revision})
	})
}

// AgreementPatch is an edit of an agreement's header. Nil fields are left
// as they are. Revision is the revision the editor read.
type AgreementPatch struct {
	Revision  int64           `json:"revision"`
	Title     *string         `json:"title"`
	Language  *string         `json:"language"`
	Status    *heskem.Status  `json:"status"`
	StartDate *heskem.Date    `json:"start_date"`
	EndDate   *heskem.Date    `json:"end_date"`
	Value     *heskem.Money   `json:"value"`
	Policy    *string         `json:"business_day_policy"`
	PayerType *string         `json:"payer_type"`
	Renewal   *heskem.Renewal `json:"renewal"`
}

// UpdateAgreement applies p to the agreement, which must still be at
// p.Revision: a second editor working from the same revision gets
// ECONFLICT instead of silently overwriting the first.
func (s *Service) UpdateAgreement(ctx context.Context, actor Actor, orgID, id int64, p AgreementPatch) (*heskem.Agreement, error) {
	var out *heskem.Agreement
	err := s.Store.Update(ctx, func(tx heskem.Tx) error {
		a, err := tx.Agreement(ctx, orgID, id)
		if err != nil {
			return err
		}
		if p.Revision <= 0 {
			return heskem.Invalid("revision", "error.required", "revision is required: send the revision you read, so concurrent edits are detected")
		}
		if p.Revision != a.Revision {
			return &heskem.Error{Code: heskem.ECONFLICT, Key: "error.edit_conflict",
				Message: fmt.Sprintf("agreement %d was changed by someone else (you edited revision %d, it is now at revision %d); reload and apply your change again", id, p.Revision, a.Revision)}
		}
		termsChanged := p.Title != nil || p.Language != nil || p.StartDate != nil || p.EndDate != nil || p.Value != nil || p.Policy != nil || p.PayerType != nil || p.Renewal != nil
		if termsChanged && !a.Status.Editable() {
			return heskem.Invalid("status", "error.not_editable",
				"agreement is %s: its terms change only through a change request approved by both sides", a.Status)
		}
		from := a.Status
		if p.Status != nil && *p.Status != a.Status {
			if err := a.Transition(*p.Status); err != nil {
				return err
			}
		}
		setIf(&a.Title, p.Title)
		setIf(&a.Language, p.Language)
		setIf(&a.StartDate, p.StartDate)
		setIf(&a.EndDate, p.EndDate)
		setIf(&a.Value, p.Value)
		setIf(&a.Policy, p.Policy)
		setIf(&a.PayerType, p.PayerType)
		setIf(&a.Renewal, p.Renewal)
		if err := tx.UpdateAgreement(ctx, a); err != nil {
			return err
		}
		out = a
		detail := map[string]any{"revision": a.Revision}
		if from != a.Status {
			detail["status"] = map[string]heskem.Status{"from": from, "to": a.Status}
		}
		return audit(ctx, tx, orgID, id, actor, "agreement.update", detail)
	})
	return out, err
}

func setIf[T any](dst *T, src *T) {
	if src != nil {
		*dst = *src
	}
}
