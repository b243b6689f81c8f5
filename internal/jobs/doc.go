// Package jobs runs Heskem's background work on River, a durable job
// queue kept in the same database as everything else: SQLite (driver
// riversqlite, over its own connection to the store's file) or PostgreSQL
// (riverpgxv5, over a pgx pool). River's tables are installed with
// rivermigrate at start.
//
// Three kinds of job:
//
//   - scan (periodic, every Config.ScanInterval, and once at start): for
//     every active agreement, compute its schedule (internal/schedule) on
//     the organization's today, ask internal/notify who should be told what,
//     and enqueue a reminder job per email not sent before; after
//     Config.DigestHour (organization time, Asia/Jerusalem by default) also
//     enqueue each person's daily digest;
//   - reminder: one milestone or payment occasion to one recipient;
//   - daily_digest: one person's digest for one day.
//
// # What is guaranteed
//
// Every email has a key naming its occasion (notify.ReminderKey,
// notify.DigestKey). Three layers keep it from going out twice:
//
//  1. River unique jobs: a reminder or digest job is unique by its key
//     within a 24-hour period, so repeated scans and restarts do not
//     enqueue it again while one is pending, running or recently done.
//  2. The scan skips keys that already have a notification row.
//  3. The notification row's (organization, key) is UNIQUE in the
//     database, and delivery is a compare-and-set on its status:
//     queued → sending (committed before the SMTP conversation starts) →
//     sent. On SQLite, marking it sent and completing the River job are one
//     transaction (river.JobCompleteTx on River's connection, with the
//     store's queries on the same *sql.Tx); on PostgreSQL the row commits
//     first and the job completes after, and a retry that finds the row
//     sent completes without sending.
//
// With the outbox (no SMTP configured) storing the message is the delivery
// and happens in that one transaction: exactly once.
//
// At the SMTP boundary nothing can be exactly once: the server's "250 OK"
// and our commit are two systems. Heskem chooses at-most-once there,
// because the issue asks that nothing be sent twice. A reminder is handed
// to the server only after this attempt has committed status sending with
// its job as the claim; a later attempt of the same job that finds its own
// claim still there (the process died, or the database failed, between the
// hand-over and recording the outcome; River rescues such a job after
// Config.RescueStuckAfter) does not resend: it marks the row failed with
// "outcome unknown", which the outbox page shows. Another job finding the
// row claimed neither sends nor judges it: it retries later, by which time
// the owner has recorded the outcome. Likewise a lost answer to the end of the data
// (mail.Uncertain) is failed, not retried. Failures where the server
// certainly did not take the message — connection refused, TLS or login
// failure, a 4xx — are retried with River's exponential backoff up to
// Config.MaxAttempts; a 5xx refusal of the recipient or content is final.
// So: a reminder is delivered at most once; it is lost only if the process
// or network dies inside the seconds of its own SMTP conversation, and then
// the loss is recorded, not silent. Jobs waiting when the process stops —
// gracefully or not — are durable rows and are worked by the next start.
package jobs
