-- Drafts of the four-step wizard: the agreement-as-data text being written.

-- +goose Up
CREATE TABLE drafts (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id        BIGINT  NOT NULL REFERENCES organizations (id),
    title         TEXT    NOT NULL,
    language      TEXT    NOT NULL CHECK (language IN ('he', 'en')),
    yaml          TEXT    NOT NULL,
    agreement_id  BIGINT  REFERENCES agreements (id),
    revision      BIGINT  NOT NULL DEFAULT 1,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX drafts_org_updated ON drafts (org_id, updated_at);

-- +goose Down
DROP TABLE drafts;
