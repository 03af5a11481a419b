-- Each person's latest real touch (any direction but 'asked') and the day they were added, as days
-- since 1970-01-01, so "who is due to hear from you" is one query over people (issue 3 targets)
-- instead of a pass over every interaction. The interactions module keeps last_touch_day current.
ALTER TABLE people ADD COLUMN last_touch_day INTEGER;
ALTER TABLE people ADD COLUMN added_day INTEGER;
UPDATE people SET added_day = CAST(julianday(substr(created_at, 1, 10)) - 2440587.5 AS INTEGER);
UPDATE people SET last_touch_day = (
    SELECT CAST(julianday(max(ip.occurred_on)) - 2440587.5 AS INTEGER) FROM interaction_participants ip
    WHERE ip.account_id = people.account_id AND ip.person_id = people.id AND ip.direction <> 'asked');
-- Covers "who is due" and "who was touched after a day": both read only this index.
CREATE INDEX people_due ON people (account_id, last_touch_day, circle, cadence_days, bridge_status, is_self,
    added_day, id);
-- The few people in a strained or repairing relationship, for Today's bridges.
CREATE INDEX people_mending ON people (account_id, bridge_status) WHERE bridge_status <> 'ok';
