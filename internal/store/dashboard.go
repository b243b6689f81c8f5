package store

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/heskem/heskem/internal/heskem"
)

// The dashboard starts from what is open — milestones not yet accepted,
// installments not yet paid — through the partial indexes of migration
// 00005, so its cost follows open work, not the size of the history. Each
// query joins the agreement for the filter; "CROSS JOIN" keeps SQLite
// starting from the open rows instead of from every agreement (PostgreSQL
// plans it as an ordinary join). Dates compare as DATE (PostgreSQL) or as
// ISO text (SQLite), which order the same way.

// agreementFilter is the dashboard's filter on the joined agreement a:
// organization, status (active and agreed by default), party and owner.
const agreementFilter = `
	  AND a.org_id = $1 AND (($2 = '' AND a.status IN ('active', 'agreed')) OR a.status = $2)
	  AND ($3 = 0 OR a.supplier_id = $3 OR a.client_id = $3) AND ($4 = 0 OR a.owner_id = $4)`

// dashboardMilestones are the open milestones due by the horizon, and every
// milestone of an agreement with an open milestone due "N business days
// after" an event (its date depends on its predecessors).
const dashboardMilestones = `
	SELECT ` + milestoneColumnsM + `, ` + agreementColumnsA + ` FROM milestones m CROSS JOIN agreements a
	WHERE a.id = m.agreement_id AND m.state <> 'accepted' AND m.due_date <= $5` + agreementFilter + `
	UNION
	SELECT ` + milestoneColumnsM + `, ` + agreementColumnsA + ` FROM milestones m CROSS JOIN agreements a
	WHERE a.id = m.agreement_id AND m.agreement_id IN (
		SELECT o.agreement_id FROM milestones o WHERE o.state <> 'accepted' AND o.after_event <> '')` + agreementFilter + `
	ORDER BY 2, 3, 1`

// dashboardInstallments are the unpaid installments that are or may soon be
// due: on a date by the horizon, invoiced (שוטף + N, net N), or tied to a
// milestone that was submitted or accepted.
const dashboardInstallments = `
	SELECT ` + installmentColumnsI + `, ` + agreementColumnsA + ` FROM installments i CROSS JOIN agreements a
	WHERE a.id = i.agreement_id AND i.paid_amount < i.amount` + agreementFilter + `
	  AND ((i.term = 'on_date' AND i.due_date <= $5) OR (i.term IN ('eom_plus', 'net') AND i.invoiced_at IS NOT NULL)
	    OR (i.term = 'on_acceptance' AND EXISTS (
	        SELECT 1 FROM milestones am WHERE am.id = i.milestone_id AND am.state IN ('accepted', 'submitted'))))
	ORDER BY 2, 4, 1`

// dashboardRenewing are the agreements that renew unless notice is given:
// few, and each brings its notice deadline, which the service shows when
// it falls by the horizon.
const dashboardRenewing = `
	SELECT ` + agreementColumnsA + ` FROM agreements a
	WHERE a.renewal_months > 0 AND a.renewal_notice_count > 0 AND a.start_date <= $5` + agreementFilter + `
	ORDER BY a.id`

// milestoneColumnsM and installmentColumnsI qualify the column lists with
// their table's alias for the joins above.
const (
	milestoneColumnsM = `m.id, m.agreement_id, m.seq, m.title, m.due_date, m.after_event, m.after_days, m.value_amount,
	m.value_currency, m.state, m.submitted_at, m.accepted_at, m.reject_reason, m.test_period_days`
	installmentColumnsI = `i.id, i.agreement_id, i.milestone_id, i.seq, i.title, i.amount, i.currency, i.term, i.term_days,
	i.due_date, i.invoiced_at, i.paid_amount`
	agreementColumnsA = `a.id, a.org_id, a.title, a.language, a.status, a.supplier_id, a.client_id, a.start_date, a.end_date,
	a.value_amount, a.value_currency, a.owner_id, a.policy, a.payer_type,
	a.renewal_months, a.renewal_notice_count, a.renewal_notice_unit, a.revision, a.created_at, a.updated_at`
)

// scanWithAgreement runs a dashboard query whose rows are an open item
// followed by its agreement, and collects each agreement once: the open
// rows bring their agreements with them, so no other query reads them.
func scanWithAgreement[T any](ctx context.Context, t *Tx, what string, dest func(*T) []any, agreements map[int64]heskem.Agreement,
	q string, args ...any) ([]T, error) {
	rows, err := t.query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		var a heskem.Agreement
		if err := rows.Scan(append(dest(&v), agreementDest(&a)...)...); err != nil {
			return nil, fmt.Errorf("scan %s: %w", what, err)
		}
		out = append(out, v)
		if _, ok := agreements[a.ID]; !ok {
			agreements[a.ID] = a
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

// Dashboard implements heskem.AgreementStore.
func (t *Tx) Dashboard(ctx context.Context, f heskem.DashboardFilter) (*heskem.DashboardData, error) {
	args := []any{f.OrgID, string(f.Status), f.PartyID, f.OwnerID, f.Horizon}
	// restrict narrows a query to f.Only, after the agreement filter.
	restrict := func(q string) string { return q }
	if len(f.Only) > 0 {
		only := agreementFilter + ` AND a.id IN (` + placeholders(len(args)+1, len(f.Only)) + `)`
		restrict = func(q string) string { return strings.ReplaceAll(q, agreementFilter, only) }
		for _, id := range f.Only {
			args = append(args, id)
		}
	}
	var d heskem.DashboardData
	var err error
	agreements := map[int64]heskem.Agreement{}
	if d.Milestones, err = scanWithAgreement(ctx, t, "dashboard milestones", milestoneDest, agreements, restrict(dashboardMilestones), args...); err != nil {
		return nil, err
	}
	if d.Installments, err = scanWithAgreement(ctx, t, "dashboard installments", installmentDest, agreements, restrict(dashboardInstallments), args...); err != nil {
		return nil, err
	}
	for i := range d.Installments {
		d.Installments[i].Paid.Currency = d.Installments[i].Amount.Currency
	}
	renewing, err := list(ctx, t, "dashboard renewing agreements", scanAgreementRows, restrict(dashboardRenewing), args...)
	if err != nil {
		return nil, err
	}
	if d.Changes, err = list(ctx, t, "dashboard change requests", scanChange, `
		SELECT `+changeColumnList+` FROM change_requests c JOIN agreements a ON a.id = c.agreement_id
		WHERE a.org_id = $1 AND c.state = 'open' AND (($2 = '' AND a.status IN ('active', 'agreed', 'in_review')) OR a.status = $2)
		  AND ($3 = 0 OR a.supplier_id = $3 OR a.client_id = $3) AND ($4 = 0 OR a.owner_id = $4)
		ORDER BY c.created_at`, args[:4]...); err != nil {
		return nil, fmt.Errorf("dashboard: %w", err)
	}
	// The agreements are those the open rows belong to; sanctions are
	// needed only where something may already be late (an agreement whose
	// milestones are merely due soon owes nothing yet).
	ids, mayBeLate := map[int64]bool{}, map[int64]bool{}
	for _, m := range d.Milestones {
		ids[m.AgreementID] = true
		if m.State != heskem.MilestoneAccepted && (m.AfterEvent != "" || (!m.DueDate.IsZero() && m.DueDate.Before(f.Today))) {
			mayBeLate[m.AgreementID] = true
		}
	}
	for _, i := range d.Installments {
		ids[i.AgreementID] = true
		if i.Term != heskem.TermOnDate || i.DueDate.Before(f.Today) {
			mayBeLate[i.AgreementID] = true
		}
	}
	for _, a := range renewing {
		ids[a.ID] = true
		if _, ok := agreements[a.ID]; !ok {
			agreements[a.ID] = a
		}
	}
	if len(ids) == 0 {
		return &d, nil
	}
	if d.Parties, err = t.Parties(ctx, f.OrgID); err != nil {
		return nil, err
	}
	for _, id := range sortedIDs(ids) {
		d.Agreements = append(d.Agreements, agreements[id.(int64)])
	}
	late := sortedIDs(mayBeLate)
	for chunk := range slices.Chunk(late, 500) {
		ss, err := list(ctx, t, "dashboard sanctions", scanSanction,
			`SELECT `+sanctionColumns+` FROM sanction_rules WHERE agreement_id IN (`+placeholders(1, len(chunk))+`) ORDER BY id`, chunk...)
		if err != nil {
			return nil, err
		}
		d.Sanctions = append(d.Sanctions, ss...)
	}
	return &d, nil
}

// sortedIDs returns the keys of set in increasing order, as query arguments.
func sortedIDs(set map[int64]bool) []any {
	ids := make([]int64, 0, len(set))
	for id := range set {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

// placeholders returns "$first, $first+1, …" for n parameters.
func placeholders(first, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("$" + strconv.Itoa(first+i))
	}
	return b.String()
}
