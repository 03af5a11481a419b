-- Issue 18's pictures at 30,000 people. Pictures of the whole network read interactions by date for
-- their month, kind and direction: the index by date carries the two, so touches a month come from the
-- index alone, and setbacks (rare) get a partial index of their own, so "setbacks in the last six
-- months" reads only setbacks.
-- The network graph's ties are the interactions its people shared: a participant row says whether its
-- interaction had others in it when written (together), and a partial index holds only those rows,
-- so the ties are read from them instead of from every touch of the graph's people.
DROP INDEX interactions_by_date;
CREATE INDEX interactions_by_date ON interactions (account_id, occurred_on, kind, direction);
CREATE INDEX interactions_setbacks ON interactions (account_id, occurred_on) WHERE kind = 'setback';
ALTER TABLE interaction_participants ADD COLUMN together INTEGER NOT NULL DEFAULT 0;
UPDATE interaction_participants SET together = 1 WHERE EXISTS (SELECT 1 FROM interaction_participants o
    WHERE o.account_id = interaction_participants.account_id AND o.interaction_id = interaction_participants.interaction_id
        AND o.person_id <> interaction_participants.person_id);
CREATE INDEX participants_together ON interaction_participants (account_id, person_id, together, interaction_id)
    WHERE together = 1;
-- The graph draws the people closest to you (inner circle first, then by last touch): an index in that
-- order, so taking the first 300 reads 300 rows instead of sorting everyone. Its expressions are the
-- ones People.closest orders by, character for character, or neither database would use it.
CREATE INDEX people_closest ON people (account_id,
    (CASE circle WHEN 'inner' THEN 0 WHEN 'close' THEN 1 WHEN 'network' THEN 2 WHEN 'acquaintance' THEN 3 ELSE 4 END),
    (COALESCE(last_touch_day, -1)) DESC, id) WHERE is_self = 0;
