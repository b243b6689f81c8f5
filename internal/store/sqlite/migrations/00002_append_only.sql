-- Versions and audit events are records: once written they never change.
-- The application never updates them; these triggers make the database
-- refuse it too, so a bug or a hand-run UPDATE cannot rewrite history.
-- Also indexes for the lists the workspace shows on every agreement page.

-- +goose Up
-- +goose StatementBegin
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER agreement_versions_no_update BEFORE UPDATE ON agreement_versions
BEGIN SELECT RAISE(ABORT, 'agreement versions are immutable'); END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER agreement_versions_no_delete BEFORE DELETE ON agreement_versions
BEGIN SELECT RAISE(ABORT, 'agreement versions are immutable'); END;
-- +goose StatementEnd
CREATE INDEX milestones_agreement ON milestones (agreement_id, seq);
CREATE INDEX installments_agreement ON installments (agreement_id, seq);
CREATE INDEX contacts_agreement ON contacts (agreement_id);
CREATE INDEX messages_agreement ON messages (agreement_id, id);
CREATE INDEX meetings_agreement ON meetings (agreement_id, held_at);

-- +goose Down
DROP INDEX meetings_agreement;
DROP INDEX messages_agreement;
DROP INDEX contacts_agreement;
DROP INDEX installments_agreement;
DROP INDEX milestones_agreement;
DROP TRIGGER agreement_versions_no_delete;
DROP TRIGGER agreement_versions_no_update;
DROP TRIGGER audit_events_no_delete;
DROP TRIGGER audit_events_no_update;
