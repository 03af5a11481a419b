package app.kith.people;

import app.kith.shared.AccountId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The database's full-text engine behind one interface: FTS5 on SQLite, tsvector on PostgreSQL.
 * Both index {@code people.search_doc}, text the application has already folded to plain words.
 */
interface FullTextSearch {

    /**
     * People {@code p} whose search text has, for every word of the query, a word it begins with.
     * The condition may bring its own FROM clause, so the engine can drive the query from its index.
     */
    Condition matches(List<String> foldedWords);

    /** People {@code p} whose folded name starts with the given folded text, read from a name index. */
    Condition nameStartsWith(String folded);

    /** How many of the account's people match the words, when no other filter applies. */
    long countMatches(AccountId account, List<String> foldedWords);

    /** How many people the account has (what the people list counts with no query and no filter). */
    long countAll(AccountId account);

    /** How many people carry each of the account's tags, by tag id (a tag nobody carries is left out). */
    Map<String, Long> taggedPeople(AccountId account);

    /**
     * A FROM clause naming the people table {@code p}, a condition, and the condition's named parameters
     * (a name stands for one value wherever conditions are combined).
     */
    record Condition(String from, String sql, Map<String, ?> parameters) {

        /** Both conditions; the FROM clause of the more specific one (full-text engines drive their query). */
        Condition and(Condition other) {
            return new Condition(other.from.equals("people p") ? from : other.from, sql + " AND " + other.sql,
                    concat(parameters, other.parameters));
        }

        Condition andNot(Condition other) {
            return new Condition(from, sql + " AND NOT (" + other.sql + ")", concat(parameters, other.parameters));
        }

        private static Map<String, ?> concat(Map<String, ?> a, Map<String, ?> b) {
            Map<String, Object> all = new HashMap<>(a);
            b.forEach((name, value) -> {
                Object before = all.putIfAbsent(name, value);
                if (before != null && !before.equals(value)) {
                    throw new IllegalArgumentException("two values for :" + name);
                }
            });
            return all;
        }
    }
}
