-- Calendar sync-collection and tombstone pruning (issue 16, module dav).

-- What each calendar's objects looked like when a client last asked: a name, the ETag it had, and
-- the change number (dav_sync) at which it last changed, or became a tombstone (deleted = 1, at
-- deleted_at, epoch milliseconds). Calendars are derived from events and people, so this is brought
-- up to date when a client asks, and "what changed since" is every row whose number is above it.
CREATE TABLE dav_calendar_objects (
    account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    calendar    TEXT NOT NULL,
    name        TEXT NOT NULL,
    etag        TEXT NOT NULL,
    seq         BIGINT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    deleted_at  BIGINT,
    PRIMARY KEY (account_id, calendar, name)
);
CREATE INDEX dav_calendar_objects_by_seq ON dav_calendar_objects (account_id, calendar, seq);

-- Tombstones are kept for a while, then pruned; a sync token from before the newest pruned one is
-- refused (403 valid-sync-token) and the client syncs again from the start, losing nothing.
ALTER TABLE dav_cards ADD COLUMN deleted_at BIGINT;
ALTER TABLE dav_sync ADD COLUMN pruned_to BIGINT NOT NULL DEFAULT 0;
