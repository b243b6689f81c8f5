package service

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/ics"
	"github.com/heskem/heskem/internal/schedule"
)

// hashToken is how feed tokens are stored: only their SHA-256.
func hashToken(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

// CreateFeed makes a calendar feed and returns it with its secret token,
// which is shown once and never stored.
func (s *Service) CreateFeed(ctx context.Context, actor Actor, f *heskem.CalendarFeed) (string, error) {
	var b [24]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("feed token: %w", err)
	}
	token := base64.RawURLEncoding.EncodeToString(b[:])
	f.TokenHash = hashToken(token)
	err := s.Store.Update(ctx, func(tx heskem.Tx) error {
		if err := tx.CreateFeed(ctx, f); err != nil {
			return err
		}
		return audit(ctx, tx, f.OrgID, f.AgreementID, actor, "feed.create", map[string]any{"feed": f.ID, "label": f.Label})
	})
	if err != nil {
		return "", err
	}
	return token, nil
}

// RevokeFeed revokes a feed: its URL stops working at once.
func (s *Service) RevokeFeed(ctx context.Context, actor Actor, orgID, id int64) error {
	return s.Store.Update(ctx, func(tx heskem.Tx) error {
		if err := tx.RevokeFeed(ctx, orgID, id); err != nil {
			return err
		}
		return audit(ctx, tx, orgID, 0, actor, "feed.revoke", map[string]any{"feed": id})
	})
}

// Feeds lists the workspace's feeds.
func (s *Service) Feeds(ctx context.Context, orgID int64) ([]heskem.CalendarFeed, error) {
	var out []heskem.CalendarFeed
	err := s.Store.View(ctx, func(tx heskem.Tx) (err error) { out, err = tx.Feeds(ctx, orgID); return })
	return out, err
}

// FeedCalendar renders the iCalendar text of the feed with that token. An
// unknown or revoked token is ENOTFOUND: a revoked feed must look exactly
// like one that never existed. baseURL prefixes links back to the agreement.
func (s *Service) FeedCalendar(ctx context.Context, token, baseURL string) (string, error) {
	var f *heskem.CalendarFeed
	var agreements []heskem.Agreement
	err := s.Store.View(ctx, func(tx heskem.Tx) error {
		var err error
		if f, err = tx.FeedByTokenHash(ctx, hashToken(token)); err != nil {
			return err
		}
		if f.RevokedAt != nil {
			return heskem.Errorf(heskem.ENOTFOUND, "calendar feed not found")
		}
		if f.AgreementID != 0 {
			a, err := tx.Agreement(ctx, f.OrgID, f.AgreementID)
			if err != nil {
				return err
			}
			agreements = []heskem.Agreement{*a}
			return nil
		}
		for _, st := range []heskem.Status{heskem.StatusActive, heskem.StatusAgreed} {
			list, _, err := tx.Agreements(ctx, heskem.AgreementFilter{OrgID: f.OrgID, Status: st, OwnerID: f.OwnerID, Limit: 1000})
			if err != nil {
				return err
			}
			agreements = append(agreements, list...)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	lang, name := "he", "הסכם — Heskem"
	if f.Label != "" {
		name = f.Label
	}
	var events []ics.Event
	for _, a := range agreements {
		v, err := s.Agreement(ctx, f.OrgID, a.ID)
		if err != nil {
			return "", err
		}
		if f.AgreementID != 0 {
			lang = a.Language
			if f.Label == "" {
				name = a.Title
			}
		}
		events = append(events, agreementEvents(v, baseURL)...)
	}
	return ics.Write(name, lang, events, s.Now()), nil
}

// agreementEvents are an agreement's dates as calendar events, worded in
// the agreement's language.
func agreementEvents(v *AgreementView, baseURL string) []ics.Event {
	a := v.Agreement
	he := a.Language == "he"
	word := func(h, e string) string {
		if he {
			return h
		}
		return e
	}
	url := fmt.Sprintf("%s/agreements/%d", baseURL, a.ID)
	uid := func(kind string, id int64) string { return fmt.Sprintf("%s-%d-%d@heskem", kind, a.ID, id) }
	var out []ics.Event
	for _, m := range v.Standing.Milestones {
		if m.Due.IsZero() {
			continue
		}
		desc := a.Title
		if m.Status == schedule.Late && m.Penalty != nil {
			desc += " — " + word(m.Penalty.ExplanationHe, m.Penalty.Explanation)
		}
		out = append(out, ics.Event{UID: uid("milestone", m.ID), Summary: word("אבן דרך: ", "Milestone: ") + m.Title, Description: desc,
			URL: url, Day: m.Due.Time()})
		if m.Penalty != nil && !m.Penalty.TerminateFrom.IsZero() && !m.Penalty.Final {
			out = append(out, ics.Event{UID: uid("terminate-from", m.ID), URL: url, Day: m.Penalty.TerminateFrom.Time(),
				Summary:     word("מועד אחרון: זכות ביטול בגין איחור — ", "Deadline: right to terminate for delay — ") + m.Title,
				Description: word("לפי סעיף ", "Under clause ") + m.Penalty.Clause})
		}
	}
	for _, p := range v.Standing.Payments {
		if p.Due.IsZero() || p.Status == schedule.Paid {
			continue
		}
		out = append(out, ics.Event{UID: uid("payment", p.ID), Summary: word("תשלום: ", "Payment due: ") + p.Title + " (" + p.Outstanding.String() + ")",
			Description: a.Title, URL: url, Day: p.Due.Time()})
	}
	if !a.EndDate.IsZero() {
		out = append(out, ics.Event{UID: uid("end", a.ID), Summary: word("סיום ההסכם: ", "Agreement ends: ") + a.Title, URL: url, Day: a.EndDate.Time()})
	}
	// The last day to give notice of non-renewal, for this period and the
	// next, so the deadline after this one is on the calendar too.
	for _, n := range []struct{ by, end heskem.Date }{{v.Standing.Term.NoticeBy, v.Standing.Term.End}, {v.Standing.Term.NextNoticeBy, v.Standing.Term.NextEnd}} {
		if n.by.IsZero() {
			continue
		}
		out = append(out, ics.Event{UID: fmt.Sprintf("notice-%d-%s@heskem", a.ID, n.end), URL: url, Day: n.by.Time(),
			Summary:     word("מועד אחרון להודעה על אי-חידוש: ", "Last day for notice of non-renewal: ") + a.Title,
			Description: word("אחרת ההסכם יתחדש אחרי ", "Otherwise the agreement renews after ") + n.end.Israeli()})
	}
	for _, m := range v.Meetings {
		out = append(out, ics.Event{UID: uid("meeting", m.ID), Summary: m.Title, Description: a.Title, URL: url, Start: m.HeldAt,
			End: m.HeldAt.Add(time.Hour)})
	}
	return out
}
