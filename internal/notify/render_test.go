package notify

import (
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/bizday"
)

func find(t *testing.T, rs []Reminder, key string) Reminder {
	t.Helper()
	for _, r := range rs {
		if r.Key == key {
			return r
		}
	}
	t.Fatalf("no reminder %s", key)
	return Reminder{}
}

// TestHebrewOverdueEmail checks the overdue email of a late milestone: in
// Hebrew, with day-first dates and the Hebrew date beside them, the amount
// in shekels, and the accrued sanction with its clause — six business days
// (22–26 February and 1 March; Fridays and Saturdays do not count) × 0.5% ×
// ₪10,000 = ₪300.
func TestHebrewOverdueEmail(t *testing.T) {
	e := engagement(t, "he", today)
	rd := newRenderer(t)
	r := find(t, Plan(e, today), "o1.r.overdue.m14.20260219.c1")
	m := rd.Reminder(e, r, today)
	if m.ID != r.Key || m.To != "dana@alpha.co.il" || m.Lang != "he" || m.Ref.MilestoneID != 14 || m.Ref.AgreementID != 7 ||
		m.Ref.OrgID != 1 || m.Ref.Kind != "reminder.overdue" {
		t.Errorf("message identity = %+v", m)
	}
	if want := "באיחור: מסירת „הטמעה” הייתה עד 19.2.2026 — פורטל לקוחות"; m.Subject != want {
		t.Errorf("subject = %q, want %q", m.Subject, want)
	}
	hebrewDate := bizday.ToHebrew(date(2026, 2, 19).Time()).String()
	for _, want := range []string{
		"שלום דנה,",
		"באיחור של 10 ימים",
		"19.2.2026 (" + hebrewDate + ")",
		"10,000.00 ₪",
		"סנקציה שנצברה עד היום לפי סעיף 11.2: 300.00 ₪",
		"https://heskem.example.com/agreements/7",
		"אלפא פתרונות בע\"מ (ספק), Beta Retail Ltd (לקוח)",
	} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, m.Text)
		}
	}
	for _, want := range []string{"<p>שלום דנה,</p>", "300.00 ₪", `href="https://heskem.example.com/agreements/7"`, "אלפא פתרונות בע&#34;מ"} {
		if !strings.Contains(m.HTML, want) {
			t.Errorf("HTML lacks %q:\n%s", want, m.HTML)
		}
	}
	if err := m.Validate(); err != nil {
		t.Error(err)
	}
}

// TestBackupIsTold checks the email to a backup says whom it stands in for.
func TestBackupIsTold(t *testing.T) {
	e := engagement(t, "he", today)
	r := find(t, Plan(e, today), "o1.r.due_soon.p21.20260306.c3")
	m := newRenderer(t).Reminder(e, r, today)
	if m.To != "moshe@beta.co.il" || !strings.HasPrefix(m.Text, "שלום משה,") {
		t.Errorf("to %s, text %q", m.To, m.Text)
	}
	if !strings.Contains(m.Text, "כגיבוי של רינה (rina@beta.co.il)") {
		t.Errorf("the backup is not told whom they stand in for:\n%s", m.Text)
	}
	if !strings.Contains(m.Subject, "„מקדמה” (5,000.00 ₪) עד 6.3.2026") || !strings.Contains(m.Text, "(בעוד 5 ימים)") {
		t.Errorf("payment reminder: subject %q\n%s", m.Subject, m.Text)
	}
	if m.Ref.InstallmentID != 21 || m.Ref.MilestoneID != 0 {
		t.Errorf("ref = %+v", m.Ref)
	}
}

// TestEscalationEmail checks the escalation contact hears why, and the
// late-payment interest with its clause.
func TestEscalationEmail(t *testing.T) {
	e := engagement(t, "he", today)
	r := find(t, Plan(e, today), "o1.r.escalation.p22.20260220.c6")
	m := newRenderer(t).Reminder(e, r, today)
	if !strings.HasPrefix(m.Subject, "הסלמה: התשלום „תשלום ביניים” (20,000.00 ₪) באיחור של 9 ימים") {
		t.Errorf("subject = %q", m.Subject)
	}
	for _, want := range []string{"כאיש/אשת הקשר להסלמה מטעם Beta Retail Ltd", "ריבית פיגורים שנצברה עד היום לפי סעיף 8.4"} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, m.Text)
		}
	}
}

// TestEnglishEmail checks an English agreement gets English emails with
// day-first dates and the shekel sign before the amount.
func TestEnglishEmail(t *testing.T) {
	e := engagement(t, "en", today)
	r := find(t, Plan(e, today), "o1.r.overdue.m14.20260219.c1")
	m := newRenderer(t).Reminder(e, r, today)
	if m.Lang != "en" || m.Subject != "Overdue: “הטמעה” was due on 19 Feb 2026 — Customer portal" {
		t.Errorf("subject = %q (%s)", m.Subject, m.Lang)
	}
	for _, want := range []string{"Hello דנה,", "is 10 days late", "Sanction accrued to date under clause 11.2: ₪300.00", "Value: ₪10,000.00"} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, m.Text)
		}
	}
	if strings.Contains(m.Text, "באדר") {
		t.Error("English email carries the Hebrew date")
	}
	next := newRenderer(t).Reminder(e, find(t, Plan(e, today), "o1.r.due_next.m12.20260302.c1"), today)
	if !strings.Contains(next.Text, "(tomorrow). This is the last reminder") {
		t.Errorf("due-next text:\n%s", next.Text)
	}
}

// TestTitlesCannotBreakHeadersOrHTML: titles are user input.
func TestTitlesCannotBreakHeadersOrHTML(t *testing.T) {
	e := engagement(t, "en", today)
	e.Agreement.Title = "Evil\r\nBcc: all@example.com <script>alert(1)</script>"
	m := newRenderer(t).Reminder(e, find(t, Plan(e, today), "o1.r.overdue.m14.20260219.c1"), today)
	if strings.ContainsAny(m.Subject, "\r\n") {
		t.Errorf("subject spans lines: %q", m.Subject)
	}
	if strings.Contains(m.HTML, "<script>") {
		t.Errorf("HTML not escaped:\n%s", m.HTML)
	}
}
