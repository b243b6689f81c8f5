package notify

import (
	"fmt"
	"sort"
	"strings"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/mail"
	"github.com/heskem/heskem/internal/schedule"
)

// Recipient is someone who gets a daily digest.
type Recipient struct {
	Email string // lower case
	Name  string
	Lang  string
}

// DigestEntry is one item in a digest, with its agreement.
type DigestEntry struct {
	AgreementID    int64
	AgreementTitle string
	Item           Item
}

// Digest is one person's daily digest: what is overdue or due soon on
// every agreement they are a contact or the owner of.
type Digest struct {
	OrgID   int64
	To      Recipient
	Entries []DigestEntry
}

// Digests groups the items of es by the people who hear of them: every
// available (not away) contact of an agreement and its owner (owners maps
// a user ID to the user). An away contact's agreements reach their backup,
// who is a contact of the same agreement. People with nothing overdue or
// due soon get no digest. The result is sorted by email address.
//
// A digest's language is its owner's language for a user, else the
// language most of the person's agreements are written in (Hebrew on a
// tie).
func Digests(es []Engagement, owners map[int64]heskem.User) []Digest {
	type acc struct {
		d          Digest
		he, en     int
		userLang   string
		agreements map[int64]bool
	}
	by := map[string]*acc{}
	var order []string
	add := func(orgID int64, email, name, userLang string, e Engagement, items []Item) {
		email = strings.ToLower(strings.TrimSpace(email))
		if email == "" {
			return
		}
		a, ok := by[email]
		if !ok {
			a = &acc{d: Digest{OrgID: orgID, To: Recipient{Email: email, Name: name}}, agreements: map[int64]bool{}}
			by[email] = a
			order = append(order, email)
		}
		if userLang != "" {
			a.userLang, a.d.To.Name = userLang, name
		}
		if a.agreements[e.Agreement.ID] {
			return
		}
		a.agreements[e.Agreement.ID] = true
		if e.Agreement.Language == "en" {
			a.en++
		} else {
			a.he++
		}
		for _, it := range items {
			a.d.Entries = append(a.d.Entries, DigestEntry{AgreementID: e.Agreement.ID, AgreementTitle: e.Agreement.Title, Item: it})
		}
	}
	for _, e := range es {
		items := Items(e)
		if len(items) == 0 {
			continue
		}
		if u, ok := owners[e.Agreement.OwnerID]; ok && e.Agreement.OwnerID != 0 {
			add(e.Agreement.OrgID, u.Email, u.Name, u.Lang, e, items)
		}
		for _, c := range e.Contacts {
			if !c.Away {
				add(e.Agreement.OrgID, c.Email, c.Name, "", e, items)
			}
		}
	}
	sort.Strings(order)
	out := make([]Digest, 0, len(order))
	for _, email := range order {
		a := by[email]
		switch {
		case a.userLang != "":
			a.d.To.Lang = a.userLang
		case a.en > a.he:
			a.d.To.Lang = "en"
		default:
			a.d.To.Lang = "he"
		}
		sortEntries(a.d.Entries)
		out = append(out, a.d)
	}
	return out
}

// sortEntries puts overdue items first, the longest overdue at the top,
// then what is due soon by due date.
func sortEntries(es []DigestEntry) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i].Item, es[j].Item
		if a.Late() != b.Late() {
			return a.Late()
		}
		if a.Late() {
			return a.DaysLate > b.DaysLate
		}
		return a.Due.Before(b.Due)
	})
}

// DigestKey names a digest's occasion: one per person, organization and day.
func DigestKey(orgID int64, email string, day heskem.Date) string {
	return fmt.Sprintf("o%d.digest.%s.%s", orgID, compact(day), strings.ToLower(email))
}

// Digest returns the email of d for day, in the recipient's language.
func (rd *Renderer) Digest(d Digest, day heskem.Date) mail.Message {
	lang := d.To.Lang
	tx, loc := textsFor(lang), rd.cat.For(lang)
	var late, soon []string
	for _, e := range d.Entries {
		it := e.Item
		word := tx.milestoneWord
		switch it.Kind {
		case PaymentItem:
			word = tx.paymentWord
		case NoticeItem:
			word = tx.noticeWord
		}
		parts := []string{e.AgreementTitle, fmt.Sprintf("%s „%s”", word, it.Title), loc.Date(it.Due), loc.Money(it.Amount)}
		if lang == "en" {
			parts[1] = fmt.Sprintf("%s “%s”", word, it.Title)
		}
		if it.Late() {
			parts = append(parts, fmt.Sprintf(tx.digestLate, it.DaysLate))
			parts = append(parts, rd.sanctionSummary(it, lang)...)
			late = append(late, strings.Join(parts, " — "))
			continue
		}
		if n := int(it.Due.Time().Sub(day.Time()).Hours() / 24); n <= 0 {
			parts = append(parts, tx.digestDueToday)
		} else {
			parts = append(parts, fmt.Sprintf(tx.digestDueIn, n))
		}
		soon = append(soon, strings.Join(parts, " — "))
	}
	doc := doc{Lang: lang, Greeting: fmt.Sprintf(tx.digestHello, d.To.Name), Footer: tx.footer,
		Paragraphs: []string{fmt.Sprintf(tx.digestIntro, loc.Date(day))}}
	if len(late) > 0 {
		doc.Sections = append(doc.Sections, section{Title: tx.digestOverdue, Lines: late})
	}
	if len(soon) > 0 {
		doc.Sections = append(doc.Sections, section{Title: fmt.Sprintf(tx.digestDueSoon, schedule.DefaultSoonDays), Lines: soon})
	}
	if rd.BaseURL != "" {
		doc.Link, doc.LinkLabel = rd.BaseURL+"/agreements", tx.link
	}
	subject := fmt.Sprintf(tx.digestSubject, loc.Date(day), len(late), len(soon))
	return mail.Message{ID: DigestKey(d.OrgID, d.To.Email, day), To: d.To.Email, Subject: subject, Text: doc.text(),
		HTML: doc.html(), Lang: lang, Ref: mail.Ref{OrgID: d.OrgID, Kind: "digest"}}
}

// sanctionSummary is the one-line form of a late item's accrued sanction.
func (rd *Renderer) sanctionSummary(it Item, lang string) []string {
	tx, loc := textsFor(lang), rd.cat.For(lang)
	var out []string
	if p := it.Penalty; p != nil {
		out = append(out, fmt.Sprintf(tx.penalty, p.Clause, loc.Money(p.Amount)))
	}
	if in := it.Interest; in != nil {
		out = append(out, fmt.Sprintf(tx.interest, in.Clause, loc.Money(in.Amount)))
	}
	return out
}
