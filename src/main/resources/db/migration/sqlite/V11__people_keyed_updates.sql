-- Bulk updates of people's derived columns (search text, last touch) by primary key, with a plan that
-- statistics cannot change. UPDATE ... FROM (VALUES ...) left the join order to the planner, and with
-- statistics gathered while the table was nearly empty it scanned every person for each row of values.
-- A many-row INSERT into one of these views is still one statement (the full-text index is written
-- once), and its trigger updates one row by its whole primary key, which SQLite always reads as a lookup.
CREATE VIEW people_search_docs AS SELECT account_id, id, search_doc FROM people;
CREATE TRIGGER people_search_docs_update INSTEAD OF INSERT ON people_search_docs BEGIN
    UPDATE people SET search_doc = NEW.search_doc WHERE account_id = NEW.account_id AND id = NEW.id;
END;

-- forward_only = 1 moves a last touch only forward (new interactions); 0 sets it (edits, deletions, merges).
CREATE VIEW people_last_touches AS SELECT account_id, id, last_touch_day, 0 AS forward_only FROM people;
CREATE TRIGGER people_last_touches_update INSTEAD OF INSERT ON people_last_touches BEGIN
    UPDATE people SET last_touch_day = NEW.last_touch_day
    WHERE account_id = NEW.account_id AND id = NEW.id
        AND (NEW.forward_only = 0 OR last_touch_day IS NULL OR last_touch_day < NEW.last_touch_day);
END;
