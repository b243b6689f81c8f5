package storetest

import (
	"testing"
	"time"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/store"
)

// testNotifications checks the outbox and notification log: the dedupe key
// is unique per organization, status changes are compare-and-set, the time
// a message went out is recorded, and tenants do not see each other's mail.
func testNotifications(t *testing.T, db *store.DB) {
	f := newFixture(t, db, "nt")
	other := newFixture(t, db, "nt2")
	a := f.agreement("notified")
	createAgreement(t, db, &a)
	m := heskem.Milestone{AgreementID: a.ID, Title: "אפיון", DueDate: heskem.NewDate(2026, time.April, 1), Value: heskem.Shekels(1000, 0)}
	inst := heskem.Installment{AgreementID: a.ID, Title: "מקדמה", Amount: heskem.Shekels(500, 0), Term: heskem.TermOnDate,
		DueDate: heskem.NewDate(2026, time.April, 10)}
	if err := db.Update(ctx(), func(tx heskem.Tx) error {
		if err := tx.CreateMilestone(ctx(), &m); err != nil {
			return err
		}
		return tx.CreateInstallment(ctx(), &inst)
	}); err != nil {
		t.Fatal(err)
	}
	n := heskem.Notification{OrgID: f.org.ID, DedupeKey: "o1.r.overdue.m1.20260401.c1", Kind: "reminder.overdue",
		Recipient: " Dana@Example.COM ", Cc: []string{"Boss@example.com", "legal@example.com"}, Subject: "באיחור: אפיון",
		BodyText: "שלום", BodyHTML: `<html dir="rtl" lang="he"></html>`, Lang: "he", Status: heskem.NotificationSending,
		Attempts: 1, Claim: "job:41", AgreementID: a.ID, MilestoneID: m.ID}
	if err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateNotification(ctx(), &n) }); err != nil {
		t.Fatal(err)
	}
	if n.ID == 0 || n.CreatedAt.IsZero() || n.SentAt != nil || n.Recipient != "dana@example.com" {
		t.Errorf("created = %+v, want an ID, a creation time, no sent time and a normalized recipient", n)
	}

	if err := db.View(ctx(), func(tx heskem.Tx) error {
		got, err := tx.NotificationByKey(ctx(), f.org.ID, n.DedupeKey)
		if err == nil && (got.Claim != "job:41" || got.Status != heskem.NotificationSending) {
			t.Errorf("claimed row = %+v", got)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}

	// The same key again is a conflict in the same organization, but not in another.
	dup := n
	dup.ID = 0
	err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateNotification(ctx(), &dup) })
	wantCode(t, err, heskem.ECONFLICT)
	elsewhere := heskem.Notification{OrgID: other.org.ID, DedupeKey: n.DedupeKey, Kind: "digest", Recipient: "x@example.com",
		Subject: "digest", BodyText: "body", Lang: "en"}
	if err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateNotification(ctx(), &elsewhere) }); err != nil {
		t.Errorf("same key in another organization: %v", err)
	}

	// Claiming from the wrong status fails; from the stored one it succeeds and records when it went out.
	sent := n
	sent.Status, sent.Claim = heskem.NotificationSent, ""
	err = db.Update(ctx(), func(tx heskem.Tx) error { return tx.UpdateNotification(ctx(), &sent, heskem.NotificationQueued) })
	wantCode(t, err, heskem.ECONFLICT)
	if err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.UpdateNotification(ctx(), &sent, heskem.NotificationSending) }); err != nil {
		t.Fatal(err)
	}
	if sent.SentAt == nil {
		t.Error("sent notification has no sent time")
	}
	err = db.Update(ctx(), func(tx heskem.Tx) error { return tx.UpdateNotification(ctx(), &sent, heskem.NotificationSending) })
	wantCode(t, err, heskem.ECONFLICT)

	err = db.View(ctx(), func(tx heskem.Tx) error {
		got, err := tx.NotificationByKey(ctx(), f.org.ID, n.DedupeKey)
		if err != nil {
			return err
		}
		if got.Status != heskem.NotificationSent || got.Attempts != 1 || got.Claim != "" || got.SentAt == nil || !got.SentAt.Equal(*sent.SentAt) ||
			got.Subject != n.Subject || got.BodyHTML != n.BodyHTML || got.MilestoneID != m.ID || got.AgreementID != a.ID ||
			len(got.Cc) != 2 || got.Cc[1] != "legal@example.com" || !got.CreatedAt.Equal(n.CreatedAt) {
			t.Errorf("round trip = %+v", got)
		}
		if _, err := tx.NotificationByKey(ctx(), other.org.ID, "no-such-key"); heskem.ErrorCode(err) != heskem.ENOTFOUND {
			t.Errorf("missing key: %v, want not found", err)
		}
		mine, err := tx.Notifications(ctx(), heskem.NotificationFilter{OrgID: f.org.ID})
		if err != nil {
			return err
		}
		theirs, err := tx.Notifications(ctx(), heskem.NotificationFilter{OrgID: other.org.ID})
		if err != nil {
			return err
		}
		if len(mine) != 1 || len(theirs) != 1 || theirs[0].DedupeKey != n.DedupeKey || theirs[0].OrgID != other.org.ID {
			t.Errorf("lists: mine %d, theirs %+v", len(mine), theirs)
		}
		for _, tc := range []struct {
			f    heskem.NotificationFilter
			want int
		}{
			{heskem.NotificationFilter{OrgID: f.org.ID, Status: heskem.NotificationSent}, 1},
			{heskem.NotificationFilter{OrgID: f.org.ID, Status: heskem.NotificationOutbox}, 0},
			{heskem.NotificationFilter{OrgID: f.org.ID, AgreementID: a.ID}, 1},
			{heskem.NotificationFilter{OrgID: other.org.ID, AgreementID: a.ID}, 0},
		} {
			got, err := tx.Notifications(ctx(), tc.f)
			if err != nil {
				return err
			}
			if len(got) != tc.want {
				t.Errorf("Notifications(%+v) = %d rows, want %d", tc.f, len(got), tc.want)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	// An outbox message is "out" when it is stored.
	box := heskem.Notification{OrgID: f.org.ID, DedupeKey: "o1.digest.20260401.dana", Kind: "digest", Recipient: "dana@example.com",
		Subject: "Daily digest", BodyText: "2 items", Lang: "en", Status: heskem.NotificationOutbox, Attempts: 1,
		AgreementID: a.ID, InstallmentID: inst.ID}
	if err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateNotification(ctx(), &box) }); err != nil {
		t.Fatal(err)
	}
	if box.SentAt == nil {
		t.Error("outbox message has no time")
	}

	// Invalid values and references to another tenant's records are refused.
	for name, bad := range map[string]heskem.Notification{
		"bad email":         {OrgID: f.org.ID, DedupeKey: "k1", Kind: "digest", Recipient: "not an address", Subject: "s", BodyText: "b"},
		"unknown status":    {OrgID: f.org.ID, DedupeKey: "k2", Kind: "digest", Recipient: "a@example.com", Subject: "s", BodyText: "b", Status: "lost"},
		"two-line subject":  {OrgID: f.org.ID, DedupeKey: "k3", Kind: "digest", Recipient: "a@example.com", Subject: "s\r\nBcc: x@y.z", BodyText: "b"},
		"other agreement":   {OrgID: other.org.ID, DedupeKey: "k4", Kind: "digest", Recipient: "a@example.com", Subject: "s", BodyText: "b", AgreementID: a.ID},
		"foreign milestone": {OrgID: f.org.ID, DedupeKey: "k5", Kind: "digest", Recipient: "a@example.com", Subject: "s", BodyText: "b", AgreementID: a.ID, MilestoneID: m.ID + 1000},
		"no key":            {OrgID: f.org.ID, Kind: "digest", Recipient: "a@example.com", Subject: "s", BodyText: "b"},
	} {
		err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateNotification(ctx(), &bad) })
		if heskem.ErrorCode(err) != heskem.EINVALID {
			t.Errorf("%s: error %v, want invalid", name, err)
		}
	}
}
