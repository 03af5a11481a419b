package app.kith.people;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** tsquery prefix queries over the GIN-indexed {@code people.search_tsv}. */
class PostgresFullTextSearch implements FullTextSearch {

    @Override
    public Condition matches(List<String> foldedWords) {
        return new Condition("people p", "p.search_tsv @@ to_tsquery('simple', :matches)",
                Map.of("matches", query(foldedWords)));
    }

    @Override
    public Count countMatches(String accountId, List<String> foldedWords) {
        // people_matching (V36) counts from the full-text index whatever the statistics say: planned
        // here, a short prefix matching most people was counted by testing every person's words.
        return new Count("SELECT people_matching(:account, to_tsquery('simple', :matches))",
                Map.of("account", accountId, "matches", query(foldedWords)));
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
