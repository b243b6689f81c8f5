package notify

import (
	"testing"
	"time"

	"github.com/heskem/heskem/internal/bizday"
	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/schedule"
	"github.com/heskem/heskem/internal/terms"
)

func date(y int, m time.Month, d int) heskem.Date { return heskem.NewDate(y, m, d) }

// Sunday 1 March 2026, the day the tests stand on.
var today = date(2026, time.March, 1)

// Contacts: supplier (party 10) and client (party 20).
var (
	dana  = heskem.Contact{ID: 1, PartyID: 10, Name: "דנה", Email: "dana@alpha.co.il", Stage: "delivery"}
	yossi = heskem.Contact{ID: 2, PartyID: 10, Name: "יוסי", Email: "yossi@alpha.co.il", Stage: "all"}
	rina  = heskem.Contact{ID: 3, PartyID: 20, Name: "רינה", Email: "rina@beta.co.il", Stage: "payments", Away: true, BackupID: 4}
	moshe = heskem.Contact{ID: 4, PartyID: 20, Name: "משה", Email: "moshe@beta.co.il", Stage: "all"}
	boss  = heskem.Contact{ID: 5, PartyID: 10, Name: "אבי", Email: "avi@alpha.co.il", Stage: "escalation"}
	cfo   = heskem.Contact{ID: 6, PartyID: 20, Name: "CFO", Email: "cfo@beta.co.il", Stage: "escalation"}
)

// engagement builds an agreement in lang with milestones and payments
// around today and computes its schedule with the real calendar and rules.
func engagement(t testing.TB, lang string, on heskem.Date) Engagement {
	t.Helper()
	cal, err := bizday.New().Policy("israel")
	if err != nil {
		t.Fatal(err)
	}
	rules, err := terms.New()
	if err != nil {
		t.Fatal(err)
	}
	a := heskem.Agreement{ID: 7, OrgID: 1, Title: "פורטל לקוחות", Language: lang, Status: heskem.StatusActive,
		SupplierID: 10, ClientID: 20, StartDate: date(2026, time.January, 1), Value: heskem.Shekels(100000, 0), OwnerID: 99, Policy: "israel"}
	if lang == "en" {
		a.Title = "Customer portal"
	}
	v := heskem.Shekels(10000, 0)
	ms := []heskem.Milestone{
		{ID: 11, AgreementID: 7, Seq: 1, Title: "אפיון", DueDate: date(2026, time.March, 11), Value: v},    // due in 10 days
		{ID: 12, AgreementID: 7, Seq: 2, Title: "עיצוב", DueDate: date(2026, time.March, 2), Value: v},     // due tomorrow (Monday)
		{ID: 13, AgreementID: 7, Seq: 3, Title: "פיתוח", DueDate: date(2026, time.February, 26), Value: v}, // 3 days late
		{ID: 14, AgreementID: 7, Seq: 4, Title: "הטמעה", DueDate: date(2026, time.February, 19), Value: v}, // 10 days late
		{ID: 15, AgreementID: 7, Seq: 5, Title: "הדרכה", DueDate: date(2026, time.February, 1), Value: v,
			State: heskem.MilestoneAccepted, AcceptedAt: ptr(time.Date(2026, 1, 30, 9, 0, 0, 0, time.UTC))},
		{ID: 16, AgreementID: 7, Seq: 6, Title: "תמיכה", DueDate: date(2026, time.April, 30), Value: v}, // far ahead
	}
	ps := []heskem.Installment{
		{ID: 21, AgreementID: 7, Seq: 1, Title: "מקדמה", Amount: heskem.Shekels(5000, 0), Term: heskem.TermOnDate, DueDate: date(2026, time.March, 6)},
		{ID: 22, AgreementID: 7, Seq: 2, Title: "תשלום ביניים", Amount: heskem.Shekels(20000, 0), Term: heskem.TermOnDate, DueDate: date(2026, time.February, 20)},
		{ID: 23, AgreementID: 7, Seq: 3, Title: "שולם", Amount: heskem.Shekels(1000, 0), Paid: heskem.Shekels(1000, 0), Term: heskem.TermOnDate, DueDate: date(2026, time.February, 1)},
	}
	sanctions := []heskem.SanctionRule{
		{Kind: heskem.SanctionLateDelivery, Clause: "11.2", RatePercent: "0.5", PeriodCount: 1, PeriodUnit: heskem.UnitBusinessDays,
			PartialPeriod: "full", CapPercent: "10", Base: "milestone"},
		{Kind: heskem.SanctionLatePayment, Clause: "8.4", RatePercent: "1", PeriodCount: 1, PeriodUnit: heskem.UnitMonths},
	}
	res := schedule.Compute(schedule.Input{Agreement: a, Milestones: ms, Installments: ps, Sanctions: sanctions, Today: on, Calendar: cal, Rules: rules})
	return Engagement{
		Agreement: a,
		Supplier:  heskem.Party{ID: 10, LegalName: "אלפא פתרונות בע\"מ"},
		Client:    heskem.Party{ID: 20, LegalName: "Beta Retail Ltd"},
		Contacts:  []heskem.Contact{dana, yossi, rina, moshe, boss, cfo},
		Schedule:  res,
		Calendar:  cal,
	}
}

func ptr[T any](v T) *T { return &v }

func newRenderer(t *testing.T) *Renderer {
	t.Helper()
	r, err := NewRenderer("https://heskem.example.com/")
	if err != nil {
		t.Fatal(err)
	}
	return r
}
