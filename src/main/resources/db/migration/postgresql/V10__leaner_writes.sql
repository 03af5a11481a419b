-- SQLite's V10 stores contact points and interaction participants WITHOUT ROWID and slims its full-text
-- index, so an import writes fewer b-trees. PostgreSQL keeps its heap tables and tsvector index; this
-- version keeps the two vendors' migration numbers in step, and says what the tables hold.
COMMENT ON TABLE contact_points IS 'Emails, phones and profile URLs of a person; normalized is what matching compares.';
COMMENT ON TABLE interaction_participants IS 'Who took part in an interaction; occurred_on and direction repeat the interaction''s.';
