package notify

import (
	"strings"
	"testing"
	"time"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/schedule"
)

// TestNoticeDeadlineReminder: an agreement that renews on 9.4.2026 unless
// notice is given 30 days before has its deadline on Tuesday 10.3.2026;
// nine days ahead both sides' escalation contacts are reminded, and the
// day before it is their last reminder.
func TestNoticeDeadlineReminder(t *testing.T) {
	e := engagement(t, "he", today)
	e.Agreement.EndDate = date(2026, time.April, 9)
	e.Agreement.Renewal = heskem.Renewal{Months: 12, NoticeCount: 30, NoticeUnit: "days"}
	term := func(on heskem.Date) schedule.Term {
		return schedule.Compute(schedule.Input{Agreement: e.Agreement, Today: on, Calendar: e.Calendar}).Term
	}
	e.Schedule.Term = term(today)
	plan := Plan(e, today)
	boss := find(t, plan, "o1.r.due_soon.n7.20260310.c5")
	find(t, plan, "o1.r.due_soon.n7.20260310.c6")
	for _, r := range plan {
		if r.Item.Kind == NoticeItem && r.To.Stage != "escalation" {
			t.Errorf("notice reminder to %s (%s)", r.To.Email, r.To.Stage)
		}
	}
	m := newRenderer(t).Reminder(e, boss, today)
	if m.Subject != "תזכורת: הודעה על אי-חידוש ההסכם „פורטל לקוחות” – עד 10.3.2026" {
		t.Errorf("subject = %q", m.Subject)
	}
	if !strings.Contains(m.Text, "צריך/ה למסור הודעה בכתב עד 10.3.2026 (בעוד 9 ימים)") || m.Ref.MilestoneID != 0 || m.Ref.InstallmentID != 0 {
		t.Errorf("text:\n%s\nref %+v", m.Text, m.Ref)
	}

	e.Agreement.Language = "en"
	if en := newRenderer(t).Reminder(e, boss, today); !strings.Contains(en.Subject, "notice of non-renewal") || !strings.Contains(en.Text, "must give written notice by 10 Mar 2026 (in 9 days)") {
		t.Errorf("English reminder: %q\n%s", en.Subject, en.Text)
	}
	e.Agreement.Language = "he"

	dayBefore := date(2026, time.March, 9)
	e.Schedule.Term = term(dayBefore)
	find(t, Plan(e, dayBefore), "o1.r.due_next.n7.20260310.c6")

	// After the deadline there is nothing more to remind of this period.
	after := date(2026, time.March, 11)
	e.Schedule.Term = term(after)
	for _, r := range Plan(e, after) {
		if r.Item.Kind == NoticeItem {
			t.Errorf("reminder after the deadline: %s", r.Key)
		}
	}
}
