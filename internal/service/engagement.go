package service

import (
	"context"
	"time"

	"github.com/heskem/heskem/internal/heskem"
)

// MilestoneAction is what happens to a milestone.
type MilestoneAction string

// Milestone actions: the supplier submits, the client accepts or rejects
// (with a reason); a rejected milestone is submitted again.
const (
	ActionSubmit MilestoneAction = "submit"
	ActionAccept MilestoneAction = "accept"
	ActionReject MilestoneAction = "reject"
)

// MilestoneEvent records a submission, acceptance or rejection at time at
// (now when zero). The agreement must be active: delivery happens under a
// signed agreement.
func (s *Service) MilestoneEvent(ctx context.Context, actor Actor, orgID, agreementID, milestoneID int64, action MilestoneAction,
	reason string, at time.Time) (*heskem.Milestone, error) {
	if at.IsZero() {
		at = s.Now()
	}
	var out *heskem.Milestone
	err := s.Store.Update(ctx, func(tx heskem.Tx) error {
		a, err := tx.Agreement(ctx, orgID, agreementID)
		if err != nil {
			return err
		}
		if a.Status != heskem.StatusActive {
			return heskem.Invalid("status", "error.not_active", "agreement %d is %s; milestones are delivered under an active agreement", agreementID, a.Status)
		}
		ms, err := tx.Milestones(ctx, agreementID)
		if err != nil {
			return err
		}
		m := findMilestone(ms, milestoneID)
		if m == nil {
			return heskem.Errorf(heskem.ENOTFOUND, "milestone %d not found in agreement %d", milestoneID, agreementID)
		}
		switch action {
		case ActionSubmit:
			err = m.Submit(at)
		case ActionAccept:
			err = m.Accept(at)
		case ActionReject:
			err = m.Reject(reason)
		default:
			err = heskem.Invalid("action", "error.action", "action %q: want submit, accept or reject", action)
		}
		if err != nil {
			return err
		}
		if err := tx.UpdateMilestone(ctx, m); err != nil {
			return err
		}
		out = m
		detail := map[string]any{"milestone": m.ID, "title": m.Title, "at": at.UTC()}
		if reason != "" {
			detail["reason"] = reason
		}
		return audit(ctx, tx, orgID, agreementID, actor, "milestone."+string(action), detail)
	})
	return out, err
}

func findMilestone(ms []heskem.Milestone, id int64) *heskem.Milestone {
	for i := range ms {
		if ms[i].ID == id {
			return &ms[i]
		}
	}
	return nil
}

// PaymentEvent records an invoice submitted at at, or a payment of amount.
func (s *Service) PaymentEvent(ctx context.Context, actor Actor, orgID, agreementID, installmentID int64, invoice bool,
	amount heskem.Money, at time.Time) (*heskem.Installment, error) {
	if at.IsZero() {
		at = s.Now()
	}
	var out *heskem.Installment
	err := s.Store.Update(ctx, func(tx heskem.Tx) error {
		if _, err := tx.Agreement(ctx, orgID, agreementID); err != nil {
			return err
		}
		is, err := tx.Installments(ctx, agreementID)
		if err != nil {
			return err
		}
		var in *heskem.Installment
		for i := range is {
			if is[i].ID == installmentID {
				in = &is[i]
			}
		}
		if in == nil {
			return heskem.Errorf(heskem.ENOTFOUND, "installment %d not found in agreement %d", installmentID, agreementID)
		}
		action, detail := "installment.invoice", map[string]any{"installment": in.ID, "at": at.UTC()}
		if invoice {
			err = in.Invoice(at)
		} else {
			err = in.Pay(amount)
			action, detail["amount"] = "installment.pay", amount.String()
		}
		if err != nil {
			return err
		}
		if err := tx.UpdateInstallment(ctx, in); err != nil {
			return err
		}
		out = in
		return audit(ctx, tx, orgID, agreementID, actor, action, detail)
	})
	return out, err
}

// Notifications lists the workspace's email notifications, newest first:
// the outbox when no SMTP server is configured, and the record of what was
// sent otherwise.
func (s *Service) Notifications(ctx context.Context, f heskem.NotificationFilter) ([]heskem.Notification, error) {
	var out []heskem.Notification
	err := s.Store.View(ctx, func(tx heskem.Tx) (err error) { out, err = tx.Notifications(ctx, f); return })
	return out, err
}
