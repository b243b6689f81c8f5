package notify

import (
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/heskem"
)

// TestDigests checks who gets a digest and in which language: available
// contacts and the owner, not an away contact; a person on two agreements
// gets one digest with both.
func TestDigests(t *testing.T) {
	he := engagement(t, "he", today)
	en := engagement(t, "en", today)
	en.Agreement.ID, en.Agreement.OwnerID = 8, 0
	// Only Dana and the owner are on the English agreement; Dana is on both.
	en.Contacts = []heskem.Contact{dana}
	calm := engagement(t, "he", today) // nothing due: nobody hears of it
	calm.Agreement.ID = 9
	calm.Schedule.Milestones, calm.Schedule.Payments = nil, nil
	calm.Contacts = []heskem.Contact{{ID: 30, PartyID: 10, Name: "שקט", Email: "quiet@alpha.co.il", Stage: "all"}}
	owners := map[int64]heskem.User{99: {ID: 99, Email: "Owner@Example.com", Name: "Owner", Lang: "en"}}
	ds := Digests([]Engagement{he, en, calm}, owners)
	var emails []string
	byEmail := map[string]Digest{}
	for _, d := range ds {
		emails = append(emails, d.To.Email)
		byEmail[d.To.Email] = d
	}
	want := "avi@alpha.co.il cfo@beta.co.il dana@alpha.co.il moshe@beta.co.il owner@example.com yossi@alpha.co.il"
	if got := strings.Join(emails, " "); got != want {
		t.Fatalf("digest recipients = %s\nwant %s (not rina: away; not quiet: nothing due)", got, want)
	}
	items := len(Items(he))
	if d := byEmail["dana@alpha.co.il"]; len(d.Entries) != 2*items || d.To.Lang != "he" {
		t.Errorf("dana: %d entries in %s, want %d in he (a tie of one Hebrew and one English agreement)", len(d.Entries), d.To.Lang, 2*items)
	}
	if d := byEmail["owner@example.com"]; d.To.Lang != "en" || len(d.Entries) != items || d.To.Name != "Owner" {
		t.Errorf("owner: %+v, want the user's language and name", d.To)
	}
	// Overdue first, longest overdue at the top, then by due date.
	es := byEmail["yossi@alpha.co.il"].Entries
	for i := 1; i < len(es); i++ {
		a, b := es[i-1].Item, es[i].Item
		if !a.Late() && b.Late() || a.Late() && b.Late() && a.DaysLate < b.DaysLate || !a.Late() && !b.Late() && b.Due.Before(a.Due) {
			t.Errorf("entries %d and %d out of order: %+v then %+v", i-1, i, a, b)
		}
	}
}

func TestDigestEmail(t *testing.T) {
	ds := Digests([]Engagement{engagement(t, "he", today)}, nil)
	var d Digest
	for _, x := range ds {
		if x.To.Email == "dana@alpha.co.il" {
			d = x
		}
	}
	m := newRenderer(t).Digest(d, today)
	if m.ID != "o1.digest.20260301.dana@alpha.co.il" || m.Ref.Kind != "digest" || m.Lang != "he" {
		t.Errorf("identity = %s %+v", m.ID, m.Ref)
	}
	if m.Subject != "סיכום יומי ל-1.3.2026: 3 באיחור, 3 בקרוב" {
		t.Errorf("subject = %q", m.Subject)
	}
	late := strings.Index(m.Text, "באיחור\n")
	soon := strings.Index(m.Text, "מועדים ב-14 הימים הקרובים")
	if late < 0 || soon < late {
		t.Fatalf("sections missing or out of order:\n%s", m.Text)
	}
	for _, want := range []string{
		"• פורטל לקוחות — אבן דרך „הטמעה” — 19.2.2026 — 10,000.00 ₪ — באיחור של 10 ימים — סנקציה שנצברה עד היום לפי סעיף 11.2: 300.00 ₪",
		"• פורטל לקוחות — תשלום „מקדמה” — 6.3.2026 — 5,000.00 ₪ — בעוד 5 ימים",
	} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("digest lacks %q:\n%s", want, m.Text)
		}
	}
	if !strings.Contains(m.HTML, "<li>פורטל לקוחות — אבן דרך „הטמעה”") {
		t.Errorf("HTML digest:\n%s", m.HTML)
	}
	if err := m.Validate(); err != nil {
		t.Error(err)
	}
}
