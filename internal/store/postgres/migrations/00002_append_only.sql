-- Versions and audit events are records: once written they never change.
-- The application never updates them; these triggers make the database
-- refuse it too, so a bug or a hand-run UPDATE cannot rewrite history.
-- Also indexes for the lists the workspace shows on every agreement page.

-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION heskem_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION heskem_refuse_change();
CREATE TRIGGER agreement_versions_append_only BEFORE UPDATE OR DELETE ON agreement_versions
    FOR EACH ROW EXECUTE FUNCTION heskem_refuse_change();
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
DROP TRIGGER agreement_versions_append_only ON agreement_versions;
DROP TRIGGER audit_events_append_only ON audit_events;
DROP FUNCTION heskem_refuse_change();
