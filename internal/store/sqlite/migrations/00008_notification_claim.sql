-- Which delivery attempt set a notification to 'sending' (e.g. "job:42"),
-- so that the same job's retry after a crash can tell its own interrupted
-- attempt ("outcome unknown": not resent) from another job's delivery still
-- in progress (wait and look again).

-- +goose Up
ALTER TABLE notifications ADD COLUMN claim TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE notifications DROP COLUMN claim;
