package app.kith.storage;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How a query reads rows of some people: an {@code IN} list of their ids for a page or a handful, or,
 * for most of a large network (a whole list), one pass over the account's rows kept in memory by id,
 * which beats thousands of bound ids (and SQLite's limit on them).
 *
 * @param sql    what to add to the statement's {@code WHERE} (empty for one pass); it names the
 *               parameter {@code :ids}
 * @param params the named parameters the {@code sql} binds (none for one pass)
 * @param keeps  whether a row of this person id is one asked for
 */
public record IdFilter(String sql, Map<String, ?> params, Predicate<String> keeps) {
    /** Above this many ids a query reads the account's rows in one pass. */
    public static final int ONE_PASS_ABOVE = 2000;

    /** The filter on {@code column} for these ids. */
    public static IdFilter on(String column, Collection<String> ids) {
        if (ids.isEmpty()) {
            return new IdFilter(" AND 1 = 0", Map.of(), id -> false);
        }
        if (onePass(ids)) {
            Set<String> wanted = Set.copyOf(ids);
            return new IdFilter("", Map.of(), wanted::contains);
        }
        return new IdFilter(" AND " + column + " IN (:ids)", Map.of("ids", List.copyOf(ids)), id -> true);
    }

    /** Whether this filter reads all the account's rows (and keeps the ones asked for). */
    public boolean readsAll() {
        return sql.isEmpty();
    }

    /** Whether these ids are read in one pass over the account's rows rather than by id. */
    public static boolean onePass(Collection<String> ids) {
        return ids.size() > ONE_PASS_ABOVE;
    }
}
