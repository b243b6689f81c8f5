// Package notify decides who is told what about an engagement, and writes
// the emails. It is pure: an agreement's computed schedule and contacts in,
// reminders and messages out; the jobs package runs it on a clock and
// delivers what it returns.
//
// The rules:
//   - a milestone is the supplier's to deliver, so its reminders go to the
//     supplier's contact for the delivery stage (else their contact for all
//     stages); a payment is the client's, so its reminders go to the
//     client's payments contact (else all stages);
//   - due-soon reminders go 14 days ahead and again one business day before
//     the due date (on the agreement's business-day policy); overdue
//     reminders go once when the item becomes late;
//   - a contact marked away is replaced by their backup, and the email says
//     so; when nobody in the backup chain is available the contact is told
//     anyway, since a message waiting on return beats none;
//   - escalation contacts (stage escalation) of the side that owes the item
//     are told when it is more than 7 days overdue;
//   - every contact and agreement owner gets a daily digest of everything
//     overdue or due in the next 14 days on their agreements.
//
// Each reminder has a key naming its occasion (organization, occasion,
// item, due date, responsible contact). The key is the email's identity:
// the same occasion always yields the same key, which is how it is never
// sent twice.
package notify

import (
	"fmt"
	"time"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/schedule"
)

// Occasion is why a reminder is sent.
type Occasion string

// Occasions.
const (
	DueSoon    Occasion = "due_soon"   // due within 14 days
	DueNext    Occasion = "due_next"   // due on the next business day, or today
	Overdue    Occasion = "overdue"    // past its due date
	Escalation Occasion = "escalation" // overdue more than EscalateAfterDays
)

// EscalateAfterDays is how many days an item may be overdue before the
// escalation contacts hear of it.
const EscalateAfterDays = 7

// ItemKind says whether an item is a milestone or a payment.
type ItemKind string

// Item kinds.
const (
	MilestoneItem ItemKind = "milestone"
	PaymentItem   ItemKind = "payment"
	// NoticeItem is the last day to give notice of non-renewal: miss it
	// and the agreement runs, and is paid for, another period.
	NoticeItem ItemKind = "notice"
)

// Engagement is one agreement as the reminders see it: its parties,
// contacts and its schedule computed for today.
type Engagement struct {
	Agreement heskem.Agreement
	Supplier  heskem.Party
	Client    heskem.Party
	Contacts  []heskem.Contact
	Schedule  schedule.Result
	// Calendar is the agreement's business-day policy, for "one business
	// day before"; nil counts calendar days.
	Calendar schedule.Calendar
}

// Item is a milestone or payment that is due soon or overdue.
type Item struct {
	Kind     ItemKind
	ID       int64
	Title    string
	Due      heskem.Date
	Status   schedule.Status
	DaysLate int
	Amount   heskem.Money       // the milestone's value, or what is still owed on the payment
	Penalty  *schedule.Penalty  // accrued late-delivery sanction, when late
	Interest *schedule.Interest // accrued late-payment interest, when overdue
}

// Late reports whether the item is past its due date.
func (it Item) Late() bool { return it.Status == schedule.Late || it.Status == schedule.Overdue }

// Items returns what in e is overdue or due soon: milestones not yet
// delivered and payments not yet paid, in the schedule's order.
func Items(e Engagement) []Item {
	var out []Item
	for _, m := range e.Schedule.Milestones {
		if m.Status == schedule.DueSoon || m.Status == schedule.Late {
			out = append(out, Item{Kind: MilestoneItem, ID: m.ID, Title: m.Title, Due: m.Due, Status: m.Status,
				DaysLate: m.DaysLate, Amount: m.Value, Penalty: m.Penalty})
		}
	}
	for _, p := range e.Schedule.Payments {
		if p.Status == schedule.DueSoon || p.Status == schedule.Overdue {
			out = append(out, Item{Kind: PaymentItem, ID: p.ID, Title: p.Title, Due: p.Due, Status: p.Status,
				DaysLate: p.DaysLate, Amount: p.Outstanding, Interest: p.Interest})
		}
	}
	if t := e.Schedule.Term; t.NoticeStatus == schedule.DueSoon {
		out = append(out, Item{Kind: NoticeItem, ID: e.Agreement.ID, Title: e.Agreement.Title, Due: t.NoticeBy,
			Status: schedule.DueSoon, Amount: e.Agreement.Value})
	}
	return out
}

// Reminder is one email about one item to one person.
type Reminder struct {
	Key         string
	Occasion    Occasion
	Item        Item
	Responsible heskem.Contact // whose occasion it is
	To          heskem.Contact // who receives it: Responsible, or their backup
	ViaBackup   bool           // Responsible is away and To is standing in
}

// Plan returns the reminders e calls for on today. It does not know what
// was already sent: the keys are stable, and the caller skips keys it has
// delivered before.
func Plan(e Engagement, today heskem.Date) []Reminder {
	var out []Reminder
	seen := map[string]bool{} // occasion+item+recipient: one email each
	add := func(occ Occasion, it Item, resp heskem.Contact) {
		to, via := Resolve(e.Contacts, resp)
		dedupe := fmt.Sprintf("%s/%s/%d/%s", occ, it.Kind, it.ID, to.Email)
		if seen[dedupe] {
			return
		}
		seen[dedupe] = true
		out = append(out, Reminder{Key: ReminderKey(e.Agreement.OrgID, occ, it, resp.ID), Occasion: occ, Item: it,
			Responsible: resp, To: to, ViaBackup: via})
	}
	for _, it := range Items(e) {
		party, stage := e.Agreement.SupplierID, "delivery"
		if it.Kind == PaymentItem {
			party, stage = e.Agreement.ClientID, "payments"
		}
		resp := Responsible(e.Contacts, party, stage)
		if it.Kind == NoticeItem {
			// Either side may want out: both sides' escalation contacts,
			// who decide on the agreement, hear of the deadline.
			resp = append(Responsible(e.Contacts, e.Agreement.SupplierID, "escalation"),
				Responsible(e.Contacts, e.Agreement.ClientID, "escalation")...)
		}
		switch {
		case it.Status == schedule.DueSoon:
			occ := DueSoon
			if !today.Before(dayBefore(e.Calendar, it.Due)) {
				occ = DueNext
			}
			for _, c := range resp {
				add(occ, it, c)
			}
		case it.Late():
			for _, c := range resp {
				add(Overdue, it, c)
			}
			if it.DaysLate > EscalateAfterDays {
				for _, c := range stageContacts(e.Contacts, party, "escalation") {
					add(Escalation, it, c)
				}
			}
		}
	}
	return out
}

// ReminderKey names a reminder's occasion, e.g.
// "o1.r.overdue.m12.20260301.c4". The due date is part of it, so a due date
// moved by a change request is a new occasion.
func ReminderKey(orgID int64, occ Occasion, it Item, contactID int64) string {
	return fmt.Sprintf("o%d.r.%s.%s%d.%s.c%d", orgID, occ, it.Kind[:1], it.ID, compact(it.Due), contactID)
}

// compact formats a date as YYYYMMDD.
func compact(d heskem.Date) string { return fmt.Sprintf("%04d%02d%02d", d.Year, int(d.Month), d.Day) }

// dayBefore returns the business day before due on cal (the last day of
// the "one business day before" window), or the calendar day before.
func dayBefore(cal schedule.Calendar, due heskem.Date) heskem.Date {
	d := due.Time()
	for range 3660 {
		d = d.Add(-24 * time.Hour)
		if cal == nil || cal.IsBusinessDay(d) {
			return heskem.DateOf(d)
		}
	}
	return due.AddDays(-1)
}

// Responsible returns the party's contacts for stage, or, when it has none,
// its contacts for all stages.
func Responsible(contacts []heskem.Contact, partyID int64, stage string) []heskem.Contact {
	if cs := stageContacts(contacts, partyID, stage); len(cs) > 0 {
		return cs
	}
	return stageContacts(contacts, partyID, "all")
}

func stageContacts(contacts []heskem.Contact, partyID int64, stage string) []heskem.Contact {
	var out []heskem.Contact
	for _, c := range contacts {
		if c.PartyID == partyID && c.Stage == stage {
			out = append(out, c)
		}
	}
	return out
}

// Resolve returns who stands in for c: c itself when available, else the
// first available contact along c's chain of backups (ViaBackup true). When
// nobody in the chain is available, c is returned: the message then waits
// for their return rather than going nowhere. Cycles in the chain end it.
func Resolve(contacts []heskem.Contact, c heskem.Contact) (heskem.Contact, bool) {
	byID := make(map[int64]heskem.Contact, len(contacts))
	for _, x := range contacts {
		byID[x.ID] = x
	}
	seen := map[int64]bool{c.ID: true}
	cur := c
	for cur.Away {
		next, ok := byID[cur.BackupID]
		if cur.BackupID == 0 || !ok || seen[next.ID] {
			return c, false
		}
		seen[next.ID] = true
		cur = next
	}
	return cur, cur.ID != c.ID
}
