-- Relationship insights (cadence, health, Today, bridges).

-- Per-account cadence of each circle; a circle without a row uses Kith's default
-- (inner 14, close 30, network 90, acquaintance 180; none is not tracked).
CREATE TABLE circle_cadences (
    account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    circle      TEXT NOT NULL,
    days        INTEGER NOT NULL,
    PRIMARY KEY (account_id, circle)
);

-- The repair plan of a strained relationship. The status itself stays on people.bridge_status
-- (it is part of the person); the plan is the insights module's own data.
CREATE TABLE bridge_plans (
    account_id         TEXT NOT NULL,
    person_id          TEXT NOT NULL,
    what_happened      TEXT,
    cooling_off_until  TEXT,
    first_step         TEXT,
    first_step_by      TEXT,
    updated_at         TEXT NOT NULL,
    PRIMARY KEY (account_id, person_id),
    FOREIGN KEY (account_id, person_id) REFERENCES people (account_id, id) ON DELETE CASCADE
);

-- The interaction's direction is repeated on each participant row so "each person's last touch that
-- was not an ask" and the reciprocity counts are one index-only pass, without a join per row.
-- InteractionService keeps it in step (participants are rewritten whenever an interaction changes).
ALTER TABLE interaction_participants ADD COLUMN direction TEXT NOT NULL DEFAULT 'neutral';
UPDATE interaction_participants SET direction = (
    SELECT i.direction FROM interactions i
    WHERE i.account_id = interaction_participants.account_id AND i.id = interaction_participants.interaction_id);
CREATE INDEX participants_touches ON interaction_participants (account_id, person_id, occurred_on, direction);

-- Upcoming birthdays look up one or two months, not every person.
CREATE INDEX people_by_birthday ON people (account_id, birthday_month, birthday_day);
