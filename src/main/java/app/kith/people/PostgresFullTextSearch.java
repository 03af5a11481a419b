package app.kith.people;

import app.kith.shared.AccountId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** tsquery prefix queries over the GIN-indexed {@code people.search_tsv}. */
class PostgresFullTextSearch implements FullTextSearch {
    /** Counts kept: a few hundred accounts' typing, at about 200 bytes each. */
    private static final int COUNTS_KEPT = 4096;
    /** Tags' counts kept: an account's tags, a few dozen entries each. */
    private static final int TAG_COUNTS_KEPT = 512;
    /**
     * The account's mark, none in a transaction that has written anything: it may have changed the
     * account's people, which moves the mark only at its commit, so it neither reads kept counts nor
     * keeps its own.
     */
    private static final String MARK = "SELECT changed_in::text FROM people_search_versions"
            + " WHERE account_id = :account AND pg_current_xact_id_if_assigned() IS NULL";

    private final JdbcClient jdbc;
    private final Cache<CountKey, Long> counts = Caffeine.newBuilder().maximumSize(COUNTS_KEPT).build();
    /** The tags' counts of the accounts whose people pages were read last. */
    private final Cache<TagsKey, Map<String, Long>> tagCounts = Caffeine.newBuilder().maximumSize(TAG_COUNTS_KEPT)
            .build();

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
        return kept(account, "", "(SELECT count(*) FROM people WHERE account_id = :account)");
    }

    /** The tags' counts, kept under the same mark: tagging or untagging a person moves it too (V38). */
    @Override
    public Map<String, Long> taggedPeople(AccountId account) {
        Optional<String> mark = jdbc.sql(MARK).param("account", account.value()).query(String.class).optional();
        Map<String, Long> kept = mark.map(m -> tagCounts.getIfPresent(new TagsKey(account, m))).orElse(null);
        if (kept != null) {
            return kept;
        }
        Map<String, Long> counts = new HashMap<>();
        String[] counted = new String[1];
        jdbc.sql("SELECT (" + MARK + ") AS mark, tag_id, count(*) FROM person_tags WHERE account_id = :account"
                        + " GROUP BY tag_id")
                .param("account", account.value())
                .query((ResultSet rs) -> {
                    counted[0] = rs.getString(1);
                    counts.put(rs.getString(2), rs.getLong(3));
                });
        Map<String, Long> answer = Map.copyOf(counts);
        if (counted[0] != null) {
            tagCounts.put(new TagsKey(account, counted[0]), answer);
        }
        return answer;
    }

    /** The count under the account's mark, counted by {@code count} (given :account and :matches) when none is kept. */
    private long kept(AccountId account, String matches, String count) {
        Optional<String> mark = jdbc.sql(MARK).param("account", account.value()).query(String.class).optional();
        Long kept = mark.map(m -> counts.getIfPresent(new CountKey(account, m, matches))).orElse(null);
        if (kept != null) {
            return kept;
        }
        Counted counted = jdbc.sql("SELECT (" + MARK + ") AS mark, " + count + " AS matches")
                .param("account", account.value()).param("matches", matches).query(Counted.class).single();
        if (counted.mark() != null) {
            counts.put(new CountKey(account, counted.mark(), matches), counted.matches());
        }
        return counted.matches();
    }

    private record TagsKey(AccountId account, String mark) {
    }

    private record CountKey(AccountId account, String mark, String matches) {
    }

    private record Counted(String mark, long matches) {
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
