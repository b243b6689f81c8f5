package jobs

import (
	"context"
	"fmt"
	"time"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/notify"
	"github.com/heskem/heskem/internal/schedule"
)

// today returns the organization's current day and local time, on the
// runner's clock, in the organization's time zone (Asia/Jerusalem when it
// names none or an unknown one).
func (r *Runner) today(org heskem.Organization) (heskem.Date, time.Time) {
	loc, err := time.LoadLocation(org.TimeZone)
	if err != nil || org.TimeZone == "" {
		if loc, err = time.LoadLocation("Asia/Jerusalem"); err != nil {
			loc = time.UTC
		}
	}
	local := r.now().In(loc)
	return heskem.DateOf(local), local
}

// engagement loads one agreement with what the reminders need and computes
// its schedule for today. parties may be nil (loaded one by one).
func (r *Runner) engagement(ctx context.Context, tx heskem.Tx, a heskem.Agreement, parties map[int64]heskem.Party, today heskem.Date) (notify.Engagement, error) {
	e := notify.Engagement{Agreement: a}
	party := func(id int64) (heskem.Party, error) {
		if p, ok := parties[id]; ok {
			return p, nil
		}
		p, err := tx.Party(ctx, a.OrgID, id)
		if err != nil {
			return heskem.Party{}, err
		}
		return *p, nil
	}
	var err error
	if e.Supplier, err = party(a.SupplierID); err != nil {
		return e, fmt.Errorf("agreement %d supplier: %w", a.ID, err)
	}
	if e.Client, err = party(a.ClientID); err != nil {
		return e, fmt.Errorf("agreement %d client: %w", a.ID, err)
	}
	if e.Contacts, err = tx.Contacts(ctx, a.ID); err != nil {
		return e, err
	}
	in := schedule.Input{Agreement: a, Today: today, Rules: r.rules}
	if in.Milestones, err = tx.Milestones(ctx, a.ID); err != nil {
		return e, err
	}
	if in.Installments, err = tx.Installments(ctx, a.ID); err != nil {
		return e, err
	}
	if in.Sanctions, err = tx.SanctionRules(ctx, a.ID); err != nil {
		return e, err
	}
	cal, err := r.cfg.Calendar.Policy(a.Policy)
	if err != nil {
		return e, fmt.Errorf("agreement %d: %w", a.ID, err)
	}
	in.Calendar, e.Calendar = cal, cal
	e.Schedule = schedule.Compute(in)
	return e, nil
}

// orgSnapshot is an organization's active agreements computed for today.
type orgSnapshot struct {
	org         heskem.Organization
	today       heskem.Date
	local       time.Time
	engagements []notify.Engagement
	owners      map[int64]heskem.User
}

// pageSize is how many agreements a scan reads per query.
const pageSize = 500

// snapshot loads every active agreement of org (only ids, when given) in
// one read transaction.
func (r *Runner) snapshot(ctx context.Context, tx heskem.Tx, org heskem.Organization, ids []int64) (*orgSnapshot, error) {
	s := &orgSnapshot{org: org, owners: map[int64]heskem.User{}}
	s.today, s.local = r.today(org)
	users, err := tx.Users(ctx, org.ID)
	if err != nil {
		return nil, err
	}
	for _, u := range users {
		s.owners[u.ID] = u
	}
	parties, err := tx.Parties(ctx, org.ID)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]heskem.Party, len(parties))
	for _, p := range parties {
		byID[p.ID] = p
	}
	var agreements []heskem.Agreement
	if ids != nil {
		for _, id := range ids {
			a, err := tx.Agreement(ctx, org.ID, id)
			if heskem.ErrorCode(err) == heskem.ENOTFOUND {
				continue
			}
			if err != nil {
				return nil, err
			}
			agreements = append(agreements, *a)
		}
	} else {
		for offset := 0; ; offset += pageSize {
			page, _, err := tx.Agreements(ctx, heskem.AgreementFilter{OrgID: org.ID, Status: heskem.StatusActive, Limit: pageSize, Offset: offset})
			if err != nil {
				return nil, err
			}
			agreements = append(agreements, page...)
			if len(page) < pageSize {
				break
			}
		}
	}
	for _, a := range agreements {
		if a.Status != heskem.StatusActive {
			continue
		}
		e, err := r.engagement(ctx, tx, a, byID, s.today)
		if err != nil {
			return nil, err
		}
		s.engagements = append(s.engagements, e)
	}
	return s, nil
}
