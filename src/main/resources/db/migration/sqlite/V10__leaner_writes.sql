-- Fewer b-trees to write per imported person (issue 5 target: a 30,000-row LinkedIn import in < 3 s).
--
-- Contact points are read by person and found by value, never by their own id: stored WITHOUT ROWID
-- and clustered by (account, person), the table itself serves the reads by person, and one index
-- (which carries the person) serves matching. Two b-trees per row instead of four.
CREATE TABLE contact_points_clustered (
    account_id  TEXT NOT NULL,
    id          TEXT NOT NULL,
    person_id   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    value       TEXT NOT NULL,
    normalized  TEXT NOT NULL,
    label       TEXT,
    position    INTEGER NOT NULL,
    PRIMARY KEY (account_id, person_id, id),
    FOREIGN KEY (account_id, person_id) REFERENCES people (account_id, id) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO contact_points_clustered (account_id, id, person_id, kind, value, normalized, label, position)
    SELECT account_id, id, person_id, kind, value, normalized, label, position FROM contact_points;
DROP TABLE contact_points;
ALTER TABLE contact_points_clustered RENAME TO contact_points;
CREATE INDEX contact_points_by_value ON contact_points (account_id, kind, normalized);

-- Participants: WITHOUT ROWID, and one index by person in place of two that differed in their last
-- column (a WITHOUT ROWID index carries the primary key, so the interaction is in it too).
CREATE TABLE participants_clustered (
    account_id      TEXT NOT NULL,
    interaction_id  TEXT NOT NULL,
    person_id       TEXT NOT NULL,
    occurred_on     TEXT NOT NULL,
    direction       TEXT NOT NULL DEFAULT 'neutral',
    PRIMARY KEY (account_id, interaction_id, person_id),
    FOREIGN KEY (account_id, interaction_id) REFERENCES interactions (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, person_id) REFERENCES people (account_id, id) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO participants_clustered (account_id, interaction_id, person_id, occurred_on, direction)
    SELECT account_id, interaction_id, person_id, occurred_on, direction FROM interaction_participants;
DROP TABLE interaction_participants;
ALTER TABLE participants_clustered RENAME TO interaction_participants;
CREATE INDEX participants_by_person ON interaction_participants (account_id, person_id, occurred_on, direction);

-- The full-text index no longer records how long each person's text is (columnsize=0): only ranking
-- (bm25) reads that, and search orders by name. One b-tree less per person.
DROP TRIGGER people_fts_insert;
DROP TRIGGER people_fts_delete;
DROP TRIGGER people_fts_update;
DROP TABLE people_fts;
CREATE VIRTUAL TABLE people_fts USING fts5(
    search_doc,
    content = 'people',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3',
    columnsize = 0
);
INSERT INTO people_fts (people_fts) VALUES ('rebuild');
CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
    INSERT INTO people_fts (rowid, search_doc) VALUES (new.rowid, new.search_doc);
END;
CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
    INSERT INTO people_fts (people_fts, rowid, search_doc) VALUES ('delete', old.rowid, old.search_doc);
END;
CREATE TRIGGER people_fts_update AFTER UPDATE OF search_doc ON people BEGIN
    INSERT INTO people_fts (people_fts, rowid, search_doc) VALUES ('delete', old.rowid, old.search_doc);
    INSERT INTO people_fts (rowid, search_doc) VALUES (new.rowid, new.search_doc);
END;
