package notify

import (
	"strings"
	"testing"
	"time"

	"github.com/heskem/heskem/internal/heskem"
)

// TestPlan checks who is told what on one day: the responsible contact
// per side and stage, the away contact's backup, escalation after 7 days,
// and nothing for what is done or far off.
func TestPlan(t *testing.T) {
	e := engagement(t, "he", today)
	got := Plan(e, today)
	want := []struct {
		key string
		to  string
		via bool
	}{
		{"o1.r.due_soon.m11.20260311.c1", "dana@alpha.co.il", false}, // delivery stage contact, not "all"
		{"o1.r.due_next.m12.20260302.c1", "dana@alpha.co.il", false}, // due on the next business day
		{"o1.r.overdue.m13.20260226.c1", "dana@alpha.co.il", false},  // 3 days late: no escalation yet
		{"o1.r.overdue.m14.20260219.c1", "dana@alpha.co.il", false},
		{"o1.r.escalation.m14.20260219.c5", "avi@alpha.co.il", false}, // 10 days late: the supplier's escalation contact
		{"o1.r.due_soon.p21.20260306.c3", "moshe@beta.co.il", true},   // payments contact is away: backup
		{"o1.r.overdue.p22.20260220.c3", "moshe@beta.co.il", true},
		{"o1.r.escalation.p22.20260220.c6", "cfo@beta.co.il", false}, // 9 days late: the client's escalation contact
	}
	if len(got) != len(want) {
		for _, r := range got {
			t.Logf("planned %s → %s", r.Key, r.To.Email)
		}
		t.Fatalf("planned %d reminders, want %d", len(got), len(want))
	}
	for i, w := range want {
		r := got[i]
		if r.Key != w.key || r.To.Email != w.to || r.ViaBackup != w.via {
			t.Errorf("reminder %d = %s → %s (via backup %v); want %s → %s (%v)", i, r.Key, r.To.Email, r.ViaBackup, w.key, w.to, w.via)
		}
	}
}

// TestOccasionOnBusinessDays checks "one business day before" on the
// Israeli week: the business day before Sunday 8 March 2026 is Thursday
// 5 March, so the final reminder goes on Thursday, not on Saturday.
func TestOccasionOnBusinessDays(t *testing.T) {
	for _, tc := range []struct {
		on   heskem.Date
		want Occasion
	}{
		{date(2026, time.February, 22), DueSoon}, // 14 days ahead
		{date(2026, time.March, 4), DueSoon},     // Wednesday
		{date(2026, time.March, 5), DueNext},     // Thursday: the last business day before
		{date(2026, time.March, 6), DueNext},     // Friday
		{date(2026, time.March, 8), DueNext},     // the day itself
		{date(2026, time.March, 9), Overdue},
		{date(2026, time.February, 21), ""}, // 15 days ahead: nothing yet
	} {
		e := engagement(t, "he", tc.on)
		e.Schedule.Payments = nil
		e.Schedule.Milestones = e.Schedule.Milestones[:1]
		e.Schedule.Milestones[0].Due = date(2026, time.March, 8)
		if tc.on.After(date(2026, time.March, 8)) {
			e.Schedule.Milestones[0].Status, e.Schedule.Milestones[0].DaysLate = "late", 1
		} else if tc.on.Before(date(2026, time.February, 22)) {
			e.Schedule.Milestones[0].Status = "upcoming"
		} else {
			e.Schedule.Milestones[0].Status = "due_soon"
		}
		rs := Plan(e, tc.on)
		var got Occasion
		if len(rs) > 0 {
			got = rs[0].Occasion
		}
		if got != tc.want {
			t.Errorf("on %s: occasion %q, want %q", tc.on, got, tc.want)
		}
	}
}

func TestResponsibleFallsBackToAll(t *testing.T) {
	cs := []heskem.Contact{yossi, moshe, rina}
	if got := Responsible(cs, 10, "delivery"); len(got) != 1 || got[0].ID != yossi.ID {
		t.Errorf("supplier without a delivery contact → %v, want the all-stages contact", got)
	}
	if got := Responsible(cs, 20, "payments"); len(got) != 1 || got[0].ID != rina.ID {
		t.Errorf("client payments → %v, want the payments contact", got)
	}
	if got := Responsible(cs, 30, "payments"); len(got) != 0 {
		t.Errorf("unknown party → %v", got)
	}
}

func TestResolve(t *testing.T) {
	a := heskem.Contact{ID: 1, Email: "a@x.co", Away: true, BackupID: 2}
	b := heskem.Contact{ID: 2, Email: "b@x.co", Away: true, BackupID: 3}
	c := heskem.Contact{ID: 3, Email: "c@x.co"}
	loopA := heskem.Contact{ID: 4, Email: "d@x.co", Away: true, BackupID: 5}
	loopB := heskem.Contact{ID: 5, Email: "e@x.co", Away: true, BackupID: 4}
	lonely := heskem.Contact{ID: 6, Email: "f@x.co", Away: true}
	all := []heskem.Contact{a, b, c, loopA, loopB, lonely}
	for _, tc := range []struct {
		from    heskem.Contact
		wantID  int64
		wantVia bool
	}{
		{c, 3, false},      // available: themselves
		{a, 3, true},       // away, backup away: the backup's backup
		{loopA, 4, false},  // everyone in the loop away: the contact, to read on return
		{lonely, 6, false}, // away with no backup
	} {
		got, via := Resolve(all, tc.from)
		if got.ID != tc.wantID || via != tc.wantVia {
			t.Errorf("Resolve(%d) = %d via %v; want %d via %v", tc.from.ID, got.ID, via, tc.wantID, tc.wantVia)
		}
	}
}

// TestKeysAreStable: the key is the email's identity across scans,
// restarts and retries; it changes only with the occasion.
func TestKeysAreStable(t *testing.T) {
	a, b := Plan(engagement(t, "he", today), today), Plan(engagement(t, "he", today), today)
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("plans differ in length: %d vs %d", len(a), len(b))
	}
	seen := map[string]bool{}
	for i := range a {
		if a[i].Key != b[i].Key {
			t.Errorf("key %d differs between identical plans: %s vs %s", i, a[i].Key, b[i].Key)
		}
		if seen[a[i].Key] {
			t.Errorf("key %s planned twice", a[i].Key)
		}
		seen[a[i].Key] = true
		if strings.ContainsAny(a[i].Key, " \r\n") || len(a[i].Key) > 200 {
			t.Errorf("key %q is not a compact identifier", a[i].Key)
		}
	}
	it := a[0].Item
	moved := it
	moved.Due = it.Due.AddDays(7)
	if ReminderKey(1, DueSoon, it, 1) == ReminderKey(1, DueSoon, moved, 1) {
		t.Error("a moved due date keeps the old key: the new date would never be reminded")
	}
	if ReminderKey(1, DueSoon, it, 1) == ReminderKey(2, DueSoon, it, 1) {
		t.Error("two organizations share a key")
	}
}
