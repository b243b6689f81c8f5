package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/heskem/heskem/internal/heskem"
)

// CreateDeliverable implements heskem.EngagementStore.
func (t *Tx) CreateDeliverable(ctx context.Context, d *heskem.Deliverable) error {
	if err := d.Validate(); err != nil {
		return err
	}
	id, err := t.insert(ctx, `INSERT INTO deliverables (agreement_id, kind, title, description, acceptance)
		VALUES ($1, $2, $3, $4, $5) RETURNING id`, d.AgreementID, d.Kind, d.Title, d.Description, d.Acceptance)
	if err != nil {
		return fmt.Errorf("create deliverable %q: %w", d.Title, err)
	}
	d.ID = id
	return nil
}

// Deliverables implements heskem.EngagementStore.
func (t *Tx) Deliverables(ctx context.Context, agreementID int64) ([]heskem.Deliverable, error) {
	return list(ctx, t, "deliverables", func(r *sql.Rows, d *heskem.Deliverable) error {
		return r.Scan(&d.ID, &d.AgreementID, &d.Kind, &d.Title, &d.Description, &d.Acceptance)
	}, `SELECT id, agreement_id, kind, title, description, acceptance FROM deliverables WHERE agreement_id = $1 ORDER BY id`, agreementID)
}

const milestoneColumns = `id, agreement_id, seq, title, due_date, after_event, after_days, value_amount, value_currency,
	state, submitted_at, accepted_at, reject_reason, test_period_days`

// milestoneDest lists where each of milestoneColumns goes.
func milestoneDest(m *heskem.Milestone) []any {
	return []any{&m.ID, &m.AgreementID, &m.Seq, &m.Title, &m.DueDate, &m.AfterEvent, &m.AfterDays, &m.Value.Amount,
		&m.Value.Currency, &m.State, timePtrScanner{&m.SubmittedAt}, timePtrScanner{&m.AcceptedAt}, &m.RejectReason, &m.TestPeriodBiz}
}

func scanMilestone(r *sql.Rows, m *heskem.Milestone) error { return r.Scan(milestoneDest(m)...) }

// CreateMilestone implements heskem.EngagementStore. Seq defaults to the
// next number in the agreement.
func (t *Tx) CreateMilestone(ctx context.Context, m *heskem.Milestone) error {
	if err := m.Validate(); err != nil {
		return err
	}
	err := t.queryRow(ctx, `INSERT INTO milestones (agreement_id, seq, title, due_date, after_event, after_days, value_amount,
			value_currency, state, submitted_at, accepted_at, reject_reason, test_period_days)
		VALUES ($1, CASE WHEN $2 > 0 THEN $2 ELSE (SELECT COALESCE(MAX(seq), 0) + 1 FROM milestones WHERE agreement_id = $1) END,
			$3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id, seq`,
		m.AgreementID, m.Seq, m.Title, m.DueDate, m.AfterEvent, m.AfterDays, m.Value.Amount, m.Value.Currency, string(m.State),
		nullTime(m.SubmittedAt), nullTime(m.AcceptedAt), m.RejectReason, m.TestPeriodBiz).Scan(&m.ID, &m.Seq)
	if err != nil {
		return fmt.Errorf("create milestone %q: %w", m.Title, t.d.Classify(err))
	}
	return nil
}

// Milestones implements heskem.EngagementStore.
func (t *Tx) Milestones(ctx context.Context, agreementID int64) ([]heskem.Milestone, error) {
	return list(ctx, t, "milestones", scanMilestone,
		`SELECT `+milestoneColumns+` FROM milestones WHERE agreement_id = $1 ORDER BY seq, id`, agreementID)
}

// UpdateMilestone implements heskem.EngagementStore.
func (t *Tx) UpdateMilestone(ctx context.Context, m *heskem.Milestone) error {
	if err := m.Validate(); err != nil {
		return err
	}
	res, err := t.exec(ctx, `UPDATE milestones SET title = $1, due_date = $2, after_event = $3, after_days = $4, value_amount = $5,
			value_currency = $6, state = $7, submitted_at = $8, accepted_at = $9, reject_reason = $10, test_period_days = $11
		WHERE id = $12 AND agreement_id = $13`,
		m.Title, m.DueDate, m.AfterEvent, m.AfterDays, m.Value.Amount, m.Value.Currency, string(m.State),
		nullTime(m.SubmittedAt), nullTime(m.AcceptedAt), m.RejectReason, m.TestPeriodBiz, m.ID, m.AgreementID)
	if err != nil {
		return fmt.Errorf("update milestone %d: %w", m.ID, err)
	}
	return mustAffect(res, "milestone", m.ID)
}

const installmentColumns = `id, agreement_id, milestone_id, seq, title, amount, currency, term, term_days, due_date, invoiced_at, paid_amount`

// installmentDest lists where each of installmentColumns goes; the paid
// amount's currency is the installment's (set by fixInstallment).
func installmentDest(i *heskem.Installment) []any {
	return []any{&i.ID, &i.AgreementID, idScanner{&i.MilestoneID}, &i.Seq, &i.Title, &i.Amount.Amount, &i.Amount.Currency,
		&i.Term, &i.TermDays, &i.DueDate, timePtrScanner{&i.InvoicedAt}, &i.Paid.Amount}
}

func scanInstallment(r *sql.Rows, i *heskem.Installment) error {
	err := r.Scan(installmentDest(i)...)
	i.Paid.Currency = i.Amount.Currency
	return err
}

// CreateInstallment implements heskem.EngagementStore.
func (t *Tx) CreateInstallment(ctx context.Context, i *heskem.Installment) error {
	if err := i.Validate(); err != nil {
		return err
	}
	err := t.queryRow(ctx, `INSERT INTO installments (agreement_id, milestone_id, seq, title, amount, currency, term, term_days,
			due_date, invoiced_at, paid_amount)
		VALUES ($1, $2, CASE WHEN $3 > 0 THEN $3 ELSE (SELECT COALESCE(MAX(seq), 0) + 1 FROM installments WHERE agreement_id = $1) END,
			$4, $5, $6, $7, $8, $9, $10, $11) RETURNING id, seq`,
		i.AgreementID, nullID(i.MilestoneID), i.Seq, i.Title, i.Amount.Amount, i.Amount.Currency, string(i.Term), i.TermDays,
		i.DueDate, nullTime(i.InvoicedAt), i.Paid.Amount).Scan(&i.ID, &i.Seq)
	if err != nil {
		return fmt.Errorf("create installment %q: %w", i.Title, t.d.Classify(err))
	}
	return nil
}

// Installments implements heskem.EngagementStore.
func (t *Tx) Installments(ctx context.Context, agreementID int64) ([]heskem.Installment, error) {
	return list(ctx, t, "installments", scanInstallment,
		`SELECT `+installmentColumns+` FROM installments WHERE agreement_id = $1 ORDER BY seq, id`, agreementID)
}

// UpdateInstallment implements heskem.EngagementStore.
func (t *Tx) UpdateInstallment(ctx context.Context, i *heskem.Installment) error {
	if err := i.Validate(); err != nil {
		return err
	}
	res, err := t.exec(ctx, `UPDATE installments SET milestone_id = $1, title = $2, amount = $3, currency = $4, term = $5,
			term_days = $6, due_date = $7, invoiced_at = $8, paid_amount = $9
		WHERE id = $10 AND agreement_id = $11`,
		nullID(i.MilestoneID), i.Title, i.Amount.Amount, i.Amount.Currency, string(i.Term), i.TermDays, i.DueDate,
		nullTime(i.InvoicedAt), i.Paid.Amount, i.ID, i.AgreementID)
	if err != nil {
		return fmt.Errorf("update installment %d: %w", i.ID, err)
	}
	return mustAffect(res, "installment", i.ID)
}

// CreateSanctionRule implements heskem.EngagementStore.
func (t *Tx) CreateSanctionRule(ctx context.Context, s *heskem.SanctionRule) error {
	if err := s.Validate(); err != nil {
		return err
	}
	id, err := t.insert(ctx, `INSERT INTO sanction_rules (agreement_id, kind, clause, rate_percent, fixed_amount, fixed_currency,
			period_count, period_unit, partial_period, cap_percent, terminate_after, base)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
		s.AgreementID, string(s.Kind), s.Clause, s.RatePercent, s.FixedAmount.Amount, s.FixedAmount.Currency, s.PeriodCount,
		string(s.PeriodUnit), s.PartialPeriod, s.CapPercent, s.TerminateAfter, s.Base)
	if err != nil {
		return fmt.Errorf("create sanction rule: %w", err)
	}
	s.ID = id
	return nil
}

const sanctionColumns = `id, agreement_id, kind, clause, rate_percent, fixed_amount, fixed_currency, period_count, period_unit,
	partial_period, cap_percent, terminate_after, base`

func scanSanction(r *sql.Rows, s *heskem.SanctionRule) error {
	return r.Scan(&s.ID, &s.AgreementID, &s.Kind, &s.Clause, &s.RatePercent, &s.FixedAmount.Amount, &s.FixedAmount.Currency,
		&s.PeriodCount, &s.PeriodUnit, &s.PartialPeriod, &s.CapPercent, &s.TerminateAfter, &s.Base)
}

// SanctionRules implements heskem.EngagementStore.
func (t *Tx) SanctionRules(ctx context.Context, agreementID int64) ([]heskem.SanctionRule, error) {
	return list(ctx, t, "sanction rules", scanSanction,
		`SELECT `+sanctionColumns+` FROM sanction_rules WHERE agreement_id = $1 ORDER BY id`, agreementID)
}
