package app.kith.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Ids cut into lists a statement binds as {@code IN (:ids)} (the list expands to one bound value per
 * id): a few hundred per statement, far below SQLite's (32,766) and PostgreSQL's (32,767) limits on
 * bound values even for a statement that names its list twice.
 */
public final class Chunks {
    /** The most ids in one chunk. */
    public static final int SIZE = 500;

    private Chunks() {
    }

    /** The ids without repeats, in their first order, in chunks of at most {@link #SIZE}. */
    public static List<List<String>> of(Collection<String> ids) {
        List<String> all = List.copyOf(new LinkedHashSet<>(ids));
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SIZE) {
            chunks.add(all.subList(i, Math.min(all.size(), i + SIZE)));
        }
        return chunks;
    }
}
