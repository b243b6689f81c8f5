-- Secret-token iCalendar feeds. Only the SHA-256 of a token is stored.

-- +goose Up
CREATE TABLE calendar_feeds (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id        BIGINT  NOT NULL REFERENCES organizations (id),
    agreement_id  BIGINT  REFERENCES agreements (id),
    owner_id      BIGINT  REFERENCES users (id),
    label         TEXT    NOT NULL DEFAULT '',
    token_hash    TEXT    NOT NULL UNIQUE,
    created_at    TIMESTAMPTZ NOT NULL,
    revoked_at    TIMESTAMPTZ
);

-- +goose Down
DROP TABLE calendar_feeds;
