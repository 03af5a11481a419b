-- The relationship calendar, yearly conferences and handwritten notes (issue 6).
-- Birthdays are not stored here: they are derived from people.birthday_* when read.

-- A dated calendar entry. A timed entry keeps its instants in UTC (starts_at, ends_at) and its
-- wall-clock day in starts_on; an all-day entry has only the days (ends_on inclusive).
-- A repeating entry has repeat_freq/interval and at most one of repeat_until (inclusive) and
-- repeat_count; repeat_last is the last day it can occur on (from either), for range queries.
CREATE TABLE events (
    account_id        TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    id                TEXT NOT NULL,
    kind              TEXT NOT NULL,
    title             TEXT NOT NULL,
    starts_on         TEXT NOT NULL,
    ends_on           TEXT,
    starts_at         TEXT,
    ends_at           TEXT,
    location          TEXT,
    notes             TEXT,
    invitation        TEXT,
    rsvp              TEXT,
    repeat_freq       TEXT,
    repeat_interval   INTEGER,
    repeat_until      TEXT,
    repeat_count      INTEGER,
    repeat_last       TEXT,
    congratulated_on  TEXT,
    source_uid        TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    PRIMARY KEY (account_id, id)
);
CREATE INDEX events_by_day ON events (account_id, starts_on);
CREATE INDEX events_spanning ON events (account_id, ends_on) WHERE ends_on IS NOT NULL;
CREATE INDEX events_repeating ON events (account_id, repeat_freq, starts_on) WHERE repeat_freq IS NOT NULL;
CREATE INDEX events_open ON events (account_id, kind, rsvp, congratulated_on);
CREATE UNIQUE INDEX events_by_source ON events (account_id, source_uid) WHERE source_uid IS NOT NULL;

-- People an event is about or with; role 'inviter' marks who invited you.
CREATE TABLE event_people (
    account_id  TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    person_id   TEXT NOT NULL,
    role        TEXT NOT NULL,
    PRIMARY KEY (account_id, event_id, person_id),
    FOREIGN KEY (account_id, event_id) REFERENCES events (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, person_id) REFERENCES people (account_id, id) ON DELETE CASCADE
);
CREATE INDEX event_people_by_person ON event_people (account_id, person_id);

-- The calendar feed's secret, stored hashed like API tokens; rotating replaces the row.
CREATE TABLE calendar_feeds (
    account_id   TEXT NOT NULL PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    secret_hash  TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL
);

CREATE TABLE conference_series (
    account_id   TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    id           TEXT NOT NULL,
    name         TEXT NOT NULL,
    name_key     TEXT NOT NULL,
    organizer    TEXT,
    usual_month  INTEGER,
    website      TEXT,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (account_id, id),
    UNIQUE (account_id, name_key)
);

CREATE TABLE conference_editions (
    account_id  TEXT NOT NULL,
    id          TEXT NOT NULL,
    series_id   TEXT NOT NULL,
    year        INTEGER NOT NULL,
    starts_on   TEXT,
    ends_on     TEXT,
    city        TEXT,
    PRIMARY KEY (account_id, id),
    UNIQUE (account_id, series_id, year),
    FOREIGN KEY (account_id, series_id) REFERENCES conference_series (account_id, id) ON DELETE CASCADE
);
CREATE INDEX conference_editions_by_day ON conference_editions (account_id, starts_on);

-- Who goes or went to an edition: self (the account's own person) and people.
CREATE TABLE conference_attendance (
    account_id  TEXT NOT NULL,
    edition_id  TEXT NOT NULL,
    person_id   TEXT NOT NULL,
    status      TEXT NOT NULL,
    PRIMARY KEY (account_id, edition_id, person_id),
    FOREIGN KEY (account_id, edition_id) REFERENCES conference_editions (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, person_id) REFERENCES people (account_id, id) ON DELETE CASCADE
);
CREATE INDEX conference_attendance_by_person ON conference_attendance (account_id, person_id);

-- "Met at": an interaction that happened at an edition.
CREATE TABLE conference_meetings (
    account_id      TEXT NOT NULL,
    interaction_id  TEXT NOT NULL,
    edition_id      TEXT NOT NULL,
    PRIMARY KEY (account_id, interaction_id),
    FOREIGN KEY (account_id, interaction_id) REFERENCES interactions (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, edition_id) REFERENCES conference_editions (account_id, id) ON DELETE CASCADE
);
CREATE INDEX conference_meetings_by_edition ON conference_meetings (account_id, edition_id);

-- A handwritten note to write. The postal address is the person's, read when the card is printed.
CREATE TABLE note_cards (
    account_id      TEXT NOT NULL,
    id              TEXT NOT NULL,
    person_id       TEXT NOT NULL,
    occasion        TEXT NOT NULL,
    write_by        TEXT,
    message         TEXT,
    status          TEXT NOT NULL,
    written_on      TEXT,
    mailed_on       TEXT,
    interaction_id  TEXT,
    created_at      TEXT NOT NULL,
    PRIMARY KEY (account_id, id),
    FOREIGN KEY (account_id, person_id) REFERENCES people (account_id, id) ON DELETE CASCADE
);
CREATE INDEX note_cards_by_status ON note_cards (account_id, status, write_by);
CREATE INDEX note_cards_by_person ON note_cards (account_id, person_id);
