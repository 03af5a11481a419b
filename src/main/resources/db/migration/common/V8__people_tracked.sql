-- Who is due reads only the people kept in touch with (not yourself, in a circle or with a cadence of
-- their own, no bridge being mended): a partial index of about two thirds of a typical network, in
-- place of V3_1's index over everyone, which PostgreSQL read whole for every Today (issue 3 targets).
DROP INDEX people_due;
CREATE INDEX people_tracked ON people (account_id, last_touch_day, circle, cadence_days, added_day, id,
    bridge_status, is_self)
    WHERE is_self = 0 AND (circle <> 'none' OR cadence_days IS NOT NULL)
        AND bridge_status NOT IN ('strained', 'repairing');
