package service

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/heskem/heskem/internal/heskem"
)

// SeedDemo fills an empty database with a realistic workspace — a Hebrew
// agreement between two Israeli companies and an English one, with
// deliverables, milestones, payments, sanctions and contacts — so a newcomer
// sees a living workspace on the first run. Dates are placed around today
// (one milestone accepted, one late, the rest ahead), so the demo looks
// alive whenever it is started. It does nothing, and returns false, when the
// database already holds an agreement.
func (s *Service) SeedDemo(ctx context.Context, today heskem.Date) (bool, error) {
	seeded := false
	err := s.Store.Update(ctx, func(tx heskem.Tx) error {
		orgs, err := tx.Organizations(ctx)
		if err != nil {
			return err
		}
		var org heskem.Organization
		if len(orgs) > 0 {
			org = orgs[0]
			if _, n, err := tx.Agreements(ctx, heskem.AgreementFilter{OrgID: org.ID, Limit: 1}); err != nil || n > 0 {
				return err
			}
		} else {
			org = heskem.Organization{Name: "סביבת הדגמה — Demo workspace"}
			if err := tx.CreateOrganization(ctx, &org); err != nil {
				return err
			}
		}
		if err := seedHebrew(ctx, tx, org.ID, today); err != nil {
			return fmt.Errorf("hebrew demo: %w", err)
		}
		if err := seedEnglish(ctx, tx, org.ID, today); err != nil {
			return fmt.Errorf("english demo: %w", err)
		}
		seeded = true
		return audit(ctx, tx, org.ID, 0, System, "demo.seed", map[string]string{"today": today.String()})
	})
	if err != nil {
		return false, fmt.Errorf("seed demo: %w", err)
	}
	return seeded, nil
}

// demoAgreement is the data of one demo agreement.
type demoAgreement struct {
	title              string
	lang               string
	supplier, client   heskem.Party
	start, end         heskem.Date
	value              heskem.Money
	status             heskem.Status
	deliverables       []heskem.Deliverable
	milestones         []heskem.Milestone
	payments           []heskem.Installment // MilestoneID holds the 1-based index into milestones
	sanction           heskem.SanctionRule
	contacts           []heskem.Contact // PartyID 1 = supplier, 2 = client; BackupID is a 1-based index
	versionText, notes string
}

func seedHebrew(ctx context.Context, tx heskem.Tx, orgID int64, today heskem.Date) error {
	start := today.AddDays(-45)
	sh := func(n int64) heskem.Money { return heskem.Shekels(n, 0) }
	return createDemo(ctx, tx, orgID, demoAgreement{
		title:    "הסכם לפיתוח מערכת הזמנות מקוונת",
		lang:     "he",
		supplier: heskem.Party{LegalName: "קוד צפון פתרונות תוכנה בע\"מ", IDKind: heskem.IDCompany, IDNumber: "514823699", Address: "רחוב הנמל 12, חיפה"},
		client:   heskem.Party{LegalName: "מאפיות השרון בע\"מ", IDKind: heskem.IDCompany, IDNumber: "516179157", Address: "דרך השרון 40, כפר סבא"},
		start:    start, end: start.AddDays(180), value: sh(186000), status: heskem.StatusActive,
		deliverables: []heskem.Deliverable{
			{Kind: "deliverable", Title: "מסמך אפיון", Description: "אפיון מסכי ההזמנה, הממשק למערכת המלאי והרשאות המשתמשים", Acceptance: "אישור בכתב של מנהלת התפעול"},
			{Kind: "deliverable", Title: "מערכת הזמנות מקוונת", Description: "אתר הזמנות לסניפים, ממשק ניהול וחיבור למערכת המלאי", Acceptance: "תקופת בדיקות של 10 ימי עסקים"},
			{Kind: "service", Title: "תמיכה ותחזוקה", Description: "תיקון תקלות ועדכוני אבטחה במשך 6 חודשים מהעלייה לאוויר"},
		},
		milestones: []heskem.Milestone{
			{Title: "אפיון מאושר", DueDate: start.AddDays(21), Value: sh(37200), State: heskem.MilestoneAccepted, TestPeriodBiz: 5},
			{Title: "גרסת בדיקות (בטא)", DueDate: today.AddDays(-4), Value: sh(55800), State: heskem.MilestonePending, TestPeriodBiz: 10},
			{Title: "עלייה לאוויר", DueDate: today.AddDays(30), Value: sh(55800), TestPeriodBiz: 10},
			{Title: "סיום תקופת הייצוב", AfterEvent: "previous_acceptance", AfterDays: 40, Value: sh(37200)},
		},
		payments: []heskem.Installment{
			{Title: "מקדמה עם החתימה", Amount: sh(18600), Term: heskem.TermOnDate, DueDate: start, Paid: sh(18600)},
			{Title: "עם אישור האפיון", Amount: sh(37200), Term: heskem.TermEOMPlus, TermDays: 30, MilestoneID: 1, Paid: sh(37200)},
			{Title: "עם אישור גרסת הבדיקות", Amount: sh(55800), Term: heskem.TermEOMPlus, TermDays: 30, MilestoneID: 2},
			{Title: "עם העלייה לאוויר", Amount: sh(55800), Term: heskem.TermEOMPlus, TermDays: 30, MilestoneID: 3},
			{Title: "בסיום הייצוב", Amount: sh(18600), Term: heskem.TermOnAcceptance, MilestoneID: 4},
		},
		sanction: heskem.SanctionRule{Kind: heskem.SanctionLateDelivery, Clause: "11.2", RatePercent: "0.5", PeriodCount: 1,
			PeriodUnit: heskem.UnitBusinessDays, PartialPeriod: "full", CapPercent: "10", TerminateAfter: 30, Base: "milestone"},
		contacts: []heskem.Contact{
			{PartyID: 1, Name: "נועה ברק", Role: "מנהלת הפרויקט", Email: "noa@kodtzafon.example", Phone: "04-8000000", Stage: "all", BackupID: 2},
			{PartyID: 1, Name: "איתי מזרחי", Role: "ראש צוות פיתוח", Email: "itay@kodtzafon.example", Phone: "04-8000001", Stage: "delivery"},
			{PartyID: 2, Name: "מיכל אברהם", Role: "מנהלת תפעול", Email: "michal@sharon-bakeries.example", Phone: "09-7000000", Stage: "acceptance", BackupID: 4},
			{PartyID: 2, Name: "רון שטרן", Role: "סמנכ\"ל כספים", Email: "ron@sharon-bakeries.example", Phone: "09-7000001", Stage: "payments"},
		},
		versionText: "הסכם לפיתוח מערכת הזמנות מקוונת — גרסה חתומה",
		notes:       "גרסה שנחתמה על ידי שני הצדדים",
	})
}

func seedEnglish(ctx context.Context, tx heskem.Tx, orgID int64, today heskem.Date) error {
	start := today.AddDays(14)
	usd := func(n int64) heskem.Money { return heskem.Money{Amount: n * 100, Currency: "USD"} }
	return createDemo(ctx, tx, orgID, demoAgreement{
		title:    "Managed Cloud Support Agreement",
		lang:     "en",
		supplier: heskem.Party{LegalName: "Blue Harbor Cloud Ltd", IDKind: heskem.IDCompany, IDNumber: "520012345", Address: "3 Rothschild Blvd, Tel Aviv"},
		client:   heskem.Party{LegalName: "Meridian Logistics Inc.", IDKind: heskem.IDForeign, IDNumber: "DE-7701234", Address: "1200 Harbor Way, Wilmington, Delaware"},
		start:    start, end: start.AddDays(365), value: usd(96000), status: heskem.StatusInReview,
		deliverables: []heskem.Deliverable{
			{Kind: "service", Title: "24/7 infrastructure monitoring", Description: "Monitoring of the production cloud environment with a 15-minute response time for severity 1 incidents"},
			{Kind: "deliverable", Title: "Monthly service report", Description: "Uptime, incidents and capacity, delivered by the 5th business day of each month"},
		},
		milestones: []heskem.Milestone{
			{Title: "Onboarding and runbooks", DueDate: start.AddDays(21), Value: usd(8000), TestPeriodBiz: 5},
			{Title: "First quarterly review", DueDate: start.AddDays(91), Value: usd(22000)},
		},
		payments: []heskem.Installment{
			{Title: "Onboarding fee", Amount: usd(8000), Term: heskem.TermOnAcceptance, MilestoneID: 1},
			{Title: "Q1 retainer", Amount: usd(22000), Term: heskem.TermNet, TermDays: 30, DueDate: start.AddDays(30)},
			{Title: "Q2 retainer", Amount: usd(22000), Term: heskem.TermOnDate, DueDate: start.AddDays(120)},
			{Title: "Q3 retainer", Amount: usd(22000), Term: heskem.TermOnDate, DueDate: start.AddDays(210)},
			{Title: "Q4 retainer", Amount: usd(22000), Term: heskem.TermOnDate, DueDate: start.AddDays(300)},
		},
		sanction: heskem.SanctionRule{Kind: heskem.SanctionLatePayment, Clause: "8.4", RatePercent: "1", PeriodCount: 1,
			PeriodUnit: heskem.UnitMonths, PartialPeriod: "prorate", Base: "agreement"},
		contacts: []heskem.Contact{
			{PartyID: 1, Name: "Avi Katz", Role: "Service delivery manager", Email: "avi@blueharbor.example", Phone: "+972-3-555-0100", Stage: "all", BackupID: 2},
			{PartyID: 1, Name: "Shira Levi", Role: "On-call lead", Email: "shira@blueharbor.example", Phone: "+972-3-555-0101", Stage: "escalation"},
			{PartyID: 2, Name: "Jordan Price", Role: "IT operations director", Email: "jprice@meridian.example", Phone: "+1-302-555-0142", Stage: "all"},
		},
		versionText: "Managed Cloud Support Agreement — draft for review",
		notes:       "sent to the client for review",
	})
}

// createDemo writes one demo agreement and everything attached to it.
func createDemo(ctx context.Context, tx heskem.Tx, orgID int64, d demoAgreement) error {
	d.supplier.OrgID, d.client.OrgID = orgID, orgID
	if err := tx.CreateParty(ctx, &d.supplier); err != nil {
		return err
	}
	if err := tx.CreateParty(ctx, &d.client); err != nil {
		return err
	}
	a := heskem.Agreement{OrgID: orgID, Title: d.title, Language: d.lang, Status: d.status, SupplierID: d.supplier.ID,
		ClientID: d.client.ID, StartDate: d.start, EndDate: d.end, Value: d.value}
	if err := tx.CreateAgreement(ctx, &a); err != nil {
		return err
	}
	for i := range d.deliverables {
		d.deliverables[i].AgreementID = a.ID
		if err := tx.CreateDeliverable(ctx, &d.deliverables[i]); err != nil {
			return err
		}
	}
	msIDs := make([]int64, len(d.milestones))
	for i := range d.milestones {
		m := &d.milestones[i]
		m.AgreementID = a.ID
		if m.State == heskem.MilestoneAccepted {
			at := m.DueDate.AddDays(-1).Time().Add(9 * time.Hour)
			m.SubmittedAt, m.AcceptedAt = &at, &at
		}
		if err := tx.CreateMilestone(ctx, m); err != nil {
			return err
		}
		msIDs[i] = m.ID
	}
	for i := range d.payments {
		p := &d.payments[i]
		p.AgreementID = a.ID
		if p.MilestoneID > 0 {
			p.MilestoneID = msIDs[p.MilestoneID-1]
		}
		if p.Paid.Amount > 0 {
			at := d.start.Time().Add(10 * time.Hour)
			p.InvoicedAt = &at
		}
		if err := tx.CreateInstallment(ctx, p); err != nil {
			return err
		}
	}
	d.sanction.AgreementID = a.ID
	if err := tx.CreateSanctionRule(ctx, &d.sanction); err != nil {
		return err
	}
	// Backups refer to contacts by position; create them in an order where
	// a backup exists before the contact that names it.
	ids := make([]int64, len(d.contacts))
	for pass := 0; pass < 2; pass++ {
		for i := range d.contacts {
			c := d.contacts[i]
			if ids[i] != 0 || (pass == 0 && c.BackupID != 0) {
				continue
			}
			c.AgreementID = a.ID
			c.PartyID = map[int64]int64{1: d.supplier.ID, 2: d.client.ID}[c.PartyID]
			if c.BackupID != 0 {
				c.BackupID = ids[c.BackupID-1]
			}
			if err := tx.CreateContact(ctx, &c); err != nil {
				return err
			}
			ids[i] = c.ID
		}
	}
	data, err := json.Marshal(map[string]any{"title": d.title, "language": d.lang, "start": d.start, "end": d.end, "value": d.value})
	if err != nil {
		return err
	}
	if err := tx.CreateVersion(ctx, &heskem.Version{AgreementID: a.ID, Data: data, Text: d.versionText, Note: d.notes}); err != nil {
		return err
	}
	return audit(ctx, tx, orgID, a.ID, System, "agreement.create", map[string]any{"title": a.Title, "demo": true})
}
