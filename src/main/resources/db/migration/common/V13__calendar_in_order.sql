-- The calendar reads a range a page at a time in one order: day, start time (all-day entries, with no
-- start, first), id (issue 19, bounded reads). These indexes hold that order, so a page of one-off
-- events is a seek and a LIMIT, never a read of every event of the month. The expression is the same
-- text the queries order by, which both databases need to use an index on an expression.
-- Events of one day and events of several days are apart: reading those that began before a range and
-- still go on in it, the planners chose an index holding both and passed over a year of one-day events.
CREATE INDEX events_in_order ON events (account_id, starts_on, (COALESCE(starts_at, '')), id)
    WHERE repeat_freq IS NULL AND ends_on IS NULL;
-- With the last day beside it, so the ones that ended before a range are passed over in the index.
DROP INDEX events_spanning;
CREATE INDEX events_spanning ON events (account_id, starts_on, (COALESCE(starts_at, '')), id, ends_on)
    WHERE repeat_freq IS NULL AND ends_on IS NOT NULL;
