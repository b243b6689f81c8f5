package storetest

import (
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/store"
)

func testFeeds(t *testing.T, db *store.DB) {
	f := newFixture(t, db, "feed")
	other := newFixture(t, db, "feed2")
	a := f.agreement("with a feed")
	createAgreement(t, db, &a)
	hash := strings.Repeat("ab", 32)
	feed := heskem.CalendarFeed{OrgID: f.org.ID, AgreementID: a.ID, Label: "לוח השנה שלי", TokenHash: hash}
	if err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateFeed(ctx(), &feed) }); err != nil {
		t.Fatal(err)
	}
	// The same token twice is a conflict; another organization's agreement is not found.
	dup := heskem.CalendarFeed{OrgID: f.org.ID, TokenHash: hash}
	wantCode(t, db.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateFeed(ctx(), &dup) }), heskem.ECONFLICT)
	cross := heskem.CalendarFeed{OrgID: other.org.ID, AgreementID: a.ID, TokenHash: strings.Repeat("cd", 32)}
	wantCode(t, db.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateFeed(ctx(), &cross) }), heskem.ENOTFOUND)
	err := db.Update(ctx(), func(tx heskem.Tx) error {
		got, err := tx.FeedByTokenHash(ctx(), hash)
		if err != nil {
			return err
		}
		if got.ID != feed.ID || got.AgreementID != a.ID || got.Label != "לוח השנה שלי" || got.RevokedAt != nil {
			t.Errorf("feed = %+v", got)
		}
		if err := tx.RevokeFeed(ctx(), f.org.ID, feed.ID); err != nil {
			return err
		}
		// Revoking twice keeps the first revocation time; another tenant cannot revoke it.
		if err := tx.RevokeFeed(ctx(), f.org.ID, feed.ID); err != nil {
			return err
		}
		wantCode(t, tx.RevokeFeed(ctx(), other.org.ID, feed.ID), heskem.ENOTFOUND)
		got, err = tx.FeedByTokenHash(ctx(), hash)
		if err != nil {
			return err
		}
		if got.RevokedAt == nil {
			t.Error("revoked feed has no revocation time")
		}
		_, err = tx.FeedByTokenHash(ctx(), strings.Repeat("00", 32))
		wantCode(t, err, heskem.ENOTFOUND)
		list, err := tx.Feeds(ctx(), other.org.ID)
		if err != nil {
			return err
		}
		if len(list) != 0 {
			t.Errorf("other organization sees %d feeds", len(list))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
