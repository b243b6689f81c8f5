package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/httpx"
	"github.com/heskem/heskem/internal/service"
)

// backToAgreement redirects to the agreement page after a form post (so a
// reload does not post again), carrying a user error — invalid input or an
// edit conflict — to show there.
func backToAgreement(rw http.ResponseWriter, r *http.Request, id int64, anchor string, err error) error {
	if code := heskem.ErrorCode(err); err != nil && code != heskem.EINVALID && code != heskem.ECONFLICT {
		return err
	}
	u := fmt.Sprintf("/agreements/%d", id)
	if err != nil {
		u += "?error=" + url.QueryEscape(heskem.ErrorMessage(err))
	}
	http.Redirect(rw, r, u+"#"+anchor, http.StatusSeeOther)
	return nil
}

func (w *Web) milestoneAction(rw http.ResponseWriter, r *http.Request) error {
	id, mid, err := httpx.PathIDs(r, "mid")
	if err != nil {
		return err
	}
	_, err = w.svc.MilestoneEvent(r.Context(), service.Actor{Name: "web"}, w.orgID, id, mid,
		service.MilestoneAction(r.PathValue("action")), r.FormValue("reason"), w.svc.Now())
	return backToAgreement(rw, r, id, "milestones", err)
}

func (w *Web) installmentAction(rw http.ResponseWriter, r *http.Request) error {
	id, iid, err := httpx.PathIDs(r, "iid")
	if err != nil {
		return err
	}
	invoice := strings.HasSuffix(r.URL.Path, "/invoice")
	var amount heskem.Money
	if !invoice {
		v, err := w.svc.Agreement(r.Context(), w.orgID, id)
		if err != nil {
			return err
		}
		amount, err = heskem.ParseMoney(r.FormValue("amount"), v.Agreement.Value.Currency)
		if err != nil {
			return backToAgreement(rw, r, id, "payments", heskem.Invalid("amount", "error.amount", "%v", err))
		}
	}
	_, err = w.svc.PaymentEvent(r.Context(), service.Actor{Name: "web"}, w.orgID, id, iid, invoice, amount, w.svc.Now())
	return backToAgreement(rw, r, id, "payments", err)
}

// agreementTerms saves the terms form: payer type and automatic renewal.
// The form carries the revision it was drawn from, so a second editor
// gets the conflict explained on the page instead of overwriting.
func (w *Web) agreementTerms(rw http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	ints := map[string]int{}
	for _, name := range []string{"revision", "renewal_months", "notice_count"} {
		v := strings.TrimSpace(r.FormValue(name))
		if v == "" {
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			return backToAgreement(rw, r, id, "summary", heskem.Invalid(name, "error.number", "%s: %q is not a whole number", name, v))
		}
		ints[name] = n
	}
	var payer *string
	if v := r.FormValue("payer_type"); v != "" {
		payer = &v
	}
	renewal := heskem.Renewal{Months: ints["renewal_months"], NoticeCount: ints["notice_count"], NoticeUnit: r.FormValue("notice_unit")}
	if renewal.NoticeCount == 0 {
		renewal.NoticeUnit = ""
	}
	_, err = w.svc.UpdateAgreement(r.Context(), service.Actor{Name: "web"}, w.orgID, id,
		service.AgreementPatch{Revision: int64(ints["revision"]), PayerType: payer, Renewal: &renewal})
	return backToAgreement(rw, r, id, "summary", err)
}
