package api

import (
	"net/http"
	"strings"
	"time"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/httpx"
	"github.com/heskem/heskem/internal/service"
)

// eventInput is the optional body of a milestone or payment event.
type eventInput struct {
	Reason string     `json:"reason"`
	At     *time.Time `json:"at"`     // RFC 3339; now when absent
	Amount string     `json:"amount"` // decimal, for payments
}

// eventBody decodes an event's optional JSON body and its time (zero for
// now).
func eventBody(r *http.Request) (eventInput, time.Time, error) {
	var in eventInput
	if r.ContentLength != 0 {
		if err := decode(r, &in); err != nil {
			return in, time.Time{}, err
		}
	}
	if in.At != nil {
		return in, *in.At, nil
	}
	return in, time.Time{}, nil
}

func (a *API) milestoneEvent(w http.ResponseWriter, r *http.Request) error {
	id, mid, err := httpx.PathIDs(r, "mid")
	if err != nil {
		return err
	}
	in, at, err := eventBody(r)
	if err != nil {
		return err
	}
	m, err := a.svc.MilestoneEvent(r.Context(), actor(r), a.orgID, id, mid, service.MilestoneAction(r.PathValue("action")), in.Reason, at)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, m)
}

func (a *API) installmentEvent(w http.ResponseWriter, r *http.Request) error {
	id, iid, err := httpx.PathIDs(r, "iid")
	if err != nil {
		return err
	}
	in, at, err := eventBody(r)
	if err != nil {
		return err
	}
	invoice := strings.HasSuffix(r.URL.Path, "/invoice")
	var amount heskem.Money
	if !invoice {
		v, err := a.svc.Agreement(r.Context(), a.orgID, id)
		if err != nil {
			return err
		}
		if amount, err = heskem.ParseMoney(in.Amount, v.Agreement.Value.Currency); err != nil {
			return heskem.Invalid("amount", "error.amount", "%v", err)
		}
	}
	i, err := a.svc.PaymentEvent(r.Context(), actor(r), a.orgID, id, iid, invoice, amount, at)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, i)
}

func (a *API) dashboard(w http.ResponseWriter, r *http.Request) error {
	f := heskem.DashboardFilter{OrgID: a.orgID, Status: heskem.Status(r.URL.Query().Get("status"))}
	if f.Status != "" && !f.Status.Valid() {
		return heskem.Invalid("status", "error.status", "unknown status %q", f.Status)
	}
	party, err := queryInt(r, "party")
	if err != nil {
		return err
	}
	owner, err := queryInt(r, "owner")
	if err != nil {
		return err
	}
	f.PartyID, f.OwnerID = int64(party), int64(owner)
	d, err := a.svc.Dashboard(r.Context(), f)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, d)
}
