-- Heskem schema, SQLite dialect. Dates that are days are TEXT 'YYYY-MM-DD';
-- instants are TIMESTAMP (the driver stores and parses them as text in UTC);
-- money is INTEGER minor units beside its currency.

-- +goose Up
CREATE TABLE organizations (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    time_zone   TEXT    NOT NULL DEFAULT 'Asia/Jerusalem',
    audit_seq   INTEGER NOT NULL DEFAULT 0,
    audit_head  TEXT    NOT NULL DEFAULT '',
    created_at  TIMESTAMP NOT NULL
);

CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organizations (id),
    email       TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    role        TEXT    NOT NULL CHECK (role IN ('owner', 'member', 'viewer', 'guest')),
    lang        TEXT    NOT NULL DEFAULT 'he',
    created_at  TIMESTAMP NOT NULL
);

CREATE TABLE parties (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organizations (id),
    legal_name  TEXT    NOT NULL,
    id_kind     TEXT    NOT NULL,
    id_number   TEXT    NOT NULL,
    address     TEXT    NOT NULL DEFAULT '',
    created_at  TIMESTAMP NOT NULL,
    UNIQUE (org_id, id_kind, id_number)
);

CREATE TABLE agreements (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organizations (id),
    title           TEXT    NOT NULL,
    language        TEXT    NOT NULL CHECK (language IN ('he', 'en')),
    status          TEXT    NOT NULL,
    supplier_id     INTEGER NOT NULL REFERENCES parties (id),
    client_id       INTEGER NOT NULL REFERENCES parties (id),
    start_date      TEXT,
    end_date        TEXT,
    value_amount    INTEGER NOT NULL DEFAULT 0,
    value_currency  TEXT    NOT NULL DEFAULT 'ILS',
    owner_id        INTEGER REFERENCES users (id),
    policy          TEXT    NOT NULL DEFAULT 'israel',
    revision        INTEGER NOT NULL DEFAULT 1,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL
);
CREATE INDEX agreements_org_updated ON agreements (org_id, updated_at DESC);

CREATE TABLE agreement_versions (
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id),
    number        INTEGER NOT NULL,
    data          TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    sha256        TEXT    NOT NULL,
    note          TEXT    NOT NULL DEFAULT '',
    created_by    INTEGER REFERENCES users (id),
    created_at    TIMESTAMP NOT NULL,
    UNIQUE (agreement_id, number)
);

CREATE TABLE deliverables (
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id),
    kind          TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    description   TEXT    NOT NULL DEFAULT '',
    acceptance    TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE milestones (
    id                INTEGER PRIMARY KEY,
    agreement_id      INTEGER NOT NULL REFERENCES agreements (id),
    seq               INTEGER NOT NULL,
    title             TEXT    NOT NULL,
    due_date          TEXT,
    after_event       TEXT    NOT NULL DEFAULT '',
    after_days        INTEGER NOT NULL DEFAULT 0,
    value_amount      INTEGER NOT NULL DEFAULT 0,
    value_currency    TEXT    NOT NULL DEFAULT 'ILS',
    state             TEXT    NOT NULL DEFAULT 'pending',
    submitted_at      TIMESTAMP,
    accepted_at       TIMESTAMP,
    reject_reason     TEXT    NOT NULL DEFAULT '',
    test_period_days  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE installments (
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id),
    milestone_id  INTEGER REFERENCES milestones (id),
    seq           INTEGER NOT NULL,
    title         TEXT    NOT NULL,
    amount        INTEGER NOT NULL,
    currency      TEXT    NOT NULL,
    term          TEXT    NOT NULL,
    term_days     INTEGER NOT NULL DEFAULT 0,
    due_date      TEXT,
    invoiced_at   TIMESTAMP,
    paid_amount   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sanction_rules (
    id               INTEGER PRIMARY KEY,
    agreement_id     INTEGER NOT NULL REFERENCES agreements (id),
    kind             TEXT    NOT NULL,
    clause           TEXT    NOT NULL DEFAULT '',
    rate_percent     TEXT    NOT NULL DEFAULT '',
    fixed_amount     INTEGER NOT NULL DEFAULT 0,
    fixed_currency   TEXT    NOT NULL DEFAULT 'ILS',
    period_count     INTEGER NOT NULL,
    period_unit      TEXT    NOT NULL,
    partial_period   TEXT    NOT NULL DEFAULT 'full',
    cap_percent      TEXT    NOT NULL DEFAULT '',
    terminate_after  INTEGER NOT NULL DEFAULT 0,
    base             TEXT    NOT NULL DEFAULT 'milestone'
);

CREATE TABLE meetings (
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id),
    title         TEXT    NOT NULL,
    held_at       TIMESTAMP NOT NULL,
    summary       TEXT    NOT NULL DEFAULT '',
    author_id     INTEGER REFERENCES users (id),
    created_at    TIMESTAMP NOT NULL
);

CREATE TABLE action_items (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meetings (id),
    description  TEXT    NOT NULL,
    owner_name   TEXT    NOT NULL DEFAULT '',
    due_date     TEXT,
    done         INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE change_requests (
    id                 INTEGER PRIMARY KEY,
    agreement_id       INTEGER NOT NULL REFERENCES agreements (id),
    title              TEXT    NOT NULL,
    description        TEXT    NOT NULL DEFAULT '',
    requested_by       TEXT    NOT NULL,
    price_amount       INTEGER NOT NULL DEFAULT 0,
    price_currency     TEXT    NOT NULL DEFAULT 'ILS',
    schedule_days      INTEGER NOT NULL DEFAULT 0,
    state              TEXT    NOT NULL DEFAULT 'open',
    supplier_approved  INTEGER NOT NULL DEFAULT 0,
    client_approved    INTEGER NOT NULL DEFAULT 0,
    created_at         TIMESTAMP NOT NULL
);

CREATE TABLE messages (
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id),
    author_id     INTEGER REFERENCES users (id),
    author_name   TEXT    NOT NULL DEFAULT '',
    body          TEXT    NOT NULL,
    created_at    TIMESTAMP NOT NULL
);

CREATE TABLE contacts (
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id),
    party_id      INTEGER NOT NULL REFERENCES parties (id),
    name          TEXT    NOT NULL,
    role          TEXT    NOT NULL DEFAULT '',
    email         TEXT    NOT NULL,
    phone         TEXT    NOT NULL DEFAULT '',
    stage         TEXT    NOT NULL DEFAULT 'all',
    backup_id     INTEGER REFERENCES contacts (id),
    away          INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE audit_events (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES organizations (id),
    seq           INTEGER NOT NULL,
    agreement_id  INTEGER REFERENCES agreements (id),
    actor_id      INTEGER REFERENCES users (id),
    actor         TEXT    NOT NULL,
    action        TEXT    NOT NULL,
    detail        TEXT    NOT NULL DEFAULT '',
    at            TIMESTAMP NOT NULL,
    prev_hash     TEXT    NOT NULL,
    hash          TEXT    NOT NULL,
    UNIQUE (org_id, seq)
);

-- +goose Down
DROP TABLE audit_events;
DROP TABLE contacts;
DROP TABLE messages;
DROP TABLE change_requests;
DROP TABLE action_items;
DROP TABLE meetings;
DROP TABLE sanction_rules;
DROP TABLE installments;
DROP TABLE milestones;
DROP TABLE deliverables;
DROP TABLE agreement_versions;
DROP TABLE agreements;
DROP TABLE parties;
DROP TABLE users;
DROP TABLE organizations;
