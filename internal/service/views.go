package service

import (
	"context"
	"fmt"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/schedule"
)

// AgreementRow is one line of the agreements list.
type AgreementRow struct {
	heskem.Agreement
	Supplier string
	Client   string
}

// ListAgreements returns a page of agreements with their parties' names.
func (s *Service) ListAgreements(ctx context.Context, f heskem.AgreementFilter) ([]AgreementRow, int, error) {
	var rows []AgreementRow
	var total int
	err := s.Store.View(ctx, func(tx heskem.Tx) error {
		list, n, err := tx.Agreements(ctx, f)
		if err != nil {
			return err
		}
		total = n
		parties, err := tx.Parties(ctx, f.OrgID)
		if err != nil {
			return err
		}
		names := make(map[int64]string, len(parties))
		for _, p := range parties {
			names[p.ID] = p.LegalName
		}
		for _, a := range list {
			rows = append(rows, AgreementRow{Agreement: a, Supplier: names[a.SupplierID], Client: names[a.ClientID]})
		}
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("list agreements: %w", err)
	}
	return rows, total, nil
}

// AgreementView is everything one agreement's page shows, read in one
// consistent snapshot.
type AgreementView struct {
	Agreement    heskem.Agreement
	Supplier     heskem.Party
	Client       heskem.Party
	Milestones   []heskem.Milestone
	Installments []heskem.Installment
	Contacts     []heskem.Contact
	Deliverables []heskem.Deliverable
	Sanctions    []heskem.SanctionRule
	Meetings     []heskem.Meeting
	Total        heskem.Money // sum of installments
	// Standing is where the engagement stands today: milestone and payment
	// statuses, accrued sanctions and interest.
	Standing schedule.Result
	Today    heskem.Date
}

// Agreement returns the agreement's page data.
func (s *Service) Agreement(ctx context.Context, orgID, id int64) (*AgreementView, error) {
	var v AgreementView
	err := s.Store.View(ctx, func(tx heskem.Tx) error {
		a, err := tx.Agreement(ctx, orgID, id)
		if err != nil {
			return err
		}
		v.Agreement = *a
		sup, err := tx.Party(ctx, orgID, a.SupplierID)
		if err != nil {
			return err
		}
		cli, err := tx.Party(ctx, orgID, a.ClientID)
		if err != nil {
			return err
		}
		v.Supplier, v.Client = *sup, *cli
		if v.Milestones, err = tx.Milestones(ctx, id); err != nil {
			return err
		}
		if v.Installments, err = tx.Installments(ctx, id); err != nil {
			return err
		}
		if v.Contacts, err = tx.Contacts(ctx, id); err != nil {
			return err
		}
		if v.Deliverables, err = tx.Deliverables(ctx, id); err != nil {
			return err
		}
		if v.Sanctions, err = tx.SanctionRules(ctx, id); err != nil {
			return err
		}
		v.Meetings, err = tx.Meetings(ctx, id)
		return err
	})
	if err != nil {
		return nil, err
	}
	v.Today = s.Today()
	cal, err := s.Calendar.Policy(v.Agreement.Policy)
	if err != nil {
		return nil, fmt.Errorf("agreement %d: %w", id, err)
	}
	v.Standing = schedule.Compute(schedule.Input{Agreement: v.Agreement, Milestones: v.Milestones, Installments: v.Installments,
		Sanctions: v.Sanctions, Today: v.Today, Calendar: cal, Rules: s.Rules})
	v.Total = heskem.Money{Currency: v.Agreement.Value.Currency}
	for _, i := range v.Installments {
		if sum, err := v.Total.Add(i.Amount); err == nil {
			v.Total = sum
		}
	}
	return &v, nil
}

// ContactName returns the name of the contact with id among cs, or "".
func ContactName(cs []heskem.Contact, id int64) string {
	for _, c := range cs {
		if c.ID == id {
			return c.Name
		}
	}
	return ""
}
