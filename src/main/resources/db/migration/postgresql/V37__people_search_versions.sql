-- Which transaction last changed what an account's searches match: a person added or removed, or a
-- person's search text rewritten. A node keeps the counts of the searches it has answered under this
-- mark (PostgresFullTextSearch) and counts again once it moves. Counting a one-letter prefix reads the
-- search index and then every matching person's row, some 13 ms at 30,000 people (docs/benchmarks.md,
-- issue 13); SQLite's index answers the same count alone.
--
-- One row per account, written at most once per transaction (the mark is the writer's transaction id),
-- so a bulk write of thousands of people leaves one new row version, not one per person.
CREATE TABLE people_search_versions (
    account_id TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    changed_in xid8 NOT NULL
);

INSERT INTO people_search_versions (account_id, changed_in) SELECT id, pg_current_xact_id() FROM accounts;

-- After a statement that added or removed people. An account being deleted (its people removed by the
-- cascade) is left out: its row goes with it.
CREATE FUNCTION people_search_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO people_search_versions AS v (account_id, changed_in)
    SELECT DISTINCT r.account_id, pg_current_xact_id() FROM changed_rows r JOIN accounts a ON a.id = r.account_id
    ORDER BY r.account_id
    ON CONFLICT (account_id) DO UPDATE SET changed_in = EXCLUDED.changed_in
        WHERE v.changed_in <> EXCLUDED.changed_in;
    RETURN NULL;
END $$;

CREATE TRIGGER people_search_rows_added AFTER INSERT ON people
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION people_search_rows_changed();
CREATE TRIGGER people_search_rows_removed AFTER DELETE ON people
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION people_search_rows_changed();

-- After each person whose search text changed. A trigger that sees the statement's rows would have every
-- update of people (a touch logged) copy its rows aside; this one runs only for rewritten search text,
-- and after the first person of a transaction finds the mark already set and writes nothing.
CREATE FUNCTION people_search_text_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE people_search_versions SET changed_in = pg_current_xact_id()
    WHERE account_id = NEW.account_id AND changed_in <> pg_current_xact_id();
    RETURN NULL;
END $$;

CREATE TRIGGER people_search_text_changed AFTER UPDATE OF search_doc ON people
    FOR EACH ROW WHEN (OLD.search_doc IS DISTINCT FROM NEW.search_doc) EXECUTE FUNCTION people_search_text_changed();
