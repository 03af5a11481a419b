-- The people search index (V1 makes the tables; this file was part of V1 until both vendors shared it).
-- Full-text index over people.search_doc (folded to lower-case ASCII words by the application,
-- so "sorensen" finds "Sørensen"); kept in step by triggers.
CREATE VIRTUAL TABLE people_fts USING fts5(
    search_doc,
    content = 'people',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
    INSERT INTO people_fts (rowid, search_doc) VALUES (new.rowid, new.search_doc);
END;
CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
    INSERT INTO people_fts (people_fts, rowid, search_doc) VALUES ('delete', old.rowid, old.search_doc);
END;
CREATE TRIGGER people_fts_update AFTER UPDATE OF search_doc ON people BEGIN
    INSERT INTO people_fts (people_fts, rowid, search_doc) VALUES ('delete', old.rowid, old.search_doc);
    INSERT INTO people_fts (rowid, search_doc) VALUES (new.rowid, new.search_doc);
END;
