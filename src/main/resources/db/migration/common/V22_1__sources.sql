-- Sources of captured touches (issue 15): mailboxes read over IMAP (calendar addresses to come), the
-- messages they have counted, the touches they logged and the correspondents Kith does not know yet.

-- One row per source. settings is the kind's settings as JSON (for imap: host, port, tls, user,
-- folders, start date, subjects, mode), never a credential; credentials are sealed with AES-GCM under
-- the server's key (secrets module). next_sync_at is the epoch second the background sync is due
-- (null while paused); lease_until holds the source while one node syncs it.
CREATE TABLE sources (
    account_id    TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    id            TEXT NOT NULL,
    kind          TEXT NOT NULL,
    name          TEXT NOT NULL,
    settings      TEXT NOT NULL,
    credentials   TEXT,
    paused        INTEGER NOT NULL,
    status        TEXT NOT NULL,
    last_error    TEXT,
    progress      TEXT,
    last_sync_at  TEXT,
    next_sync_at  BIGINT,
    lease_until   BIGINT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (account_id, id)
);
CREATE INDEX sources_due ON sources (next_sync_at) WHERE next_sync_at IS NOT NULL;

-- Where each folder of a mailbox was read up to: its UIDVALIDITY and the last UID read. A new
-- UIDVALIDITY means the folder's UIDs were renumbered, and it is read again from the start.
CREATE TABLE source_folders (
    account_id    TEXT NOT NULL,
    source_id     TEXT NOT NULL,
    folder        TEXT NOT NULL,
    uid_validity  BIGINT NOT NULL,
    last_uid      BIGINT NOT NULL,
    PRIMARY KEY (account_id, source_id, folder),
    FOREIGN KEY (account_id, source_id) REFERENCES sources (account_id, id) ON DELETE CASCADE
);

-- Messages already counted, by a hash of their Message-ID: the same message in two folders, two
-- sources or a re-sync counts once. Kept when a source is removed, so adding it again captures nothing
-- twice, unless what it captured is deleted with it.
CREATE TABLE source_seen (
    account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    item_key    TEXT NOT NULL,
    source_id   TEXT NOT NULL,
    PRIMARY KEY (account_id, item_key)
);
CREATE INDEX source_seen_by_source ON source_seen (account_id, source_id);

-- The touches logged: one interaction per person per thread (a hash of its first message's id) per day.
CREATE TABLE source_touches (
    account_id      TEXT NOT NULL,
    thread_key      TEXT NOT NULL,
    day             TEXT NOT NULL,
    person_id       TEXT NOT NULL,
    source_id       TEXT NOT NULL,
    interaction_id  TEXT NOT NULL,
    PRIMARY KEY (account_id, thread_key, day, person_id),
    FOREIGN KEY (account_id, person_id) REFERENCES people (account_id, id) ON DELETE CASCADE
);
CREATE INDEX source_touches_by_source ON source_touches (account_id, source_id);
-- For the foreign key: deleting a person finds their rows here without reading the table.
CREATE INDEX source_touches_by_person ON source_touches (account_id, person_id);

-- Correspondents who are nobody in Kith yet: suggestions, never people, until the user accepts one
-- (a new person), adds the address to someone, or ignores it (remembered). seen_count messages were
-- exchanged with them, sent_count of them written by the account's owner; status is open, accepted
-- or ignored.
CREATE TABLE suggestions (
    account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    email       TEXT NOT NULL,
    name        TEXT,
    seen_count  INTEGER NOT NULL,
    sent_count  INTEGER NOT NULL,
    first_day   TEXT NOT NULL,
    last_day    TEXT NOT NULL,
    status      TEXT NOT NULL,
    person_id   TEXT,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (account_id, id),
    UNIQUE (account_id, email)
);
CREATE INDEX suggestions_open ON suggestions (account_id, status, seen_count);

-- The threads and days a suggestion was seen in, so accepting it logs those touches then.
CREATE TABLE suggestion_touches (
    account_id     TEXT NOT NULL,
    suggestion_id  TEXT NOT NULL,
    thread_key     TEXT NOT NULL,
    day            TEXT NOT NULL,
    source_id      TEXT NOT NULL,
    kind           TEXT NOT NULL,
    messages       INTEGER NOT NULL,
    sent           INTEGER NOT NULL,
    PRIMARY KEY (account_id, suggestion_id, thread_key, day),
    FOREIGN KEY (account_id, suggestion_id) REFERENCES suggestions (account_id, id) ON DELETE CASCADE
);
CREATE INDEX suggestion_touches_by_source ON suggestion_touches (account_id, source_id);
