-- The client's category under the Payment to Suppliers Law (business,
-- state, public_body, local_authority or consumer): it sets the longest
-- payment term the agreement may use. Agreements made before this column
-- existed are businesses, the law's default case and what Heskem assumed.

-- +goose Up
ALTER TABLE agreements ADD COLUMN payer_type TEXT NOT NULL DEFAULT 'business';

-- +goose Down
ALTER TABLE agreements DROP COLUMN payer_type;
