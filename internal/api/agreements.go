package api

import (
	"fmt"
	"net/http"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/service"
)

// actor is who the request acts as. Until sign-in exists every API call
// acts as the workspace's API user.
func actor(r *http.Request) service.Actor { return service.Actor{Name: "api"} }

type agreementList struct {
	Agreements []service.AgreementRow `json:"agreements"`
	Total      int                    `json:"total"`
}

func (a *API) listAgreements(w http.ResponseWriter, r *http.Request) error {
	f := heskem.AgreementFilter{OrgID: a.orgID, Status: heskem.Status(r.URL.Query().Get("status"))}
	if f.Status != "" && !f.Status.Valid() {
		return heskem.Invalid("status", "error.status", "unknown status %q", f.Status)
	}
	var err error
	if f.Limit, err = queryInt(r, "limit"); err != nil {
		return err
	}
	if f.Offset, err = queryInt(r, "offset"); err != nil {
		return err
	}
	party, err := queryInt(r, "party")
	if err != nil {
		return err
	}
	f.PartyID = int64(party)
	rows, total, err := a.svc.ListAgreements(r.Context(), f)
	if err != nil {
		return err
	}
	if rows == nil {
		rows = []service.AgreementRow{}
	}
	return writeJSON(w, http.StatusOK, agreementList{Agreements: rows, Total: total})
}

// agreementInput is what a client sends to create an agreement.
type agreementInput struct {
	Title      string         `json:"title"`
	Language   string         `json:"language"`
	SupplierID int64          `json:"supplier_id"`
	ClientID   int64          `json:"client_id"`
	StartDate  heskem.Date    `json:"start_date"`
	EndDate    heskem.Date    `json:"end_date"`
	Value      heskem.Money   `json:"value"`
	Policy     string         `json:"business_day_policy"`
	PayerType  string         `json:"payer_type"`
	Renewal    heskem.Renewal `json:"renewal"`
}

func (a *API) createAgreement(w http.ResponseWriter, r *http.Request) error {
	var in agreementInput
	if err := decode(r, &in); err != nil {
		return err
	}
	ag := heskem.Agreement{OrgID: a.orgID, Title: in.Title, Language: in.Language, SupplierID: in.SupplierID, ClientID: in.ClientID,
		StartDate: in.StartDate, EndDate: in.EndDate, Value: in.Value, Policy: in.Policy,
		PayerType: in.PayerType, Renewal: in.Renewal}
	if err := a.svc.CreateAgreement(r.Context(), actor(r), &ag); err != nil {
		return err
	}
	w.Header().Set("Location", fmt.Sprintf("/api/v1/agreements/%d", ag.ID))
	return writeJSON(w, http.StatusCreated, ag)
}

// agreementDetail is one agreement with what runs it.
type agreementDetail struct {
	heskem.Agreement
	Supplier     heskem.Party          `json:"supplier"`
	Client       heskem.Party          `json:"client"`
	Deliverables []heskem.Deliverable  `json:"deliverables"`
	Milestones   []heskem.Milestone    `json:"milestones"`
	Installments []heskem.Installment  `json:"installments"`
	Sanctions    []heskem.SanctionRule `json:"sanction_rules"`
	Contacts     []heskem.Contact      `json:"contacts"`
}

func (a *API) getAgreement(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	v, err := a.svc.Agreement(r.Context(), a.orgID, id)
	if err != nil {
		return err
	}
	w.Header().Set("ETag", fmt.Sprintf(`"%d"`, v.Agreement.Revision))
	return writeJSON(w, http.StatusOK, agreementDetail{Agreement: v.Agreement, Supplier: v.Supplier, Client: v.Client,
		Deliverables: nonNil(v.Deliverables), Milestones: nonNil(v.Milestones), Installments: nonNil(v.Installments),
		Sanctions: nonNil(v.Sanctions), Contacts: nonNil(v.Contacts)})
}

func (a *API) updateAgreement(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	var p service.AgreementPatch
	if err := decode(r, &p); err != nil {
		return err
	}
	ag, err := a.svc.UpdateAgreement(r.Context(), actor(r), a.orgID, id, p)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, ag)
}

func (a *API) listParties(w http.ResponseWriter, r *http.Request) error {
	var ps []heskem.Party
	err := a.svc.Store.View(r.Context(), func(tx heskem.Tx) (err error) { ps, err = tx.Parties(r.Context(), a.orgID); return })
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string][]heskem.Party{"parties": nonNil(ps)})
}

type partyInput struct {
	LegalName string        `json:"legal_name"`
	IDKind    heskem.IDKind `json:"id_kind"`
	IDNumber  string        `json:"id_number"`
	Address   string        `json:"address"`
}

func (a *API) createParty(w http.ResponseWriter, r *http.Request) error {
	var in partyInput
	if err := decode(r, &in); err != nil {
		return err
	}
	p := heskem.Party{OrgID: a.orgID, LegalName: in.LegalName, IDKind: in.IDKind, IDNumber: in.IDNumber, Address: in.Address}
	if err := a.svc.CreateParty(r.Context(), actor(r), &p); err != nil {
		return err
	}
	w.Header().Set("Location", fmt.Sprintf("/api/v1/parties/%d", p.ID))
	return writeJSON(w, http.StatusCreated, p)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
