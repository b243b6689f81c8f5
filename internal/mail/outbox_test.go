package mail_test

import (
	"context"
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/mail"
	"github.com/heskem/heskem/internal/store/sqlite"
)

// TestOutbox stores messages in a real SQLite file: once per ID, with the
// right-to-left HTML document, and moves a message waiting for an SMTP
// retry into the outbox instead of duplicating it.
func TestOutbox(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, t.TempDir(), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	org := heskem.Organization{Name: "outbox"}
	if err := db.Update(ctx, func(tx heskem.Tx) error { return tx.CreateOrganization(ctx, &org) }); err != nil {
		t.Fatal(err)
	}
	box := mail.NewOutbox(db)
	m := mail.Message{ID: "o1.r.due_soon.m1.20260315.c1", To: "Dana@Example.co.il", Subject: "תזכורת: אפיון", Text: "שלום דנה",
		HTML: "<p>שלום דנה</p>", Lang: "he", Ref: mail.Ref{OrgID: org.ID, Kind: "reminder.due_soon"}}
	for range 2 {
		if err := box.Send(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	waiting := heskem.Notification{OrgID: org.ID, DedupeKey: "o1.digest.20260315.dana", Kind: "digest", Recipient: "dana@example.co.il",
		Subject: "סיכום יומי", BodyText: "x", Lang: "he", Status: heskem.NotificationQueued, Attempts: 2, LastError: "451 try later"}
	if err := db.Update(ctx, func(tx heskem.Tx) error { return tx.CreateNotification(ctx, &waiting) }); err != nil {
		t.Fatal(err)
	}
	retry := mail.Message{ID: waiting.DedupeKey, To: waiting.Recipient, Subject: waiting.Subject, Text: "סיכום", Lang: "he",
		Ref: mail.Ref{OrgID: org.ID, Kind: "digest"}}
	if err := box.Send(ctx, retry); err != nil {
		t.Fatal(err)
	}
	var list []heskem.Notification
	if err := db.View(ctx, func(tx heskem.Tx) (err error) {
		list, err = tx.Notifications(ctx, heskem.NotificationFilter{OrgID: org.ID})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 {
		t.Fatalf("outbox holds %d rows, want 2: %+v", len(list), list)
	}
	byKey := map[string]heskem.Notification{}
	for _, n := range list {
		byKey[n.DedupeKey] = n
	}
	first := byKey[m.ID]
	if first.Status != heskem.NotificationOutbox || first.Attempts != 1 || first.SentAt == nil || first.Recipient != "dana@example.co.il" ||
		first.Kind != "reminder.due_soon" || !strings.Contains(first.BodyHTML, `dir="rtl"`) || !strings.Contains(first.BodyHTML, m.HTML) {
		t.Errorf("outbox row = %+v", first)
	}
	moved := byKey[waiting.DedupeKey]
	if moved.Status != heskem.NotificationOutbox || moved.Attempts != 3 || moved.BodyText != "סיכום" || moved.ID != waiting.ID {
		t.Errorf("retried message = %+v, want it moved to the outbox as attempt 3", moved)
	}
	if err := box.Send(ctx, mail.Message{ID: "x", To: "a@example.com", Subject: "s", Text: "t", Lang: "en"}); err == nil {
		t.Error("a message with no organization was stored")
	}
}
