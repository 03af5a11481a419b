-- Touches captured by themselves (issue 15): an interaction a source captured (a mailbox) carries the
-- source's id, so it shows as such and "remove and delete what it captured" finds it; null for
-- everything logged by hand or imported. No foreign key: the interactions module owns this table, and
-- a captured interaction may outlive its source (remove keeps what it captured unless asked otherwise).
ALTER TABLE interactions ADD COLUMN source_id TEXT;
CREATE INDEX interactions_by_source ON interactions (account_id, source_id) WHERE source_id IS NOT NULL;
