-- Cadence thresholds (issue 18): each circle has an ideal interval (days, "due" once past it) and a
-- maximum one (maximum_days, "overdue" once past it). Either may be left to Kith's default (NULL):
-- the ideal to the circle's default, the maximum to twice the ideal. The table is made anew because
-- days may now be NULL (a row that sets only the maximum), which SQLite cannot change in place.
CREATE TABLE circle_cadences_rebuilt (
    account_id    TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    circle        TEXT NOT NULL,
    days          INTEGER,
    maximum_days  INTEGER,
    PRIMARY KEY (account_id, circle)
);
INSERT INTO circle_cadences_rebuilt (account_id, circle, days) SELECT account_id, circle, days FROM circle_cadences;
DROP TABLE circle_cadences;
ALTER TABLE circle_cadences_rebuilt RENAME TO circle_cadences;
