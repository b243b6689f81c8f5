package web

import (
	"net/http"

	"github.com/heskem/heskem/internal/bizday"
	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/i18n"
	"github.com/heskem/heskem/internal/schedule"
	"github.com/heskem/heskem/internal/service"
	"github.com/heskem/heskem/internal/terms"
)

// listPage is the agreements list's data.
type listPage struct {
	Rows   []service.AgreementRow
	Total  int
	Status heskem.Status
}

func (w *Web) agreements(rw http.ResponseWriter, r *http.Request) error {
	l := w.localizer(rw, r)
	f := heskem.AgreementFilter{OrgID: w.orgID, Status: heskem.Status(r.URL.Query().Get("status")), Limit: 200}
	if f.Status != "" && !f.Status.Valid() {
		f.Status = ""
	}
	rows, total, err := w.svc.ListAgreements(r.Context(), f)
	if err != nil {
		return err
	}
	return w.render(rw, r, l, http.StatusOK, "agreements", l.T("agreements.title"), listPage{Rows: rows, Total: total, Status: f.Status})
}

// milestoneRow is a milestone ready for display.
type milestoneRow struct {
	schedule.Milestone
	DueText string // the date, or "N business days after …" while its anchor has not happened
	Hebrew  string // the Hebrew date beside the Gregorian one
}

// paymentRow is an installment ready for display.
type paymentRow struct {
	schedule.Payment
	Term      string
	Milestone string
	Hebrew    string
	Gross     heskem.Money // with VAT, for shekel amounts
	VATRate   string       // the rate applied, e.g. "18"
}

// lawCheck is an installment whose payment term the Payment to Suppliers
// Law does not allow as written, with the law's own explanation.
type lawCheck struct {
	Title, Message string
	Exceeds        bool // beyond a limit the parties cannot contract out of
}

// contactRow is a contact ready for display.
type contactRow struct {
	heskem.Contact
	Party  string
	Backup string
}

// agreementPage is one agreement's page data.
type agreementPage struct {
	V          *service.AgreementView
	Milestones []milestoneRow
	Payments   []paymentRow
	Contacts   []contactRow
	Reviews    []heskem.Review
	Feeds      []heskem.CalendarFeed
	LawChecks  []lawCheck // payment terms beyond the Payment to Suppliers Law
	Error      string     // a refused action, shown at the top
	Active     bool       // delivery events are possible
	// The choices of the terms form, shown while the agreement is editable.
	PayerTypes  []string
	NoticeUnits []string
}

func (w *Web) agreement(rw http.ResponseWriter, r *http.Request) error {
	l := w.localizer(rw, r)
	id, err := pathID(r)
	if err != nil {
		return err
	}
	v, err := w.svc.Agreement(r.Context(), w.orgID, id)
	if err != nil {
		return err
	}
	p := agreementPage{V: v, Error: r.URL.Query().Get("error"), Active: v.Agreement.Status == heskem.StatusActive,
		PayerTypes: heskem.PayerTypes, NoticeUnits: heskem.NoticeUnits}
	if p.Reviews, err = w.rv.List(r.Context(), w.orgID, id); err != nil {
		return err
	}
	feeds, err := w.svc.Feeds(r.Context(), w.orgID)
	if err != nil {
		return err
	}
	for _, f := range feeds {
		if f.AgreementID == id && f.RevokedAt == nil {
			p.Feeds = append(p.Feeds, f)
		}
	}
	titles := map[int64]string{}
	for _, m := range v.Standing.Milestones {
		titles[m.ID] = m.Title
		row := milestoneRow{Milestone: m, DueText: l.Date(m.Due), Hebrew: hebrewDate(l, m.Due)}
		if m.Due.IsZero() && m.AfterEvent != "" {
			row.DueText = l.T("agreement.after_event", m.AfterDays, l.T("event."+m.AfterEvent))
		}
		p.Milestones = append(p.Milestones, row)
	}
	for _, i := range v.Standing.Payments {
		row := paymentRow{Payment: i, Term: termLabel(l, i.Installment), Milestone: titles[i.MilestoneID], Hebrew: hebrewDate(l, i.Due)}
		row.Gross, row.VATRate = w.withVAT(i.Amount, i.Due, v.Today)
		p.Payments = append(p.Payments, row)
		if c, ok := w.checkTerm(i.Installment, terms.PayerType(v.Agreement.PayerType)); ok {
			msg := c.Message
			if l.Lang == "he" {
				msg = c.MessageHe
			}
			p.LawChecks = append(p.LawChecks, lawCheck{Title: i.Title, Message: msg, Exceeds: c.Verdict == terms.VerdictExceeds})
		}
	}
	for _, c := range v.Contacts {
		party := v.Supplier.LegalName
		if c.PartyID == v.Client.ID {
			party = v.Client.LegalName
		}
		p.Contacts = append(p.Contacts, contactRow{Contact: c, Party: party, Backup: service.ContactName(v.Contacts, c.BackupID)})
	}
	return w.render(rw, r, l, http.StatusOK, "agreement", v.Agreement.Title, p)
}

// withVAT adds VAT to a shekel amount at the rate in force on its tax point
// — the due date, or today while there is none — from the dated rate
// table. Other currencies are left as they are: invoices to clients
// abroad are usually zero-rated, which the agreement, not Heskem, decides.
func (w *Web) withVAT(m heskem.Money, due, today heskem.Date) (heskem.Money, string) {
	if m.Currency != "ILS" {
		return heskem.Money{}, ""
	}
	point := due
	if point.IsZero() {
		point = today
	}
	v, err := w.svc.Rules.AddVAT(terms.Money{Amount: m.Amount, Currency: m.Currency}, point.Time())
	if err != nil {
		return heskem.Money{}, ""
	}
	return heskem.Money{Amount: v.Gross.Amount, Currency: v.Gross.Currency}, v.Rate.RatePercent.String()
}

// checkTerm checks an installment's payment term against the Payment to
// Suppliers Law for the agreement's payer type — public payers have
// shorter limits than a business — and reports a term the law does not
// allow as written.
func (w *Web) checkTerm(i heskem.Installment, payer terms.PayerType) (terms.TermCheck, bool) {
	kind := map[heskem.PaymentTermKind]terms.TermKind{heskem.TermEOMPlus: terms.TermEndOfMonth, heskem.TermNet: terms.TermNet,
		heskem.TermOnAcceptance: terms.TermOnAcceptance}[i.Term]
	if kind == "" {
		return terms.TermCheck{}, false
	}
	c, err := w.svc.Rules.CheckPaymentTerm(terms.PaymentTerm{Kind: kind, Days: i.TermDays}, payer)
	if err != nil || (c.Verdict != terms.VerdictExceeds && c.Verdict != terms.VerdictNeedsJustification) {
		return terms.TermCheck{}, false
	}
	return c, true
}

// hebrewDate is the Hebrew calendar date of d in the reader's language, or
// "" for no date.
func hebrewDate(l i18n.Localizer, d heskem.Date) string {
	if d.IsZero() {
		return ""
	}
	h := bizday.ToHebrew(d.Time())
	if l.Lang == "he" {
		return h.String()
	}
	return h.English()
}

// termLabel describes an installment's payment term in the reader's language.
func termLabel(l i18n.Localizer, i heskem.Installment) string {
	switch i.Term {
	case heskem.TermEOMPlus, heskem.TermNet:
		return l.T("term."+string(i.Term), i.TermDays)
	case heskem.TermOnDate:
		return l.T("term.on_date") + " " + l.Date(i.DueDate)
	}
	return l.T("term." + string(i.Term))
}
