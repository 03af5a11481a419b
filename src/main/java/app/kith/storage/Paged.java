package app.kith.storage;

import app.kith.shared.Page;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One page of a query's rows, counted only when the page does not end the list ({@link Page#of}). */
public final class Paged {
    private Paged() {
    }

    /**
     * The page of {@code select} (ending in its ORDER BY; positional parameters {@code params}), its
     * total from {@code count} (the same conditions and parameters) when the page does not tell it.
     */
    public static <T> Page<T> query(JdbcClient jdbc, String select, String count, List<Object> params,
                                    Page.Request page, RowMapper<T> rows) {
        List<Object> paged = new ArrayList<>(params);
        paged.add(page.size());
        paged.add(page.offset());
        List<T> items = jdbc.sql(select + " LIMIT ? OFFSET ?").params(paged).query(rows).list();
        return Page.of(items, page, () -> jdbc.sql(count).params(params).query(Long.class).single());
    }
}
