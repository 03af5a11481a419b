package app.kith.people;

import java.util.List;

/**
 * The database's full-text engine behind one interface: FTS5 on SQLite, tsvector on PostgreSQL.
 * Both index {@code people.search_doc}, text the application has already folded to plain words.
 */
interface FullTextSearch {

    /**
     * A condition on the people table aliased {@code p} that holds when every word of the query is a
     * prefix of a word in the person's search text, with the parameter it needs.
     */
    Condition matches(List<String> foldedWords);

    record Condition(String sql, String parameter) {
    }
}
