package service

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/heskem/heskem/internal/docgen"
	"github.com/heskem/heskem/internal/draft"
	"github.com/heskem/heskem/internal/heskem"
)

// AgreementFromDraft turns a finished wizard draft into an agreement of the
// workspace — parties, milestones, payment schedule, late-delivery and
// late-payment sanctions, contacts with their backups — with the drafted
// text as its first version, so the engagement can be run from what was
// agreed. It runs in one transaction: either all of it is stored or none.
func (s *Service) AgreementFromDraft(ctx context.Context, actor Actor, orgID, draftID int64) (*heskem.Agreement, error) {
	var out *heskem.Agreement
	err := s.Store.Update(ctx, func(tx heskem.Tx) error {
		d, err := tx.Draft(ctx, orgID, draftID)
		if err != nil {
			return err
		}
		if d.AgreementID != 0 {
			return heskem.Invalid("draft", "error.draft_saved", "this draft is already agreement %d", d.AgreementID)
		}
		a, err := draft.Load([]byte(d.YAML))
		if err != nil {
			return heskem.Invalid("draft", "error.draft", "the draft has problems to fix first:\n%v", err)
		}
		a = a.WithDefaults()
		lang := a.Language
		text := func(t draft.Text) string { return t.In(lang, lang) }

		supplier, err := findOrCreateParty(ctx, tx, orgID, a.Parties.Supplier, text)
		if err != nil {
			return err
		}
		client, err := findOrCreateParty(ctx, tx, orgID, a.Parties.Client, text)
		if err != nil {
			return err
		}
		cur := a.Payment.Currency
		ag := &heskem.Agreement{OrgID: orgID, Title: text(a.Title), Language: lang, Status: heskem.StatusDraft,
			SupplierID: supplier.ID, ClientID: client.ID, StartDate: day(a.Schedule.Start), EndDate: day(a.Schedule.End),
			Value: heskem.Money{Amount: int64(a.Payment.Total), Currency: cur}, Policy: a.BusinessDays,
			PayerType: a.Parties.Client.PayerType, Renewal: renewal(a.Schedule.Renewal)}
		if ag.EndDate.IsZero() {
			ag.EndDate = day(a.EndDate())
		}
		if err := tx.CreateAgreement(ctx, ag); err != nil {
			return err
		}
		signed := day(a.Date)
		if signed.IsZero() {
			signed = ag.StartDate
		}
		if err := s.copySchedule(ctx, tx, a, ag, signed, text); err != nil {
			return err
		}
		if err := copySanctions(ctx, tx, a, ag); err != nil {
			return err
		}
		if err := copyContacts(ctx, tx, a, ag, supplier.ID, client.ID, text); err != nil {
			return err
		}
		doc, err := draft.Build(a, lang)
		if err != nil {
			return fmt.Errorf("draft text: %w", err)
		}
		var body bytes.Buffer
		if err := docgen.WriteText(&body, doc); err != nil {
			return err
		}
		data, err := json.Marshal(map[string]string{"format": "heskem.agreement/v1", "yaml": d.YAML})
		if err != nil {
			return err
		}
		if err := tx.CreateVersion(ctx, &heskem.Version{AgreementID: ag.ID, Data: data, Text: body.String(),
			Note: fmt.Sprintf("drafted in the wizard (draft %d)", d.ID)}); err != nil {
			return err
		}
		d.AgreementID = ag.ID
		if err := tx.UpdateDraft(ctx, d); err != nil {
			return err
		}
		out = ag
		return audit(ctx, tx, orgID, ag.ID, actor, "agreement.from_draft", map[string]any{"draft": d.ID, "title": ag.Title})
	})
	return out, err
}

// renewal is the draft's automatic renewal as the agreement keeps it; the
// draft's rules allow only periods in months or years and notice in days,
// business days, weeks or months.
func renewal(r *draft.Renewal) heskem.Renewal {
	if r == nil {
		return heskem.Renewal{}
	}
	out := heskem.Renewal{Months: r.Period.Count, NoticeCount: r.Notice.Count, NoticeUnit: string(r.Notice.Unit)}
	if r.Period.Unit == draft.Years {
		out.Months = 12 * r.Period.Count
	}
	return out
}

func day(d draft.Date) heskem.Date {
	if d.IsZero() {
		return heskem.Date{}
	}
	return heskem.DateOf(d.Time())
}

// findOrCreateParty reuses a party of the workspace with the same
// registration number, so one company is one party across agreements.
func findOrCreateParty(ctx context.Context, tx heskem.Tx, orgID int64, p draft.Party, text func(draft.Text) string) (*heskem.Party, error) {
	kind := map[string]heskem.IDKind{"company": heskem.IDCompany, "nonprofit": heskem.IDCompany, "partnership": heskem.IDCompany,
		"dealer": heskem.IDDealer, "person": heskem.IDIndividual, "foreign": heskem.IDForeign, "": heskem.IDCompany}[p.IDKind]
	if p.IDNumber == "" {
		return nil, heskem.Invalid("parties", "error.id_number", "%s has no registration number; add id_number to save the agreement", text(p.Name))
	}
	parties, err := tx.Parties(ctx, orgID)
	if err != nil {
		return nil, err
	}
	want := p.IDNumber
	if kind != heskem.IDForeign {
		want = heskem.NormalizeIsraeliID(p.IDNumber)
	}
	for i := range parties {
		if parties[i].IDKind == kind && parties[i].IDNumber == want {
			return &parties[i], nil
		}
	}
	party := &heskem.Party{OrgID: orgID, LegalName: text(p.Name), IDKind: kind, IDNumber: p.IDNumber, Address: text(p.Address)}
	if err := tx.CreateParty(ctx, party); err != nil {
		return nil, err
	}
	return party, nil
}

// copySchedule stores milestones and installments. A milestone due "N
// business days after" signature or its predecessor keeps that rule; one
// after signature in calendar units gets its date.
func (s *Service) copySchedule(ctx context.Context, tx heskem.Tx, a *draft.Agreement, ag *heskem.Agreement, signed heskem.Date,
	text func(draft.Text) string) error {
	cur := ag.Value.Currency
	value := map[string]heskem.Money{}
	for _, in := range a.Payment.Installments {
		if in.Milestone != "" {
			value[in.Milestone] = installmentAmount(a, in)
		}
	}
	ids := map[string]int64{}
	prev := ""
	for _, m := range a.Schedule.Milestones {
		hm := &heskem.Milestone{AgreementID: ag.ID, Title: text(m.Name), DueDate: day(m.Date), Value: value[m.ID],
			TestPeriodBiz: a.Scope.Acceptance.TestPeriod.Count}
		if hm.Value.Currency == "" {
			hm.Value.Currency = cur
		}
		if a.Scope.Acceptance.TestPeriod.Unit != draft.BusinessDays {
			hm.TestPeriodBiz = 0
		}
		if hm.DueDate.IsZero() && !m.Within.IsZero() {
			switch {
			case m.Within.Unit == draft.BusinessDays && (m.After == "signature" || m.After == ""):
				hm.AfterEvent, hm.AfterDays = "signature", m.Within.Count
			case m.Within.Unit == draft.BusinessDays && m.After == prev && prev != "":
				hm.AfterEvent, hm.AfterDays = "previous_acceptance", m.Within.Count
			case m.After == "signature" || m.After == "":
				hm.DueDate = heskem.DateOf(addUnits(signed.Time(), m.Within))
			}
		}
		if hm.DueDate.IsZero() && hm.AfterEvent == "" {
			// A date that depends on a milestone other than the previous
			// one cannot be expressed yet; keep the agreement's end.
			hm.DueDate = ag.EndDate
		}
		if err := tx.CreateMilestone(ctx, hm); err != nil {
			return fmt.Errorf("milestone %s: %w", m.ID, err)
		}
		ids[m.ID], prev = hm.ID, m.ID
	}
	term := map[string]heskem.PaymentTermKind{"eom_plus": heskem.TermEOMPlus, "net": heskem.TermNet,
		"on_acceptance": heskem.TermOnAcceptance}[a.Payment.Terms.Kind]
	for i, in := range a.Payment.Installments {
		hi := &heskem.Installment{AgreementID: ag.ID, Title: fmt.Sprintf("%d", i+1), Amount: installmentAmount(a, in),
			Term: term, TermDays: a.Payment.Terms.Days, MilestoneID: ids[in.Milestone]}
		switch {
		case in.Milestone != "":
			hi.Title = text(milestoneName(a, in.Milestone))
		case in.AtSigning:
			hi.Term, hi.DueDate = heskem.TermOnDate, signed
		case !in.Date.IsZero():
			hi.Term, hi.DueDate = heskem.TermOnDate, day(in.Date)
		}
		if hi.Term == heskem.TermOnAcceptance && hi.MilestoneID == 0 {
			hi.Term = heskem.TermNet
		}
		if err := tx.CreateInstallment(ctx, hi); err != nil {
			return fmt.Errorf("installment %d: %w", i+1, err)
		}
	}
	return nil
}

func installmentAmount(a *draft.Agreement, in draft.Installment) heskem.Money {
	amount := in.Amount
	if amount == 0 && in.Percent != 0 {
		amount = in.Percent.Of(a.Payment.Total)
	}
	return heskem.Money{Amount: int64(amount), Currency: a.Payment.Currency}
}

func milestoneName(a *draft.Agreement, id string) draft.Text {
	for _, m := range a.Schedule.Milestones {
		if m.ID == id {
			return m.Name
		}
	}
	return draft.Text{Plain: id}
}

func addUnits(t time.Time, d draft.Duration) time.Time {
	switch d.Unit {
	case draft.Weeks:
		return t.AddDate(0, 0, 7*d.Count)
	case draft.Months:
		return t.AddDate(0, d.Count, 0)
	case draft.Years:
		return t.AddDate(d.Count, 0, 0)
	}
	return t.AddDate(0, 0, d.Count)
}

// copySanctions stores the late-delivery penalty and the late-payment
// interest the draft sets, with the clause left empty: clause numbers
// belong to the drafted text, which numbers them itself.
func copySanctions(ctx context.Context, tx heskem.Tx, a *draft.Agreement, ag *heskem.Agreement) error {
	if ld := a.Sanctions.LateDelivery; ld != nil {
		unit := map[string]heskem.PeriodUnit{"day": heskem.UnitCalendarDays, "business_day": heskem.UnitBusinessDays,
			"week": heskem.UnitWeeks}[ld.Per]
		r := &heskem.SanctionRule{AgreementID: ag.ID, Kind: heskem.SanctionLateDelivery, PeriodCount: 1, PeriodUnit: unit,
			PartialPeriod: ld.PartialPeriods, Base: "milestone"}
		if ld.Of == "total" || ld.Of == "monthly_fee" {
			r.Base = "agreement"
		}
		if ld.RatePercent != 0 {
			r.RatePercent = ld.RatePercent.String()
		} else {
			r.FixedAmount = heskem.Money{Amount: int64(ld.Amount), Currency: ag.Value.Currency}
		}
		if ld.CapPercent != 0 {
			r.CapPercent = ld.CapPercent.String()
		}
		if t := ld.TerminationAfter; !t.IsZero() && t.Unit == map[heskem.PeriodUnit]draft.Unit{heskem.UnitCalendarDays: draft.Days,
			heskem.UnitBusinessDays: draft.BusinessDays, heskem.UnitWeeks: draft.Weeks}[unit] {
			r.TerminateAfter = t.Count
		}
		if err := tx.CreateSanctionRule(ctx, r); err != nil {
			return fmt.Errorf("late-delivery sanction: %w", err)
		}
	}
	if in := a.LatePayment.Interest; in != nil {
		unit := heskem.UnitMonths
		if in.Per == "year" {
			unit = heskem.UnitYears
		}
		r := &heskem.SanctionRule{AgreementID: ag.ID, Kind: heskem.SanctionLatePayment, RatePercent: in.RatePercent.String(),
			PeriodCount: 1, PeriodUnit: unit, Base: "agreement"}
		if err := tx.CreateSanctionRule(ctx, r); err != nil {
			return fmt.Errorf("late-payment interest: %w", err)
		}
	}
	return nil
}

// copyContacts stores each representative with their backup.
func copyContacts(ctx context.Context, tx heskem.Tx, a *draft.Agreement, ag *heskem.Agreement, supplierID, clientID int64,
	text func(draft.Text) string) error {
	for _, c := range a.Contacts {
		party := supplierID
		if c.Party == "client" {
			party = clientID
		}
		hc := &heskem.Contact{AgreementID: ag.ID, PartyID: party, Name: text(c.Name), Role: text(c.Role), Email: c.Email,
			Phone: c.Phone, Stage: "all"}
		if c.Backup != nil {
			b := &heskem.Contact{AgreementID: ag.ID, PartyID: party, Name: text(c.Backup.Name), Role: text(c.Backup.Role),
				Email: c.Backup.Email, Phone: c.Backup.Phone, Stage: "all"}
			if err := tx.CreateContact(ctx, b); err != nil {
				return fmt.Errorf("backup of %s: %w", hc.Name, err)
			}
			hc.BackupID = b.ID
		}
		if err := tx.CreateContact(ctx, hc); err != nil {
			return fmt.Errorf("contact %s: %w", hc.Name, err)
		}
	}
	return nil
}
