package app.kith.people;

import java.util.List;
import java.util.stream.Collectors;

/** FTS5 prefix queries over the external-content index {@code people_fts}. */
class SqliteFullTextSearch implements FullTextSearch {

    @Override
    public Condition matches(List<String> foldedWords) {
        // Words are folded to letters and digits only, so quoting them cannot break the query syntax.
        String query = foldedWords.stream().map(w -> "\"" + w + "\"*").collect(Collectors.joining(" "));
        return new Condition("p.rowid IN (SELECT rowid FROM people_fts WHERE people_fts MATCH ?)", query);
    }
}
