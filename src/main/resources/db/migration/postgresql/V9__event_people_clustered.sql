-- SQLite's V9 stores event_people WITHOUT ROWID, clustered by (account, event), for a month's calendar.
-- PostgreSQL reads the same rows through its primary-key index and needs no change; this version keeps
-- the two vendors' migration numbers in step, and says what the table holds.
COMMENT ON TABLE event_people IS 'People an event is about or with; role inviter marks who invited you.';
