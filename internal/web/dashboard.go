package web

import (
	"encoding/csv"
	"net/http"
	"strconv"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/service"
)

// dashboardFilter reads the dashboard's filters from the query; values that
// do not parse are ignored, like an unselected filter.
func dashboardFilter(r *http.Request, orgID int64) heskem.DashboardFilter {
	q := r.URL.Query()
	f := heskem.DashboardFilter{OrgID: orgID, Status: heskem.Status(q.Get("status"))}
	if !f.Status.Valid() {
		f.Status = ""
	}
	f.PartyID, _ = strconv.ParseInt(q.Get("party"), 10, 64)
	f.OwnerID, _ = strconv.ParseInt(q.Get("owner"), 10, 64)
	return f
}

// dashboardPage is the dashboard's data.
type dashboardPage struct {
	D       *service.Dashboard
	Filter  heskem.DashboardFilter
	Parties []heskem.Party
	Users   []heskem.User
	Query   string
}

func (w *Web) dashboard(rw http.ResponseWriter, r *http.Request) error {
	l := w.localizer(rw, r)
	f := dashboardFilter(r, w.orgID)
	d, err := w.svc.Dashboard(r.Context(), f)
	if err != nil {
		return err
	}
	p := dashboardPage{D: d, Filter: f, Query: r.URL.RawQuery}
	err = w.svc.Store.View(r.Context(), func(tx heskem.Tx) (err error) {
		if p.Parties, err = tx.Parties(r.Context(), w.orgID); err != nil {
			return err
		}
		p.Users, err = tx.Users(r.Context(), w.orgID)
		return err
	})
	if err != nil {
		return err
	}
	return w.render(rw, r, l, http.StatusOK, "dashboard", l.T("dashboard.title"), p)
}

// dashboardCSV exports every dashboard row, one per line, with a header,
// for spreadsheets. Amounts are decimal numbers in major units so that a
// spreadsheet can add them up.
func (w *Web) dashboardCSV(rw http.ResponseWriter, r *http.Request) error {
	l := w.localizer(rw, r)
	d, err := w.svc.Dashboard(r.Context(), dashboardFilter(r, w.orgID))
	if err != nil {
		return err
	}
	rw.Header().Set("Content-Type", "text/csv; charset=utf-8")
	rw.Header().Set("Content-Disposition", `attachment; filename="heskem-dashboard-`+d.Today.String()+`.csv"`)
	// A UTF-8 byte-order mark makes Excel read Hebrew correctly.
	if _, err := rw.Write([]byte("\ufeff")); err != nil {
		return err
	}
	cw := csv.NewWriter(rw)
	cw.Write([]string{"section", "agreement_id", "agreement", "supplier", "client", "kind", "item", "due", "status", "days_late",
		"amount", "currency", "accrued", "clause", "may_terminate"})
	write := func(section string, rows []service.DashboardRow) {
		for _, x := range rows {
			accrued := ""
			if x.Accrued != nil {
				accrued = x.Accrued.Decimal()
			}
			cw.Write([]string{section, strconv.FormatInt(x.AgreementID, 10), x.Agreement, x.Supplier, x.Client, x.Kind, x.Item,
				x.Due.String(), l.T("sched." + string(x.Status)), strconv.Itoa(x.DaysLate), x.Amount.Decimal(), x.Amount.Currency,
				accrued, x.Clause, strconv.FormatBool(x.MayTerminate)})
		}
	}
	write("late_milestones", d.Late)
	write("overdue_payments", d.Overdue)
	write("due_soon", d.DueSoon)
	write("open_change_requests", d.OpenChanges)
	cw.Flush()
	return cw.Error()
}
