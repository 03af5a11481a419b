package app.kith.people;

import app.kith.shared.AccountId;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** FTS5 prefix queries over the external-content index {@code people_fts}. */
class SqliteFullTextSearch implements FullTextSearch {
    /** The largest code point: every text that starts with a prefix sorts below prefix + this. */
    private static final String LAST = new String(Character.toChars(Character.MAX_CODE_POINT));

    private final JdbcClient jdbc;

    SqliteFullTextSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Condition matches(List<String> foldedWords) {
        // CROSS JOIN keeps the index first: only its matches are read, not every person of the account.
        return new Condition("people_fts CROSS JOIN people p ON p.rowid = people_fts.rowid", "people_fts MATCH :matches",
                Map.of("matches", query(foldedWords)));
    }

    /**
     * When the account owns every person in the file (the usual case of a personal database; two
     * index seeks tell), the index alone counts the matches; otherwise each match is checked
     * against the account. One statement, so both branches see the same data. A one-letter query
     * matches most people, and reading each of them back costs several times the index count.
     */
    @Override
    public long countMatches(AccountId account, List<String> foldedWords) {
        return jdbc.sql("""
                SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM people WHERE account_id < :account)
                             AND NOT EXISTS (SELECT 1 FROM people WHERE account_id > :account)
                    THEN (SELECT count(*) FROM people_fts WHERE people_fts MATCH :matches)
                    ELSE (SELECT count(*) FROM people_fts CROSS JOIN people p ON p.rowid = people_fts.rowid
                          WHERE p.account_id = :account AND people_fts MATCH :matches) END""")
                .param("account", account.value()).param("matches", query(foldedWords)).query(Long.class).single();
    }

    @Override
    public long countAll(AccountId account) {
        return jdbc.sql(People.COUNT).param("account", account.value()).query(Long.class).single();
    }

    @Override
    public Map<String, Long> taggedPeople(AccountId account) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT tag_id, count(*) FROM person_tags WHERE account_id = :account GROUP BY tag_id")
                .param("account", account.value())
                .query((ResultSet rs) -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private static String query(List<String> foldedWords) {
        // Words are folded to letters and digits only, so quoting them cannot break the query syntax.
        return foldedWords.stream().map(w -> "\"" + w + "\"*").collect(Collectors.joining(" "));
    }

    @Override
    public Condition nameStartsWith(String folded) {
        // SQLite compares text byte by byte, so this range is exactly the names with the prefix.
        return new Condition("people p", "p.name_key >= :prefix AND p.name_key < :beyondPrefix",
                Map.of("prefix", folded, "beyondPrefix", folded + LAST));
    }
}
