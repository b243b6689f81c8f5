package storetest

import (
	"encoding/json"
	"testing"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/store"
)

func testReviews(t *testing.T, db *store.DB) {
	f := newFixture(t, db, "rv")
	other := newFixture(t, db, "rv2")
	a := f.agreement("reviewed")
	createAgreement(t, db, &a)
	report := json.RawMessage(`{"schema":"heskem.review/v1","score":72,"steps":[{"id":"components"}],"note":"עברית"}`)
	detached := heskem.Review{OrgID: f.org.ID, DocumentName: "draft.docx", Language: "he", SHA256: "ab", Score: 40, Verdict: "needs_work", Report: report}
	attached := heskem.Review{OrgID: f.org.ID, AgreementID: a.ID, DocumentName: "signed.pdf", Language: "he", SHA256: "cd", Score: 72,
		Verdict: "needs_work", Report: report}
	err := db.Update(ctx(), func(tx heskem.Tx) error {
		if err := tx.CreateReview(ctx(), &detached); err != nil {
			return err
		}
		return tx.CreateReview(ctx(), &attached)
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.View(ctx(), func(tx heskem.Tx) error {
		got, err := tx.Review(ctx(), f.org.ID, attached.ID)
		if err != nil {
			return err
		}
		if string(got.Report) != string(report) || got.AgreementID != a.ID || got.Score != 72 || !got.CreatedAt.Equal(attached.CreatedAt) {
			t.Errorf("review round trip = %+v", got)
		}
		all, err := tx.Reviews(ctx(), f.org.ID, 0)
		if err != nil {
			return err
		}
		mine, err := tx.Reviews(ctx(), f.org.ID, a.ID)
		if err != nil {
			return err
		}
		if len(all) != 2 || len(mine) != 1 || mine[0].DocumentName != "signed.pdf" {
			t.Errorf("lists: all %d, attached %+v", len(all), mine)
		}
		_, err = tx.Review(ctx(), other.org.ID, attached.ID)
		wantCode(t, err, heskem.ENOTFOUND)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Attaching to another organization's agreement, or a bad report, is refused.
	for _, bad := range []heskem.Review{
		{OrgID: other.org.ID, AgreementID: a.ID, DocumentName: "x", Score: 1, Verdict: "ready", Report: report},
		{OrgID: f.org.ID, DocumentName: "x", Score: 101, Verdict: "ready", Report: report},
		{OrgID: f.org.ID, DocumentName: "x", Score: 1, Verdict: "ready", Report: json.RawMessage(`{broken`)},
	} {
		err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateReview(ctx(), &bad) })
		wantCode(t, err, heskem.EINVALID)
	}
}
