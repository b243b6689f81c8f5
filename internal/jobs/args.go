package jobs

import (
	"time"

	"github.com/riverqueue/river"
)

// Job kinds. They are stored in River's table: never rename one.
const (
	KindReminder = "reminder"
	KindDigest   = "daily_digest"
	KindScan     = "scan"
)

// ReminderArgs is one reminder: the occasion named by Key (see
// notify.ReminderKey) about an item of AgreementID. The worker recomputes
// the agreement's schedule when it runs and sends only if the occasion
// still holds, so a reminder retried after the item was delivered or paid
// is dropped, not sent late.
type ReminderArgs struct {
	OrgID       int64  `json:"org_id" river:"unique"`
	Key         string `json:"key" river:"unique"`
	AgreementID int64  `json:"agreement_id"`
}

// Kind implements river.JobArgs.
func (ReminderArgs) Kind() string { return KindReminder }

// DigestArgs is one person's digest for one day (Date, YYYY-MM-DD in the
// organization's time zone) over AgreementIDs, the agreements the scan
// found them on.
type DigestArgs struct {
	OrgID        int64   `json:"org_id" river:"unique"`
	Email        string  `json:"email" river:"unique"`
	Date         string  `json:"date" river:"unique"`
	AgreementIDs []int64 `json:"agreement_ids"`
}

// Kind implements river.JobArgs.
func (DigestArgs) Kind() string { return KindDigest }

// ScanArgs starts a scan.
type ScanArgs struct{}

// Kind implements river.JobArgs.
func (ScanArgs) Kind() string { return KindScan }

// uniquePeriod is the window River's uniqueness covers: a job with the
// same unique arguments is not enqueued again within it.
const uniquePeriod = 24 * time.Hour

// deliveryOpts are the insert options of reminder and digest jobs.
func (r *Runner) deliveryOpts() *river.InsertOpts {
	return &river.InsertOpts{
		MaxAttempts: r.cfg.MaxAttempts,
		UniqueOpts:  river.UniqueOpts{ByArgs: true, ByPeriod: uniquePeriod},
	}
}
