-- Counts an account's people whose search text matches a tsquery from the full-text index (people_search),
-- whatever the statistics say. Left to the planner, a short prefix ('a:*', 'ma:*') that matches thousands
-- of people was counted by reading every person of the table and testing each one's words: the planner
-- prices that test as one cheap operator, and the two plans' costs come out close. Found by the
-- benchmark (docs/benchmarks.md, issue 13) at 30,000 people: the index's bitmap took half the time or
-- less, and a search's count is most of its cost. A function's SET applies to its own statement only.
CREATE FUNCTION people_matching(account TEXT, matches tsquery) RETURNS BIGINT
    LANGUAGE sql STABLE
    SET enable_seqscan = off
AS $$
    SELECT count(*) FROM people p WHERE p.account_id = account AND p.search_tsv @@ matches
$$;
