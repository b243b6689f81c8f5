-- Heskem schema, PostgreSQL dialect. Dates that are days are DATE;
-- instants are TIMESTAMPTZ (microseconds, stored in UTC);
-- money is BIGINT minor units beside its currency.

-- +goose Up
CREATE TABLE organizations (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        TEXT    NOT NULL,
    time_zone   TEXT    NOT NULL DEFAULT 'Asia/Jerusalem',
    audit_seq   BIGINT NOT NULL DEFAULT 0,
    audit_head  TEXT    NOT NULL DEFAULT '',
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE users (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES organizations (id),
    email       TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    role        TEXT    NOT NULL CHECK (role IN ('owner', 'member', 'viewer', 'guest')),
    lang        TEXT    NOT NULL DEFAULT 'he',
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE parties (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES organizations (id),
    legal_name  TEXT    NOT NULL,
    id_kind     TEXT    NOT NULL,
    id_number   TEXT    NOT NULL,
    address     TEXT    NOT NULL DEFAULT '',
    created_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (org_id, id_kind, id_number)
);

CREATE TABLE agreements (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id          BIGINT NOT NULL REFERENCES organizations (id),
    title           TEXT    NOT NULL,
    language        TEXT    NOT NULL CHECK (language IN ('he', 'en')),
    status          TEXT    NOT NULL,
    supplier_id     BIGINT NOT NULL REFERENCES parties (id),
    client_id       BIGINT NOT NULL REFERENCES parties (id),
    start_date      DATE,
    end_date        DATE,
    value_amount    BIGINT NOT NULL DEFAULT 0,
    value_currency  TEXT    NOT NULL DEFAULT 'ILS',
    owner_id        BIGINT REFERENCES users (id),
    policy          TEXT    NOT NULL DEFAULT 'israel',
    revision        BIGINT NOT NULL DEFAULT 1,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX agreements_org_updated ON agreements (org_id, updated_at DESC);

CREATE TABLE agreement_versions (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agreement_id  BIGINT NOT NULL REFERENCES agreements (id),
    number        BIGINT NOT NULL,
    data          TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    sha256        TEXT    NOT NULL,
    note          TEXT    NOT NULL DEFAULT '',
    created_by    BIGINT REFERENCES users (id),
    created_at    TIMESTAMPTZ NOT NULL,
    UNIQUE (agreement_id, number)
);

CREATE TABLE deliverables (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agreement_id  BIGINT NOT NULL REFERENCES agreements (id),
    kind          TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    description   TEXT    NOT NULL DEFAULT '',
    acceptance    TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE milestones (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agreement_id      BIGINT NOT NULL REFERENCES agreements (id),
    seq               BIGINT NOT NULL,
    title             TEXT    NOT NULL,
    due_date          DATE,
    after_event       TEXT    NOT NULL DEFAULT '',
    after_days        BIGINT NOT NULL DEFAULT 0,
    value_amount      BIGINT NOT NULL DEFAULT 0,
    value_currency    TEXT    NOT NULL DEFAULT 'ILS',
    state             TEXT    NOT NULL DEFAULT 'pending',
    submitted_at      TIMESTAMPTZ,
    accepted_at       TIMESTAMPTZ,
    reject_reason     TEXT    NOT NULL DEFAULT '',
    test_period_days  BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE installments (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agreement_id  BIGINT NOT NULL REFERENCES agreements (id),
    milestone_id  BIGINT REFERENCES milestones (id),
    seq           BIGINT NOT NULL,
    title         TEXT    NOT NULL,
    amount        BIGINT NOT NULL,
    currency      TEXT    NOT NULL,
    term          TEXT    NOT NULL,
    term_days     BIGINT NOT NULL DEFAULT 0,
    due_date      DATE,
    invoiced_at   TIMESTAMPTZ,
    paid_amount   BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE sanction_rules (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agreement_id     BIGINT NOT NULL REFERENCES agreements (id),
    kind             TEXT    NOT NULL,
    clause           TEXT    NOT NULL DEFAULT '',
    rate_percent     TEXT    NOT NULL DEFAULT '',
    fixed_amount     BIGINT NOT NULL DEFAULT 0,
    fixed_currency   TEXT    NOT NULL DEFAULT 'ILS',
    period_count     BIGINT NOT NULL,
    period_unit      TEXT    NOT NULL,
    partial_period   TEXT    NOT NULL DEFAULT 'full',
    cap_percent      TEXT    NOT NULL DEFAULT '',
    terminate_after  BIGINT NOT NULL DEFAULT 0,
    base             TEXT    NOT NULL DEFAULT 'milestone'
);

CREATE TABLE meetings (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agreement_id  BIGINT NOT NULL REFERENCES agreements (id),
    title         TEXT    NOT NULL,
    held_at       TIMESTAMPTZ NOT NULL,
    summary       TEXT    NOT NULL DEFAULT '',
    author_id     BIGINT REFERENCES users (id),
    created_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE action_items (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id   BIGINT NOT NULL REFERENCES meetings (id),
    description  TEXT    NOT NULL,
    owner_name   TEXT    NOT NULL DEFAULT '',
    due_date     DATE,
    done         BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE change_requests (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agreement_id       BIGINT NOT NULL REFERENCES agreements (id),
    title              TEXT    NOT NULL,
    description        TEXT    NOT NULL DEFAULT '',
    requested_by       TEXT    NOT NULL,
    price_amount       BIGINT NOT NULL DEFAULT 0,
    price_currency     TEXT    NOT NULL DEFAULT 'ILS',
    schedule_days      BIGINT NOT NULL DEFAULT 0,
    state              TEXT    NOT NULL DEFAULT 'open',
    supplier_approved  BOOLEAN NOT NULL DEFAULT FALSE,
    client_approved    BOOLEAN NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMPTZ NOT NULL
);

CREATE TABLE messages (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agreement_id  BIGINT NOT NULL REFERENCES agreements (id),
    author_id     BIGINT REFERENCES users (id),
    author_name   TEXT    NOT NULL DEFAULT '',
    body          TEXT    NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE contacts (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agreement_id  BIGINT NOT NULL REFERENCES agreements (id),
    party_id      BIGINT NOT NULL REFERENCES parties (id),
    name          TEXT    NOT NULL,
    role          TEXT    NOT NULL DEFAULT '',
    email         TEXT    NOT NULL,
    phone         TEXT    NOT NULL DEFAULT '',
    stage         TEXT    NOT NULL DEFAULT 'all',
    backup_id     BIGINT REFERENCES contacts (id),
    away          BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE audit_events (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id        BIGINT NOT NULL REFERENCES organizations (id),
    seq           BIGINT NOT NULL,
    agreement_id  BIGINT REFERENCES agreements (id),
    actor_id      BIGINT REFERENCES users (id),
    actor         TEXT    NOT NULL,
    action        TEXT    NOT NULL,
    detail        TEXT    NOT NULL DEFAULT '',
    at            TIMESTAMPTZ NOT NULL,
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
