package app.kith.people;

import java.util.List;
import java.util.stream.Collectors;

/** tsquery prefix queries over the GIN-indexed {@code people.search_tsv}. */
class PostgresFullTextSearch implements FullTextSearch {

    @Override
    public Condition matches(List<String> foldedWords) {
        // Words are folded to letters and digits only, so they cannot carry tsquery operators.
        String query = foldedWords.stream().map(w -> w + ":*").collect(Collectors.joining(" & "));
        return new Condition("p.search_tsv @@ to_tsquery('simple', ?)", query);
    }
}
