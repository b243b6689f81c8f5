-- Terms of the agreement that its running depends on:
-- payer_type is the client's category under the Payment to Suppliers Law
-- (business, state, public_body, local_authority or consumer), which sets
-- the longest payment term; agreements made before this column existed are
-- businesses, the law's default case and what Heskem assumed.
-- renewal_* is automatic renewal: each period runs renewal_months more
-- unless a party gives notice renewal_notice_count renewal_notice_unit
-- before its end (0 months: the agreement ends on its end date).

-- +goose Up
ALTER TABLE agreements ADD COLUMN payer_type TEXT NOT NULL DEFAULT 'business';
ALTER TABLE agreements ADD COLUMN renewal_months INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agreements ADD COLUMN renewal_notice_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agreements ADD COLUMN renewal_notice_unit TEXT NOT NULL DEFAULT '';
-- The dashboard reads the agreements that renew for their notice deadlines.
CREATE INDEX agreements_renewing ON agreements (org_id) WHERE renewal_months > 0;

-- +goose Down
DROP INDEX agreements_renewing;
ALTER TABLE agreements DROP COLUMN renewal_notice_unit;
ALTER TABLE agreements DROP COLUMN renewal_notice_count;
ALTER TABLE agreements DROP COLUMN renewal_months;
ALTER TABLE agreements DROP COLUMN payer_type;
