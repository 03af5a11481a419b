-- Calendar sources (issue 15): an iCalendar address read over HTTP. Its address is sealed in
-- sources.credentials like a mailbox's password; these tables keep what a read leaves behind.

-- The validators of the last full read, sent back so that a calendar that did not change answers 304
-- and is not read again; read_at is when the calendar was last read in full.
CREATE TABLE source_calendars (
    account_id     TEXT NOT NULL,
    source_id      TEXT NOT NULL,
    etag           TEXT,
    last_modified  TEXT,
    read_at        TEXT NOT NULL,
    PRIMARY KEY (account_id, source_id),
    FOREIGN KEY (account_id, source_id) REFERENCES sources (account_id, id) ON DELETE CASCADE
);

-- The calendar's meetings of the next days with someone other than its owner, as of its last full
-- read: meeting prep shows them, and each is captured once it has ended, even when the calendar then
-- answers 304. item_key and thread_key are what its capture is counted and logged by; starts_at and
-- ends_at are epoch seconds; emails are the others' addresses, one a line; by_owner is 1 when the
-- owner organized it (its unknown attendees are then suggested, as people the owner wrote to are).
CREATE TABLE source_meetings (
    account_id  TEXT NOT NULL,
    source_id   TEXT NOT NULL,
    item_key    TEXT NOT NULL,
    thread_key  TEXT NOT NULL,
    starts_at   BIGINT NOT NULL,
    ends_at     BIGINT NOT NULL,
    all_day     INTEGER NOT NULL,
    day         TEXT NOT NULL,
    title       TEXT,
    emails      TEXT NOT NULL,
    by_owner    INTEGER NOT NULL,
    PRIMARY KEY (account_id, source_id, item_key),
    FOREIGN KEY (account_id, source_id) REFERENCES sources (account_id, id) ON DELETE CASCADE
);
CREATE INDEX source_meetings_by_start ON source_meetings (account_id, starts_at);
