-- Secret-token iCalendar feeds. Only the SHA-256 of a token is stored.

-- +goose Up
CREATE TABLE calendar_feeds (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES organizations (id),
    agreement_id  INTEGER REFERENCES agreements (id),
    owner_id      INTEGER REFERENCES users (id),
    label         TEXT    NOT NULL DEFAULT '',
    token_hash    TEXT    NOT NULL UNIQUE,
    created_at    TIMESTAMP NOT NULL,
    revoked_at    TIMESTAMP
);

-- +goose Down
DROP TABLE calendar_feeds;
