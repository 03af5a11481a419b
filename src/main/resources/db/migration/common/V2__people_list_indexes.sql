-- Found by the benchmark (docs/benchmarks.md) at 30,000 people: a list filtered by circle read every
-- person of the account to count and sort them. With this index it reads only that circle, in name order.
CREATE INDEX people_by_circle ON people (account_id, circle, name_key, id);
