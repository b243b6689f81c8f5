package jobs

import (
	"context"
	"fmt"
	"time"

	"github.com/riverqueue/river"

	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/notify"
)

// ScanReport says what a scan found and did.
type ScanReport struct {
	Agreements int // active agreements looked at
	Reminders  int // reminder jobs enqueued
	Digests    int // digest jobs enqueued
	Duplicates int // jobs River already had (unique within the period)
	Delivered  int // planned emails skipped because they already went out
}

// Scan looks at every active agreement of every organization on the
// runner's clock and enqueues the reminders and digests due now that were
// not delivered before. The periodic scan job calls it; so can tools and
// tests.
func (r *Runner) Scan(ctx context.Context) (ScanReport, error) {
	var rep ScanReport
	var orgs []heskem.Organization
	if err := r.db.View(ctx, func(tx heskem.Tx) (err error) { orgs, err = tx.Organizations(ctx); return err }); err != nil {
		return rep, fmt.Errorf("scan: %w", err)
	}
	for _, org := range orgs {
		params, err := r.scanOrg(ctx, org, &rep)
		if err != nil {
			return rep, fmt.Errorf("scan organization %d: %w", org.ID, err)
		}
		if err := r.enqueue(ctx, params, &rep); err != nil {
			return rep, fmt.Errorf("scan organization %d: %w", org.ID, err)
		}
	}
	r.log.Info("scan done", "agreements", rep.Agreements, "reminders", rep.Reminders, "digests", rep.Digests,
		"already_queued", rep.Duplicates, "already_delivered", rep.Delivered)
	return rep, nil
}

// scanOrg plans one organization's jobs in one read transaction.
func (r *Runner) scanOrg(ctx context.Context, org heskem.Organization, rep *ScanReport) ([]river.InsertManyParams, error) {
	var params []river.InsertManyParams
	opts := r.deliveryOpts()
	err := r.db.View(ctx, func(tx heskem.Tx) error {
		s, err := r.snapshot(ctx, tx, org, nil)
		if err != nil {
			return err
		}
		rep.Agreements += len(s.engagements)
		delivered := func(key string) (bool, error) {
			_, err := tx.NotificationByKey(ctx, org.ID, key)
			if heskem.ErrorCode(err) == heskem.ENOTFOUND {
				return false, nil
			}
			return err == nil, err
		}
		for _, e := range s.engagements {
			for _, rem := range notify.Plan(e, s.today) {
				done, err := delivered(rem.Key)
				if err != nil {
					return err
				}
				if done {
					rep.Delivered++
					continue
				}
				params = append(params, river.InsertManyParams{Args: ReminderArgs{OrgID: org.ID, Key: rem.Key, AgreementID: e.Agreement.ID}, InsertOpts: opts})
			}
		}
		if s.local.Hour() < r.cfg.DigestHour {
			return nil
		}
		for _, d := range notify.Digests(s.engagements, s.owners) {
			done, err := delivered(notify.DigestKey(org.ID, d.To.Email, s.today))
			if err != nil {
				return err
			}
			if done {
				rep.Delivered++
				continue
			}
			params = append(params, river.InsertManyParams{Args: DigestArgs{OrgID: org.ID, Email: d.To.Email, Date: s.today.String(),
				AgreementIDs: digestAgreements(d)}, InsertOpts: opts})
		}
		return nil
	})
	return params, err
}

// digestAgreements lists the agreements a digest draws on, once each.
func digestAgreements(d notify.Digest) []int64 {
	var ids []int64
	seen := map[int64]bool{}
	for _, e := range d.Entries {
		if !seen[e.AgreementID] {
			seen[e.AgreementID] = true
			ids = append(ids, e.AgreementID)
		}
	}
	return ids
}

// insertBatch bounds one InsertMany.
const insertBatch = 200

// enqueue inserts the jobs, counting those River already holds.
func (r *Runner) enqueue(ctx context.Context, params []river.InsertManyParams, rep *ScanReport) error {
	for len(params) > 0 {
		n := min(len(params), insertBatch)
		res, err := r.client.InsertMany(ctx, params[:n])
		if err != nil {
			return fmt.Errorf("enqueue %d jobs: %w", n, err)
		}
		for _, x := range res {
			switch {
			case x.UniqueSkippedAsDuplicate:
				rep.Duplicates++
			case x.Job.Kind == KindDigest:
				rep.Digests++
			default:
				rep.Reminders++
			}
		}
		params = params[n:]
	}
	return nil
}

// scanWorker runs the periodic scan.
type scanWorker struct {
	river.WorkerDefaults[ScanArgs]
	r *Runner
}

// Timeout lets a scan of many agreements run longer than a delivery.
func (w *scanWorker) Timeout(*river.Job[ScanArgs]) time.Duration { return 30 * time.Minute }

// Work implements river.Worker.
func (w *scanWorker) Work(ctx context.Context, _ *river.Job[ScanArgs]) error {
	_, err := w.r.Scan(ctx)
	return err
}
