-- The account's mark (V37) also moves when a person is tagged or untagged: the tags' counts of the
-- people list are kept under it (PostgresFullTextSearch.taggedPeople). A person's tags are part of their
-- search text, which moves the mark as well, but two tag lists can fold to the same text ("a b", or
-- "a" and "b"); the links themselves always tell. At the commit, once per account and transaction, as
-- for people.
CREATE CONSTRAINT TRIGGER people_search_tagged AFTER INSERT OR DELETE ON person_tags
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION people_search_changed();
