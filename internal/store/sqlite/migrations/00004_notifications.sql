-- Emails Heskem sends (reminders, daily digests) and the local outbox that
-- holds them when no SMTP server is configured. The dedupe key names the
-- occasion of a message and is unique per organization, so the database
-- refuses a second message for the same occasion whatever the job system
-- does. status 'sending' is written before a message is handed to the SMTP
-- server: a row still in it after a crash means "outcome unknown".

-- +goose Up
CREATE TABLE notifications (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organizations (id),
    dedupe_key      TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    recipient       TEXT    NOT NULL,
    cc              TEXT    NOT NULL DEFAULT '',
    subject         TEXT    NOT NULL,
    body_text       TEXT    NOT NULL,
    body_html       TEXT    NOT NULL DEFAULT '',
    lang            TEXT    NOT NULL CHECK (lang IN ('he', 'en')),
    status          TEXT    NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'outbox', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT    NOT NULL DEFAULT '',
    agreement_id    INTEGER REFERENCES agreements (id),
    milestone_id    INTEGER REFERENCES milestones (id),
    installment_id  INTEGER REFERENCES installments (id),
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    sent_at         TIMESTAMP,
    UNIQUE (org_id, dedupe_key)
);
CREATE INDEX notifications_org_status ON notifications (org_id, status, created_at);
CREATE INDEX notifications_agreement ON notifications (agreement_id, created_at);

-- +goose Down
DROP TABLE notifications;
