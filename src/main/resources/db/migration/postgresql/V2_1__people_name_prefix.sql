-- Search as you type reads the people whose name starts with the query (name_key LIKE 'prefix%') from
-- this index; text_pattern_ops makes LIKE usable whatever the database's collation. (Part of V2 until
-- V2's index for both databases moved to db/migration/common.)
CREATE INDEX people_by_name_prefix ON people (account_id, name_key text_pattern_ops);
