package service

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/schedule"
)

// DashboardRow is one thing that needs attention, in one agreement.
type DashboardRow struct {
	AgreementID  int64           `json:"agreement_id"`
	Agreement    string          `json:"agreement"`
	Supplier     string          `json:"supplier"`
	Client       string          `json:"client"`
	Kind         string          `json:"kind"` // "milestone", "payment" or "change_request"
	ItemID       int64           `json:"item_id"`
	Item         string          `json:"item"`
	Due          heskem.Date     `json:"due"`
	Status       schedule.Status `json:"status"`
	DaysLate     int             `json:"days_late"`
	Amount       heskem.Money    `json:"amount"`            // milestone value, outstanding payment, or price impact
	Accrued      *heskem.Money   `json:"accrued,omitempty"` // sanction or interest accrued to date
	Clause       string          `json:"clause,omitempty"`  // the clause the accrued figure comes from
	MayTerminate bool            `json:"may_terminate,omitempty"`
}

// Dashboard is everything that needs attention across the workspace.
type Dashboard struct {
	Today       heskem.Date    `json:"today"`
	Horizon     heskem.Date    `json:"horizon"`
	Late        []DashboardRow `json:"late_milestones"`
	DueSoon     []DashboardRow `json:"due_soon"`
	Overdue     []DashboardRow `json:"overdue_payments"`
	OpenChanges []DashboardRow `json:"open_change_requests"`
	Notes       []string       `json:"notes,omitempty"`
}

// Dashboard computes the dashboard for the filter. Only agreements with
// something late or due by the horizon are loaded, so its cost follows
// what needs attention, not the size of the workspace.
func (s *Service) Dashboard(ctx context.Context, f heskem.DashboardFilter) (*Dashboard, error) {
	today := s.Today()
	f.Today, f.Horizon = today, today.AddDays(schedule.DefaultSoonDays)
	var d *heskem.DashboardData
	var cached *Dashboard
	var seq int64
	key := fmt.Sprintf("%+v", f)
	titles := map[int64]heskem.Agreement{}
	err := s.Store.View(ctx, func(tx heskem.Tx) (err error) {
		// Every change is audited, so an unchanged audit sequence on the
		// same day means an unchanged dashboard.
		if seq, _, err = tx.AuditHead(ctx, f.OrgID); err != nil {
			return err
		}
		if cached = s.dash.get(key, seq); cached != nil {
			return nil
		}
		if d, err = tx.Dashboard(ctx, f); err != nil {
			return err
		}
		for _, a := range d.Agreements {
			titles[a.ID] = a
		}
		// Open change requests may belong to agreements with nothing late.
		for _, c := range d.Changes {
			if _, ok := titles[c.AgreementID]; !ok {
				a, err := tx.Agreement(ctx, f.OrgID, c.AgreementID)
				if err != nil {
					return err
				}
				titles[a.ID] = *a
			}
		}
		if len(d.Parties) == 0 && len(d.Changes) > 0 {
			d.Parties, err = tx.Parties(ctx, f.OrgID)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("dashboard: %w", err)
	}
	if cached != nil {
		return cached, nil
	}
	out := &Dashboard{Today: today, Horizon: f.Horizon}
	names := map[int64]string{}
	for _, p := range d.Parties {
		names[p.ID] = p.LegalName
	}
	sanctions := map[int64][]heskem.SanctionRule{}
	for _, r := range d.Sanctions {
		sanctions[r.AgreementID] = append(sanctions[r.AgreementID], r)
	}
	// Milestones and installments come sorted by agreement, like the
	// agreements: walk them in step.
	mi, ii := 0, 0
	for _, a := range d.Agreements {
		in := schedule.Input{Agreement: a, Today: today, Rules: s.Rules, Sanctions: sanctions[a.ID]}
		for ; mi < len(d.Milestones) && d.Milestones[mi].AgreementID == a.ID; mi++ {
			in.Milestones = append(in.Milestones, d.Milestones[mi])
		}
		for ; ii < len(d.Installments) && d.Installments[ii].AgreementID == a.ID; ii++ {
			in.Installments = append(in.Installments, d.Installments[ii])
		}
		cal, err := s.Calendar.Policy(a.Policy)
		if err != nil {
			return nil, fmt.Errorf("agreement %d: %w", a.ID, err)
		}
		in.Calendar = cal
		res := schedule.Compute(in)
		base := DashboardRow{AgreementID: a.ID, Agreement: a.Title, Supplier: names[a.SupplierID], Client: names[a.ClientID]}
		for _, m := range res.Milestones {
			row := base
			row.Kind, row.ItemID, row.Item, row.Due, row.Status, row.DaysLate, row.Amount = "milestone", m.ID, m.Title, m.Due, m.Status, m.DaysLate, m.Value
			if m.Penalty != nil {
				acc := m.Penalty.Amount
				row.Accrued, row.Clause, row.MayTerminate = &acc, m.Penalty.Clause, m.Penalty.MayTerminate
			}
			switch m.Status {
			case schedule.Late:
				out.Late = append(out.Late, row)
			case schedule.DueSoon:
				out.DueSoon = append(out.DueSoon, row)
			}
		}
		for _, p := range res.Payments {
			row := base
			row.Kind, row.ItemID, row.Item, row.Due, row.Status, row.DaysLate, row.Amount = "payment", p.ID, p.Title, p.Due, p.Status, p.DaysLate, p.Outstanding
			if p.Interest != nil {
				acc := p.Interest.Amount
				row.Accrued, row.Clause = &acc, p.Interest.Clause
			}
			switch p.Status {
			case schedule.Overdue:
				out.Overdue = append(out.Overdue, row)
			case schedule.DueSoon:
				out.DueSoon = append(out.DueSoon, row)
			}
		}
		for _, n := range res.Notes {
			out.Notes = append(out.Notes, a.Title+": "+n)
		}
	}
	for _, c := range d.Changes {
		a := titles[c.AgreementID]
		out.OpenChanges = append(out.OpenChanges, DashboardRow{AgreementID: c.AgreementID, Agreement: a.Title, Supplier: names[a.SupplierID],
			Client: names[a.ClientID], Kind: "change_request", ItemID: c.ID, Item: c.Title, Amount: c.PriceImpact})
	}
	sort.SliceStable(out.Late, func(i, j int) bool { return out.Late[i].DaysLate > out.Late[j].DaysLate })
	sort.SliceStable(out.Overdue, func(i, j int) bool { return out.Overdue[i].DaysLate > out.Overdue[j].DaysLate })
	sort.SliceStable(out.DueSoon, func(i, j int) bool { return out.DueSoon[i].Due.Before(out.DueSoon[j].Due) })
	s.dash.put(key, seq, out)
	return out, nil
}

// dashboardCache keeps computed dashboards by filter (which includes the
// day) and the organization's audit sequence at computation. The dashboard
// is read far more often than the workspace changes; any change bumps the
// sequence and so misses the cache. Several instances on one PostgreSQL
// database stay correct, because the sequence is read from the database.
// Results are shared: callers must not modify them.
type dashboardCache struct {
	mu      sync.Mutex
	entries map[string]cachedDashboard
}

type cachedDashboard struct {
	seq int64
	d   *Dashboard
}

// maxCachedDashboards bounds the cache; past it the cache starts over.
const maxCachedDashboards = 256

func (c *dashboardCache) get(key string, seq int64) *Dashboard {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.entries[key]; ok && e.seq == seq {
		return e.d
	}
	return nil
}

func (c *dashboardCache) put(key string, seq int64, d *Dashboard) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil || len(c.entries) >= maxCachedDashboards {
		c.entries = map[string]cachedDashboard{}
	}
	c.entries[key] = cachedDashboard{seq: seq, d: d}
}
