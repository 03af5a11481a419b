-- The people search index (V1 makes the tables; this file was part of V1 until both vendors shared it).
-- Full-text index over people.search_doc (folded to lower-case ASCII words by the application,
-- so "sorensen" finds "Sørensen"); prefix queries use to_tsquery('simple', 'word:*').
-- Databases made before the split have this column between search_doc and created_at; new ones have it
-- after updated_at. Nothing reads people's columns by position, and exports skip it (it is not data).
ALTER TABLE people ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_doc)) STORED;
CREATE INDEX people_search ON people USING gin (search_tsv);
