-- Pictures of the whole network (issue 18) read interactions by date for their month, kind and direction:
-- the index by date carries the two, so touches a month come from the index alone, and setbacks (rare)
-- get a partial index of their own, so "setbacks in the last six months" reads only setbacks.
DROP INDEX interactions_by_date;
CREATE INDEX interactions_by_date ON interactions (account_id, occurred_on, kind, direction);
CREATE INDEX interactions_setbacks ON interactions (account_id, occurred_on) WHERE kind = 'setback';
