package app.kith.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a bulk create knows its new people will have by the end of its transaction (an import's chunk:
 * the affiliations and interactions it adds right after creating them): the search terms other modules
 * will hold about them ({@link SearchTerms}) and their latest real touch. Their rows are then written
 * whole, with their search entries and last touch, instead of being written again before the commit: on
 * PostgreSQL each update of a row writes a new version of it and of every index entry (issue 13). Only
 * a hint: before the commit the entries are rebuilt from the database as always, and any that differ
 * from what was written are written again.
 *
 * @param terms       by person id, the words other modules will contribute, in the order they will
 * @param lastTouches by person id, the latest real touch the transaction will log for them
 */
public record KnownAhead(Map<String, List<String>> terms, Map<String, LocalDate> lastTouches) {
    /** Nothing known: the rows are written with empty entries, filled in before the commit. */
    public static final KnownAhead NOTHING = new KnownAhead(Map.of(), Map.of());

    public KnownAhead {
        terms = Map.copyOf(terms);
        lastTouches = Map.copyOf(lastTouches);
    }
}
