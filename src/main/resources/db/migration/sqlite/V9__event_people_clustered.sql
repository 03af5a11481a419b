-- A month's calendar looks up each event's people by (account, event): stored WITHOUT ROWID, the rows
-- sit in their primary key's order, so each lookup is one b-tree search instead of an index search and
-- then a table search (issue 6 target: events list for a month). PostgreSQL needs no counterpart.
CREATE TABLE event_people_clustered (
    account_id  TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    person_id   TEXT NOT NULL,
    role        TEXT NOT NULL,
    PRIMARY KEY (account_id, event_id, person_id),
    FOREIGN KEY (account_id, event_id) REFERENCES events (account_id, id) ON DELETE CASCADE,
    FOREIGN KEY (account_id, person_id) REFERENCES people (account_id, id) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO event_people_clustered (account_id, event_id, person_id, role)
    SELECT account_id, event_id, person_id, role FROM event_people;
DROP TABLE event_people;
ALTER TABLE event_people_clustered RENAME TO event_people;
CREATE INDEX event_people_by_person ON event_people (account_id, person_id);
