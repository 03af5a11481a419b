-- The network overview and graph kept per account and day (issue 18): drawing them reads every tracked
-- person's touches. A write to what they are drawn from gives the account a new revision in the same
-- transaction, from the server or the CLI alike; a picture kept for another revision or day is drawn again.
CREATE TABLE insight_revisions (
    account_id  TEXT NOT NULL PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    revision    TEXT NOT NULL
);
CREATE TABLE insight_pictures (
    account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    picture     TEXT NOT NULL,
    day         TEXT NOT NULL,
    revision    TEXT NOT NULL,
    body        TEXT NOT NULL,
    PRIMARY KEY (account_id, picture)
);
