package storetest

import (
	"fmt"
	"testing"
	"time"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/store"
)

func testVersions(t *testing.T, db *store.DB) {
	f := newFixture(t, db, "v")
	a := f.agreement("versions")
	createAgreement(t, db, &a)
	var v1, v2 heskem.Version
	err := db.Update(ctx(), func(tx heskem.Tx) error {
		v1 = heskem.Version{AgreementID: a.ID, Data: mustJSON(map[string]any{"b": 1, "a": "שלום"}), Text: "1. השירותים\nהספק יספק…"}
		if err := tx.CreateVersion(ctx(), &v1); err != nil {
			return err
		}
		v2 = heskem.Version{AgreementID: a.ID, Data: mustJSON(map[string]int{"b": 2}), Text: "second", Note: "amendment 1"}
		return tx.CreateVersion(ctx(), &v2)
	})
	if err != nil {
		t.Fatal(err)
	}
	if v1.Number != 1 || v2.Number != 2 {
		t.Errorf("version numbers = %d, %d; want 1, 2", v1.Number, v2.Number)
	}
	var vs []heskem.Version
	if err := db.View(ctx(), func(tx heskem.Tx) (err error) { vs, err = tx.Versions(ctx(), a.ID); return }); err != nil {
		t.Fatal(err)
	}
	if len(vs) != 2 || string(vs[0].Data) != string(v1.Data) || vs[0].Text != v1.Text || !vs[0].Verify() || !vs[1].Verify() {
		t.Fatalf("versions did not round-trip byte for byte: %+v", vs)
	}
	// The database itself refuses to rewrite a version.
	if _, err := db.Write.ExecContext(ctx(), db.Dialect.Rebind(`UPDATE agreement_versions SET text = 'forged' WHERE id = $1`), v1.ID); err == nil {
		t.Error("UPDATE of a version succeeded; versions must be immutable")
	}
	if _, err := db.Write.ExecContext(ctx(), db.Dialect.Rebind(`DELETE FROM agreement_versions WHERE id = $1`), v1.ID); err == nil {
		t.Error("DELETE of a version succeeded; versions must be immutable")
	}
}

func testEngagement(t *testing.T, db *store.DB) {
	f := newFixture(t, db, "e")
	a := f.agreement("engagement")
	createAgreement(t, db, &a)
	submitted := time.Date(2026, 4, 2, 9, 30, 15, 123456000, time.UTC)
	var m1 heskem.Milestone
	err := db.Update(ctx(), func(tx heskem.Tx) error {
		if err := tx.CreateDeliverable(ctx(), &heskem.Deliverable{AgreementID: a.ID, Title: "אפיון", Kind: "deliverable"}); err != nil {
			return err
		}
		m1 = heskem.Milestone{AgreementID: a.ID, Title: "אפיון מאושר", DueDate: heskem.NewDate(2026, 4, 1), Value: heskem.Shekels(30000, 0)}
		if err := tx.CreateMilestone(ctx(), &m1); err != nil {
			return err
		}
		m2 := heskem.Milestone{AgreementID: a.ID, Title: "פיתוח", AfterEvent: "previous_acceptance", AfterDays: 20}
		if err := tx.CreateMilestone(ctx(), &m2); err != nil {
			return err
		}
		if m1.Seq != 1 || m2.Seq != 2 {
			t.Errorf("milestone seq = %d, %d; want 1, 2", m1.Seq, m2.Seq)
		}
		in := heskem.Installment{AgreementID: a.ID, MilestoneID: m1.ID, Title: "תשלום 1", Amount: heskem.Shekels(30000, 0),
			Term: heskem.TermEOMPlus, TermDays: 30}
		if err := tx.CreateInstallment(ctx(), &in); err != nil {
			return err
		}
		in.InvoicedAt = &submitted
		in.Paid = heskem.Shekels(10000, 50)
		if err := tx.UpdateInstallment(ctx(), &in); err != nil {
			return err
		}
		s := heskem.SanctionRule{AgreementID: a.ID, Kind: heskem.SanctionLateDelivery, Clause: "9.2", RatePercent: "0.5",
			PeriodCount: 1, PeriodUnit: heskem.UnitBusinessDays, CapPercent: "10", TerminateAfter: 30}
		if err := tx.CreateSanctionRule(ctx(), &s); err != nil {
			return err
		}
		m1.State, m1.SubmittedAt = heskem.MilestoneSubmitted, &submitted
		return tx.UpdateMilestone(ctx(), &m1)
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.View(ctx(), func(tx heskem.Tx) error {
		ms, err := tx.Milestones(ctx(), a.ID)
		if err != nil {
			return err
		}
		if len(ms) != 2 || ms[0].State != heskem.MilestoneSubmitted || ms[0].SubmittedAt == nil ||
			!ms[0].SubmittedAt.Equal(submitted) || ms[0].DueDate != heskem.NewDate(2026, 4, 1) || ms[1].AfterDays != 20 || !ms[1].DueDate.IsZero() {
			t.Errorf("milestones = %+v", ms)
		}
		is, err := tx.Installments(ctx(), a.ID)
		if err != nil {
			return err
		}
		if len(is) != 1 || is[0].Paid != heskem.Shekels(10000, 50) || is[0].MilestoneID != m1.ID || is[0].InvoicedAt == nil || !is[0].InvoicedAt.Equal(submitted) {
			t.Errorf("installments = %+v", is)
		}
		ss, err := tx.SanctionRules(ctx(), a.ID)
		if err != nil {
			return err
		}
		if len(ss) != 1 || ss[0].RatePercent != "0.5" || ss[0].PeriodUnit != heskem.UnitBusinessDays || ss[0].CapPercent != "10" {
			t.Errorf("sanction rules = %+v", ss)
		}
		ds, err := tx.Deliverables(ctx(), a.ID)
		if err != nil {
			return err
		}
		if len(ds) != 1 || ds[0].Title != "אפיון" {
			t.Errorf("deliverables = %+v", ds)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Overpaying is refused by the domain, in the store.
	err = db.Update(ctx(), func(tx heskem.Tx) error {
		in := heskem.Installment{AgreementID: a.ID, Title: "x", Amount: heskem.Shekels(1, 0), Paid: heskem.Shekels(2, 0), Term: heskem.TermNet, TermDays: 30}
		return tx.CreateInstallment(ctx(), &in)
	})
	wantCode(t, err, heskem.EINVALID)
	// Meetings with action items, and messages.
	held := time.Date(2026, 3, 5, 8, 0, 0, 0, time.UTC)
	err = db.Update(ctx(), func(tx heskem.Tx) error {
		m := heskem.Meeting{AgreementID: a.ID, Title: "פגישת פתיחה", HeldAt: held, Summary: "סוכם: …"}
		if err := tx.CreateMeeting(ctx(), &m); err != nil {
			return err
		}
		if err := tx.CreateActionItem(ctx(), &heskem.ActionItem{MeetingID: m.ID, Description: "לשלוח אפיון", DueDate: heskem.NewDate(2026, 3, 10)}); err != nil {
			return err
		}
		for i := range 3 {
			if err := tx.CreateMessage(ctx(), &heskem.Message{AgreementID: a.ID, AuthorName: "Dana", Body: fmt.Sprintf("message %d", i)}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.View(ctx(), func(tx heskem.Tx) error {
		ms, err := tx.Meetings(ctx(), a.ID)
		if err != nil {
			return err
		}
		if len(ms) != 1 || !ms[0].HeldAt.Equal(held) {
			t.Fatalf("meetings = %+v", ms)
		}
		items, err := tx.ActionItems(ctx(), ms[0].ID)
		if err != nil {
			return err
		}
		if len(items) != 1 || items[0].DueDate != heskem.NewDate(2026, 3, 10) || items[0].Done {
			t.Errorf("action items = %+v", items)
		}
		msgs, err := tx.Messages(ctx(), a.ID)
		if err != nil {
			return err
		}
		if len(msgs) != 3 || msgs[2].Body != "message 2" {
			t.Errorf("messages = %+v", msgs)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func testChangeRequests(t *testing.T, db *store.DB) {
	f := newFixture(t, db, "cr")
	a := f.agreement("changes")
	createAgreement(t, db, &a)
	c := heskem.ChangeRequest{AgreementID: a.ID, Title: "מסך נוסף", RequestedBy: heskem.SideClient, PriceImpact: heskem.Shekels(5000, 0), ScheduleDays: 5}
	if err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.CreateChangeRequest(ctx(), &c) }); err != nil {
		t.Fatal(err)
	}
	for _, side := range []heskem.Side{heskem.SideClient, heskem.SideSupplier} {
		if err := c.Approve(side); err != nil {
			t.Fatal(err)
		}
		if err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.UpdateChangeRequest(ctx(), &c) }); err != nil {
			t.Fatalf("approve by %s: %v", side, err)
		}
	}
	var got []heskem.ChangeRequest
	if err := db.View(ctx(), func(tx heskem.Tx) (err error) { got, err = tx.ChangeRequests(ctx(), a.ID); return }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].State != heskem.ChangeApproved || !got[0].SupplierApproved || !got[0].ClientApproved {
		t.Fatalf("change requests = %+v, want one approved by both", got)
	}
	// An approved request is final.
	c.Title = "rewritten after approval"
	err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.UpdateChangeRequest(ctx(), &c) })
	wantCode(t, err, heskem.ENOTFOUND)
}

func testContacts(t *testing.T, db *store.DB) {
	f := newFixture(t, db, "ct")
	a := f.agreement("contacts")
	createAgreement(t, db, &a)
	b := f.agreement("other")
	createAgreement(t, db, &b)
	var main, backup, elsewhere heskem.Contact
	err := db.Update(ctx(), func(tx heskem.Tx) error {
		backup = heskem.Contact{AgreementID: a.ID, PartyID: f.supplier.ID, Name: "יוסי כהן", Role: "סגן מנהל פרויקט", Email: "yossi@alpha.example"}
		if err := tx.CreateContact(ctx(), &backup); err != nil {
			return err
		}
		main = heskem.Contact{AgreementID: a.ID, PartyID: f.supplier.ID, Name: "רונית לוי", Role: "מנהלת פרויקט", Email: "Ronit@Alpha.example",
			Phone: "+972-52-0000000", Stage: "delivery", BackupID: backup.ID}
		if err := tx.CreateContact(ctx(), &main); err != nil {
			return err
		}
		elsewhere = heskem.Contact{AgreementID: b.ID, PartyID: f.client.ID, Name: "Other", Email: "o@beta.example"}
		return tx.CreateContact(ctx(), &elsewhere)
	})
	if err != nil {
		t.Fatal(err)
	}
	main.Away = true
	if err := db.Update(ctx(), func(tx heskem.Tx) error { return tx.UpdateContact(ctx(), &main) }); err != nil {
		t.Fatal(err)
	}
	var cs []heskem.Contact
	if err := db.View(ctx(), func(tx heskem.Tx) (err error) { cs, err = tx.Contacts(ctx(), a.ID); return }); err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || cs[1].Email != "ronit@alpha.example" || cs[1].BackupID != backup.ID || !cs[1].Away {
		t.Fatalf("contacts = %+v", cs)
	}
	// A backup must be a contact of the same agreement.
	main.BackupID = elsewhere.ID
	err = db.Update(ctx(), func(tx heskem.Tx) error { return tx.UpdateContact(ctx(), &main) })
	wantCode(t, err, heskem.EINVALID)
	// A contact without an email address is refused.
	err = db.Update(ctx(), func(tx heskem.Tx) error {
		return tx.CreateContact(ctx(), &heskem.Contact{AgreementID: a.ID, PartyID: f.client.ID, Name: "No Mail"})
	})
	wantCode(t, err, heskem.EINVALID)
}
