-- Reminders that arrive (issue 14): the Today digest by email and webhook, on each account's schedule.

-- One schedule per account; no row means the user was never asked (the digest is off until they say yes).
-- Times are the user's: hour (0-23) in the IANA zone; next_due_at is the epoch second the next digest
-- is due (null while off), so the scheduler's minute tick is one probe of a small partial index.
CREATE TABLE digest_schedules (
    account_id   TEXT NOT NULL PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    enabled      INTEGER NOT NULL,
    frequency    TEXT NOT NULL,
    day_of_week  TEXT NOT NULL,
    hour         INTEGER NOT NULL,
    zone         TEXT NOT NULL,
    email        INTEGER NOT NULL,
    webhook_url  TEXT,
    next_due_at  BIGINT,
    updated_at   TEXT NOT NULL
);
CREATE INDEX digest_schedules_due ON digest_schedules (next_due_at) WHERE next_due_at IS NOT NULL;

-- The delivery log, and the claim that makes a send happen once on any number of nodes: a row is
-- inserted before sending, and the unique key lets only one node insert it. status is sending,
-- sent, failed or skipped-empty; next_attempt_at is when a failed delivery is retried, or when a
-- send still marked sending is known to have been cut off (null when nothing more will happen).
CREATE TABLE digest_deliveries (
    account_id       TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    id               TEXT NOT NULL,
    channel          TEXT NOT NULL,
    digest_date      TEXT NOT NULL,
    status           TEXT NOT NULL,
    attempts         INTEGER NOT NULL,
    last_error       TEXT,
    answer           TEXT,
    next_attempt_at  BIGINT,
    updated_at       TEXT NOT NULL,
    PRIMARY KEY (account_id, id),
    UNIQUE (account_id, channel, digest_date)
);
CREATE INDEX digest_deliveries_recent ON digest_deliveries (account_id, digest_date);
CREATE INDEX digest_deliveries_next ON digest_deliveries (next_attempt_at) WHERE next_attempt_at IS NOT NULL;

-- ShedLock's table (its documented layout): which node runs the digest tick this minute.
CREATE TABLE shedlock (
    name        VARCHAR(64) NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP NOT NULL,
    locked_at   TIMESTAMP NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);

-- Server-wide secrets made once and shared by every node, such as the key that signs the links in
-- digests when the operator has not set KITH_SECRET_KEY. Not account data: never exported.
CREATE TABLE server_secrets (
    name        TEXT NOT NULL PRIMARY KEY,
    secret      TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
