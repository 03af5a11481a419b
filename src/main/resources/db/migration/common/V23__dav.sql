-- Phones and desktop apps in sync (issue 16, module dav): CardDAV and CalDAV.

-- Each account's change counter. Every change to a card takes the next number inside its writing
-- transaction (the row lock orders the writers), so a sync token is a number and "what changed since"
-- is every card whose number is above it.
CREATE TABLE dav_sync (
    account_id  TEXT NOT NULL PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    seq         BIGINT NOT NULL
);

-- One address book resource per person, and a tombstone (deleted = 1) once the person is gone, so a
-- client's next sync hears of the deletion. href is the resource's name in the address book, kept
-- forever once a client chose it (people made in Kith get their id); uid is the card's UID, the
-- client's or the person's id. seq is the change number of the card's last change: its ETag. card
-- is the client's last card as it sent it, less the photo Kith keeps, so what Kith does not model
-- is served back as it came.
CREATE TABLE dav_cards (
    account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    person_id   TEXT NOT NULL,
    href        TEXT NOT NULL,
    uid         TEXT NOT NULL,
    seq         BIGINT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    card        TEXT,
    PRIMARY KEY (account_id, person_id)
);
CREATE UNIQUE INDEX dav_cards_by_href ON dav_cards (account_id, href) WHERE deleted = 0;
CREATE UNIQUE INDEX dav_cards_by_uid ON dav_cards (account_id, uid) WHERE deleted = 0;
CREATE INDEX dav_cards_by_seq ON dav_cards (account_id, seq);

-- Events a CalDAV client created under a name of its own choosing: the name is kept as long as the
-- event lives (events made in Kith are named by their id). A row whose event is gone is stale.
CREATE TABLE dav_events (
    account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    event_id    TEXT NOT NULL,
    href        TEXT NOT NULL,
    PRIMARY KEY (account_id, event_id),
    UNIQUE (account_id, href)
);

-- Everyone already in Kith gets their card, at change number 0.
INSERT INTO dav_cards (account_id, person_id, href, uid, seq, deleted)
SELECT account_id, id, id || '.vcf', id, 0, 0 FROM people;
