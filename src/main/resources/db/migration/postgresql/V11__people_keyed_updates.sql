-- SQLite's V11 adds views whose triggers update people by primary key, so its bulk updates keep one plan
-- whatever the statistics say. PostgreSQL joins a bulk update's values by hashing them; this version
-- keeps the two vendors' migration numbers in step.
COMMENT ON COLUMN people.last_touch_day IS 'Day (since 1970-01-01) of the latest real touch; written by the interactions module.';
