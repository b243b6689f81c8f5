package storetest

import (
	"testing"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/store"
)

func testDrafts(t *testing.T, db *store.DB) {
	f := newFixture(t, db, "draft")
	d := heskem.Draft{OrgID: f.org.ID, Title: "הסכם שירותי פיתוח", Language: "he", YAML: "format: heskem.agreement/v1\nlanguage: he\n"}
	if err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateDraft(ctx(), &d) }); err != nil {
		t.Fatal(err)
	}
	ed1, ed2 := d, d
	ed1.YAML += "title: ראשון\n"
	ed2.YAML += "title: שני\n"
	if err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.UpdateDraft(ctx(), &ed1) }); err != nil || ed1.Revision != 2 {
		t.Fatalf("first edit: %v (revision %d)", err, ed1.Revision)
	}
	wantCode(t, db.Update(ctx(), func(tx heskem.Tx) error { return tx.UpdateDraft(ctx(), &ed2) }), heskem.ECONFLICT)
	err := db.View(ctx(), func(tx heskem.Tx) error {
		got, err := tx.Draft(ctx(), f.org.ID, d.ID)
		if err != nil {
			return err
		}
		if got.YAML != ed1.YAML || got.Revision != 2 {
			t.Errorf("stored draft = %+v", got)
		}
		list, err := tx.Drafts(ctx(), f.org.ID)
		if err != nil {
			return err
		}
		if len(list) != 1 {
			t.Errorf("drafts = %d", len(list))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	bad := heskem.Draft{OrgID: f.org.ID, Title: "x", Language: "fr"}
	wantCode(t, db.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateDraft(ctx(), &bad) }), heskem.EINVALID)
}
