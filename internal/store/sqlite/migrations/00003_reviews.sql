-- Stored evaluation reports, optionally attached to an agreement. The
-- report is the engine's JSON exactly as produced (heskem.review/v1).

-- +goose Up
CREATE TABLE reviews (
    id             INTEGER PRIMARY KEY,
    org_id         INTEGER NOT NULL REFERENCES organizations (id),
    agreement_id   INTEGER REFERENCES agreements (id),
    document_name  TEXT    NOT NULL,
    language       TEXT    NOT NULL,
    sha256         TEXT    NOT NULL,
    score          INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    verdict        TEXT    NOT NULL,
    report         TEXT    NOT NULL,
    created_by     INTEGER REFERENCES users (id),
    created_at     TIMESTAMP NOT NULL
);
CREATE INDEX reviews_org_agreement ON reviews (org_id, agreement_id, created_at);

-- +goose Down
DROP TABLE reviews;
