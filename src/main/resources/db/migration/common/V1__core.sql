-- Kith core model. Every table carries account_id, every primary and foreign key includes it,
-- so no row can reference another account's data and the schema can be distributed by account.
-- Dates are ISO-8601 text (YYYY-MM-DD), instants ISO-8601 UTC text, so both vendors sort them alike.
-- The people search index, which differs by vendor, follows in V1_1.

CREATE TABLE accounts (
    id              TEXT PRIMARY KEY,
    email           TEXT NOT NULL,
    email_key       TEXT NOT NULL UNIQUE,
    password_hash   TEXT,
    self_person_id  TEXT,
    created_at      TEXT NOT NULL
);

CREATE TABLE people (
    account_id           TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    id                   TEXT NOT NULL,
    display_name         TEXT NOT NULL,
    name_key             TEXT NOT NULL,
    nickname             TEXT,
    birthday_year        INTEGER,
    birthday_month       INTEGER,
    birthday_day         INTEGER,
    how_met              TEXT,
    circle               TEXT NOT NULL DEFAULT 'none',
    cadence_days         INTEGER,
    relationship_kind    TEXT NOT NULL DEFAULT 'friendship',
    trust_stage          TEXT NOT NULL DEFAULT 'new',
    partnership_stage    TEXT,
    partnership_case     TEXT,
    bridge_status        TEXT NOT NULL DEFAULT 'ok',
    notes                TEXT,
    is_self              INTEGER NOT NULL DEFAULT 0,
    search_doc           TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    PRIMARY KEY (account_id, id)
);
CREATE INDEX people_by_name ON people (account_id, name_key);
CREATE UNIQUE INDEX people_one_self ON people (account_id) WHERE is_self = 1;

CREATE TABLE contact_points (
    account_id  TEXT NOT NULL,
    id          TEXT NOT NULL,
    person_id   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    value       TEXT NOT NULL,
    normalized  TEXT NOT NULL,
    label       TEXT,
    position    INTEGER NOT NULL,
    PRIMARY KEY (account_id, id),
    FOREIGN KEY (account_id, person_id) REFERENCES people (account_id, id) ON DELETE CASCADE
);
CREATE INDEX contact_points_by_person ON contact_points (account_id, person_id);
CREATE INDEX contact_points_by_value ON contact_points (account_id, kind, normalized);

CREATE TABLE addresses (
    account_id   TEXT NOT NULL,
    id           TEXT NOT NULL,
    person_id    TEXT NOT NULL,
    label        TEXT,
    street       TEXT,
    locality     TEXT,
    region       TEXT,
    postal_code  TEXT,
    country      TEXT,
    position     INTEGER NOT NULL,
    PRIMARY KEY (account_id, id),
    FOREIGN KEY (account_id, person_id) REFERENCES people (account_id, id) ON DELETE CASCADE
);
CREATE INDEX addresses_by_person ON addresses (account_id, person_id);

CREATE TABLE tags (
    account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    PRIMARY KEY (account_id, id),
    UNIQUE (account_id, name_key)
);

CREATE TABLE person_tags (
    account_id  TEXT NOT NULL,
    person_id   TEXT NOT NULL,
    tag_id      TEXT NOT NULL,
    PRIMARY KEY (account_id, person_id, tag_id),
    FOREIGN KEY (account_id, person_id) REFERENCES people (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, tag_id) REFERENCES tags (account_id, id) ON DELETE CASCADE
);
CREATE INDEX person_tags_by_tag ON person_tags (account_id, tag_id, person_id);

CREATE TABLE organizations (
    account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    website     TEXT,
    notes       TEXT,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (account_id, id),
    UNIQUE (account_id, kind, name_key)
);

CREATE TABLE affiliations (
    account_id       TEXT NOT NULL,
    id               TEXT NOT NULL,
    person_id        TEXT NOT NULL,
    organization_id  TEXT NOT NULL,
    role             TEXT NOT NULL,
    title            TEXT,
    start_year       INTEGER,
    start_date       TEXT,
    end_year         INTEGER,
    end_date         TEXT,
    created_at       TEXT NOT NULL,
    PRIMARY KEY (account_id, id),
    FOREIGN KEY (account_id, person_id) REFERENCES people (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, organization_id) REFERENCES organizations (account_id, id) ON DELETE CASCADE
);
CREATE INDEX affiliations_by_person ON affiliations (account_id, person_id);
CREATE INDEX affiliations_by_organization ON affiliations (account_id, organization_id);

CREATE TABLE interactions (
    account_id   TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    id           TEXT NOT NULL,
    kind         TEXT NOT NULL,
    occurred_on  TEXT NOT NULL,
    direction    TEXT NOT NULL,
    notes        TEXT,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (account_id, id)
);
CREATE INDEX interactions_by_date ON interactions (account_id, occurred_on);

-- occurred_on is repeated here so "a person's latest interactions" is one index range scan.
CREATE TABLE interaction_participants (
    account_id      TEXT NOT NULL,
    interaction_id  TEXT NOT NULL,
    person_id       TEXT NOT NULL,
    occurred_on     TEXT NOT NULL,
    PRIMARY KEY (account_id, interaction_id, person_id),
    FOREIGN KEY (account_id, interaction_id) REFERENCES interactions (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, person_id) REFERENCES people (account_id, id) ON DELETE CASCADE
);
CREATE INDEX participants_by_person ON interaction_participants (account_id, person_id, occurred_on, interaction_id);

CREATE TABLE connections (
    account_id  TEXT NOT NULL,
    id          TEXT NOT NULL,
    person_a    TEXT NOT NULL,
    person_b    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    strength    INTEGER NOT NULL,
    note        TEXT,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (account_id, id),
    UNIQUE (account_id, person_a, person_b, kind),
    FOREIGN KEY (account_id, person_a) REFERENCES people (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, person_b) REFERENCES people (account_id, id) ON DELETE CASCADE
);
CREATE INDEX connections_by_b ON connections (account_id, person_b);

CREATE TABLE api_tokens (
    account_id    TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    id            TEXT NOT NULL,
    name          TEXT NOT NULL,
    token_hash    TEXT NOT NULL UNIQUE,
    created_at    TEXT NOT NULL,
    last_used_at  TEXT,
    revoked_at    TEXT,
    PRIMARY KEY (account_id, id)
);
