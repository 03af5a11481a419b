-- Found by the benchmark (docs/benchmarks.md) at 30,000 people: a list filtered by circle read every
-- person of the account to count and sort them. With this index it reads only that circle, in name order.
CREATE INDEX people_by_circle ON people (account_id, circle, name_key, id);

-- Search as you type reads the people whose name starts with the query (name_key LIKE 'prefix%') from
-- this index; text_pattern_ops makes LIKE usable whatever the database's collation.
CREATE INDEX people_by_name_prefix ON people (account_id, name_key text_pattern_ops);
