-- Partial indexes for the dashboard: it looks only at milestones not yet
-- accepted and installments not yet paid, a small part of a workspace's
-- history, so it should never scan the rest.

-- +goose Up
CREATE INDEX milestones_open_due ON milestones (due_date, agreement_id) WHERE state <> 'accepted';
CREATE INDEX milestones_open_after_event ON milestones (agreement_id) WHERE state <> 'accepted' AND after_event <> '';
CREATE INDEX installments_unpaid ON installments (term, due_date, agreement_id) WHERE paid_amount < amount;
CREATE INDEX sanction_rules_agreement ON sanction_rules (agreement_id);
CREATE INDEX agreements_org_status ON agreements (org_id, status);
CREATE INDEX change_requests_open ON change_requests (agreement_id) WHERE state = 'open';

-- +goose Down
DROP INDEX change_requests_open;
DROP INDEX agreements_org_status;
DROP INDEX sanction_rules_agreement;
DROP INDEX installments_unpaid;
DROP INDEX milestones_open_after_event;
DROP INDEX milestones_open_due;
