package app.kith.people;

import app.kith.shared.AccountId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** tsquery prefix queries over the GIN-indexed {@code people.search_tsv}. */
class PostgresFullTextSearch implements FullTextSearch {
    /** Counts kept: a few hundred accounts' typing, at about 200 bytes each. */
    private static final int COUNTS_KEPT = 4096;
    /**
     * What a kept count is of, besides a search's words (a tsquery, which has neither an empty text nor
     * a {@code #}): all the account's people, and the people of each tag.
     */
    private static final String ALL = "";
    private static final String TAGGED = "#tags";
    /**
     * The account's mark, none in a transaction that has written anything: it may have changed the
     * account's people, which moves the mark only at its commit, so it neither reads kept counts nor
     * keeps its own.
     */
    private static final String MARK = "SELECT changed_in::text FROM people_search_versions"
            + " WHERE account_id = :account AND pg_current_xact_id_if_assigned() IS NULL";

    private final JdbcClient jdbc;
    /** Counts, and tags' counts (a few dozen entries each), under their account's mark. */
    private final Cache<CountKey, Object> counts = Caffeine.newBuilder().maximumSize(COUNTS_KEPT).build();

    PostgresFullTextSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Condition matches(List<String> foldedWords) {
        return new Condition("people p", "p.search_tsv @@ to_tsquery('simple', :matches)",
                Map.of("matches", query(foldedWords)));
    }

    /**
     * Counted once for each change of the account's people ({@code people_search_versions}, V37): the
     * index finds the matches, but each one's row is read to count it, and a one-letter prefix matches
     * most people. The mark and the count are read in one statement, so a count is kept under the mark
     * of the data it counted.
     */
    @Override
    public long countMatches(AccountId account, List<String> foldedWords) {
        // people_matching (V36) counts from the full-text index whatever the statistics say: planned
        // here, a short prefix matching most people was counted by testing every person's words.
        return kept(account, query(foldedWords), "people_matching(:account, to_tsquery('simple', :matches))");
    }

    /** The account's people, kept under the same mark: the mark moves whenever one is added or removed. */
    @Override
    public long countAll(AccountId account) {
        return kept(account, ALL, "(" + People.COUNT + ")");
    }

    /** The tags' counts, kept under the same mark: tagging or untagging a person moves it too (V38). */
    @Override
    public Map<String, Long> taggedPeople(AccountId account) {
        return kept(account, TAGGED, "SELECT (" + MARK + ") AS mark, tag_id, count(*) FROM person_tags"
                + " WHERE account_id = :account GROUP BY tag_id", rs -> {
                    Map<String, Long> counts = new HashMap<>();
                    String mark = null;
                    while (rs.next()) {
                        mark = rs.getString(1);
                        counts.put(rs.getString(2), rs.getLong(3));
                    }
                    return new Counted<>(mark, Map.copyOf(counts));
                });
    }

    /** A count under the account's mark: {@code count} is its SQL (given :account and :matches). */
    private long kept(AccountId account, String matches, String count) {
        return kept(account, matches, "SELECT (" + MARK + ") AS mark, " + count, rs -> {
            rs.next();
            return new Counted<>(rs.getString(1), rs.getLong(2));
        });
    }

    /**
     * What is kept under the account's mark as {@code what}; when nothing is, read by {@code sql} (given
     * :account and :matches, its rows led by the mark they were read under) and kept.
     */
    @SuppressWarnings("unchecked")
    private <T> T kept(AccountId account, String what, String sql, ResultSetExtractor<Counted<T>> read) {
        Optional<String> mark = jdbc.sql(MARK).param("account", account.value()).query(String.class).optional();
        Object kept = mark.map(m -> counts.getIfPresent(new CountKey(account, m, what))).orElse(null);
        if (kept != null) {
            return (T) kept;
        }
        Counted<T> counted = jdbc.sql(sql).param("account", account.value()).param("matches", what).query(read);
        if (counted.mark() != null) {
            counts.put(new CountKey(account, counted.mark(), what), counted.value());
        }
        return counted.value();
    }

    private record CountKey(AccountId account, String mark, String what) {
    }

    private record Counted<T>(String mark, T value) {
    }

    private static String query(List<String> foldedWords) {
        // Words are folded to letters and digits only, so they cannot carry tsquery operators.
        return foldedWords.stream().map(w -> w + ":*").collect(Collectors.joining(" & "));
    }

    @Override
    public Condition nameStartsWith(String folded) {
        // Folded text has no % or _, so it needs no escaping; people_by_name_prefix (text_pattern_ops)
        // serves LIKE 'prefix%' whatever the database's collation. A name sorts at or after its own
        // prefix in every collation, so the lower bound lets a page in name order start at the prefix
        // instead of filtering the names before it.
        return new Condition("people p", "p.name_key LIKE :pattern AND p.name_key >= :prefix",
                Map.of("pattern", folded + "%", "prefix", folded));
    }
}
