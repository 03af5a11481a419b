-- Which transaction last changed what an account's searches match: a person added or removed, or a
-- person's search text rewritten. A node keeps the counts of the searches it has answered under this
-- mark (PostgresFullTextSearch) and counts again once it moves. Counting a one-letter prefix reads the
-- search index and then every matching person's row, some 13 ms at 30,000 people (docs/benchmarks.md,
-- issue 13); SQLite's index answers the same count alone.
CREATE TABLE people_search_versions (
    account_id TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    changed_in xid8 NOT NULL
);

INSERT INTO people_search_versions (account_id, changed_in) SELECT id, pg_current_xact_id() FROM accounts;

-- Sets the mark at the commit (the triggers are deferred), so that writers of one account wait for each
-- other on it only from there: a CardDAV PUT or a touch logged is not held from its first statement.
-- Once per account and transaction: the first person sets it, and a setting local to the transaction
-- lets the others of a bulk write (an import's 30,000) pass without a statement. An account being
-- deleted has no people left (every account keeps its own person), and then no row to mark.
CREATE FUNCTION people_search_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    account TEXT := CASE WHEN TG_OP = 'DELETE' THEN OLD.account_id ELSE NEW.account_id END;
BEGIN
    IF current_setting('kith.people_search_marked', true) IS DISTINCT FROM account THEN
        INSERT INTO people_search_versions AS v (account_id, changed_in)
        SELECT p.account_id, pg_current_xact_id() FROM people p WHERE p.account_id = account LIMIT 1
        ON CONFLICT (account_id) DO UPDATE SET changed_in = EXCLUDED.changed_in
            WHERE v.changed_in <> EXCLUDED.changed_in;
        PERFORM set_config('kith.people_search_marked', account, true);
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER people_search_added AFTER INSERT ON people
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION people_search_changed();
CREATE CONSTRAINT TRIGGER people_search_removed AFTER DELETE ON people
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION people_search_changed();
CREATE CONSTRAINT TRIGGER people_search_rewritten AFTER UPDATE OF search_doc ON people
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.search_doc IS DISTINCT FROM NEW.search_doc)
    EXECUTE FUNCTION people_search_changed();
