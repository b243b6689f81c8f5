package service

import (
	"context"
	"fmt"
	"runtime"
	"slices"
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
	Kind         string          `json:"kind"` // "milestone", "payment", "notice" (of non-renewal) or "change_request"
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
//
// Results are cached per filter and day. Every change is audited, so the
// organization's audit sequence — read in the dashboard's own transaction —
// says whether anything changed since the cached result, and the audit
// events since then say which agreements: only those are loaded and
// computed again. A new day, or a change to no single agreement (a party
// renamed), computes everything again.
func (s *Service) Dashboard(ctx context.Context, f heskem.DashboardFilter) (*Dashboard, error) {
	today := s.Today()
	f.Today, f.Horizon, f.Only = today, today.AddDays(schedule.DefaultSoonDays), nil
	key := fmt.Sprintf("%d|%s|%d|%d", f.OrgID, f.Status, f.PartyID, f.OwnerID)
	var out *dashState
	err := s.Store.View(ctx, func(tx heskem.Tx) error {
		seq, _, err := tx.AuditHead(ctx, f.OrgID)
		if err != nil {
			return err
		}
		prev := s.dash.get(key)
		if prev != nil && prev.today == today && prev.seq == seq {
			out = prev
			return nil
		}
		var changed []int64
		if prev != nil && prev.today == today {
			if changed, err = tx.AuditAgreementsSince(ctx, f.OrgID, prev.seq); err != nil {
				return err
			}
			if len(changed) > maxIncremental || slices.Contains(changed, 0) {
				prev = nil // recompute everything
			}
		} else {
			prev = nil
		}
		if prev != nil {
			f.Only = changed
		}
		d, err := tx.Dashboard(ctx, f)
		if err != nil {
			return err
		}
		next := &dashState{seq: seq, today: today, rows: map[int64]agreementRows{}}
		if prev != nil {
			for id, r := range prev.rows {
				if !slices.Contains(changed, id) {
					next.rows[id] = r
				}
			}
		}
		if err := s.computeRows(ctx, tx, f, d, next); err != nil {
			return err
		}
		next.assemble(today, f.Horizon)
		out = next
		s.dash.put(key, next)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("dashboard: %w", err)
	}
	return out.d, nil
}

// maxIncremental is how many changed agreements are refreshed one by one;
// past it a full computation is as cheap.
const maxIncremental = 200

// agreementRows are one agreement's dashboard rows.
type agreementRows struct {
	late, soon, overdue []DashboardRow
	notes               []string
}

// dashState is a computed dashboard with what it was computed from. It is
// never changed once cached: a refresh builds a new one.
type dashState struct {
	seq     int64
	today   heskem.Date
	rows    map[int64]agreementRows
	changes []DashboardRow
	d       *Dashboard
}

// computeRows computes the rows of the agreements in d into st, and the
// open change requests.
func (s *Service) computeRows(ctx context.Context, tx heskem.Tx, f heskem.DashboardFilter, d *heskem.DashboardData, st *dashState) error {
	parties := d.Parties
	if len(parties) == 0 {
		var err error
		if parties, err = tx.Parties(ctx, f.OrgID); err != nil {
			return err
		}
	}
	names := make(map[int64]string, len(parties))
	for _, p := range parties {
		names[p.ID] = p.LegalName
	}
	sanctions := map[int64][]heskem.SanctionRule{}
	for _, r := range d.Sanctions {
		sanctions[r.AgreementID] = append(sanctions[r.AgreementID], r)
	}
	// Milestones and installments come sorted by agreement, like the
	// agreements: walk them in step to build each agreement's input.
	inputs := make([]schedule.Input, len(d.Agreements))
	mi, ii := 0, 0
	for k, a := range d.Agreements {
		in := schedule.Input{Agreement: a, Today: f.Today, Rules: s.Rules, Sanctions: sanctions[a.ID], Brief: true}
		for ; mi < len(d.Milestones) && d.Milestones[mi].AgreementID == a.ID; mi++ {
			in.Milestones = append(in.Milestones, d.Milestones[mi])
		}
		for ; ii < len(d.Installments) && d.Installments[ii].AgreementID == a.ID; ii++ {
			in.Installments = append(in.Installments, d.Installments[ii])
		}
		cal, err := s.Calendar.Policy(a.Policy)
		if err != nil {
			return fmt.Errorf("agreement %d: %w", a.ID, err)
		}
		in.Calendar = cal
		inputs[k] = in
	}
	// The schedules are pure and independent: compute them on every core.
	rows := make([]agreementRows, len(inputs))
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), len(inputs))
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := w; k < len(inputs); k += workers {
				rows[k] = agreementRowsOf(inputs[k].Agreement, schedule.Compute(inputs[k]), names)
			}
		}()
	}
	wg.Wait()
	for k, a := range d.Agreements {
		st.rows[a.ID] = rows[k]
	}
	titles := map[int64]heskem.Agreement{}
	for _, a := range d.Agreements {
		titles[a.ID] = a
	}
	for _, c := range d.Changes {
		a, ok := titles[c.AgreementID]
		if !ok {
			got, err := tx.Agreement(ctx, f.OrgID, c.AgreementID)
			if err != nil {
				return err
			}
			a, titles[a.ID] = *got, *got
		}
		st.changes = append(st.changes, DashboardRow{AgreementID: c.AgreementID, Agreement: a.Title, Supplier: names[a.SupplierID],
			Client: names[a.ClientID], Kind: "change_request", ItemID: c.ID, Item: c.Title, Amount: c.PriceImpact})
	}
	return nil
}

// agreementRowsOf turns one agreement's standing into dashboard rows.
func agreementRowsOf(a heskem.Agreement, res schedule.Result, names map[int64]string) agreementRows {
	var out agreementRows
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
			out.late = append(out.late, row)
		case schedule.DueSoon:
			out.soon = append(out.soon, row)
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
			out.overdue = append(out.overdue, row)
		case schedule.DueSoon:
			out.soon = append(out.soon, row)
		}
	}
	if t := res.Term; t.NoticeStatus == schedule.DueSoon {
		row := base
		item := "הודעה על אי-חידוש (התקופה מסתיימת ב-" + t.End.Israeli() + ")"
		if a.Language == "en" {
			item = "Notice of non-renewal (the period ends on " + t.End.Israeli() + ")"
		}
		row.Kind, row.ItemID, row.Item, row.Due, row.Status, row.Amount = "notice", a.ID, item, t.NoticeBy, schedule.DueSoon, a.Value
		out.soon = append(out.soon, row)
	}
	for _, n := range res.Notes {
		out.notes = append(out.notes, a.Title+": "+n)
	}
	return out
}

// assemble builds the dashboard from the rows, in a stable order: most
// days late first, then by due date.
func (st *dashState) assemble(today, horizon heskem.Date) {
	d := &Dashboard{Today: today, Horizon: horizon, OpenChanges: st.changes}
	ids := make([]int64, 0, len(st.rows))
	for id := range st.rows {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		r := st.rows[id]
		d.Late = append(d.Late, r.late...)
		d.DueSoon = append(d.DueSoon, r.soon...)
		d.Overdue = append(d.Overdue, r.overdue...)
		d.Notes = append(d.Notes, r.notes...)
	}
	sort.SliceStable(d.Late, func(i, j int) bool { return d.Late[i].DaysLate > d.Late[j].DaysLate })
	sort.SliceStable(d.Overdue, func(i, j int) bool { return d.Overdue[i].DaysLate > d.Overdue[j].DaysLate })
	sort.SliceStable(d.DueSoon, func(i, j int) bool { return d.DueSoon[i].Due.Before(d.DueSoon[j].Due) })
	st.d = d
}

// dashboardCache keeps the last computed dashboard per filter. Entries are
// immutable; Several instances on one PostgreSQL database stay correct,
// because what changed is read from the database, not from memory.
type dashboardCache struct {
	mu      sync.Mutex
	entries map[string]*dashState
}

// maxCachedDashboards bounds the cache; past it the cache starts over.
const maxCachedDashboards = 256

func (c *dashboardCache) get(key string) *dashState {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.entries[key]
}

func (c *dashboardCache) put(key string, st *dashState) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil || len(c.entries) >= maxCachedDashboards {
		c.entries = map[string]*dashState{}
	}
	c.entries[key] = st
}
