-- Drafts of the four-step wizard: the agreement-as-data text being written.

-- +goose Up
CREATE TABLE drafts (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES organizations (id),
    title         TEXT    NOT NULL,
    language      TEXT    NOT NULL CHECK (language IN ('he', 'en')),
    yaml          TEXT    NOT NULL,
    agreement_id  INTEGER REFERENCES agreements (id),
    revision      INTEGER NOT NULL DEFAULT 1,
    created_at    TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL
);
CREATE INDEX drafts_org_updated ON drafts (org_id, updated_at);

-- +goose Down
DROP TABLE drafts;
