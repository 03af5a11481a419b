package app.kith.storage;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One query run for several ranges in one statement: each range is a subquery of its own, so each
 * keeps its {@code ORDER BY} and {@code LIMIT} (a page of the calendar for every day of a month in one
 * round trip). The rows come back as one list per range; the order within a list is not promised
 * (UNION ALL keeps none), so callers sort each (never more than its limit).
 */
public final class UnionAll {
    /** A named parameter, {@code :name}, not a PostgreSQL cast ({@code ::type}). */
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z_]\\w*)");

    private UnionAll() {
    }

    /**
     * The rows of {@code select} (with named parameters, ending in its own ORDER BY and LIMIT) for each
     * map of parameter values, mapped by {@code rows} (columns by their position in {@code select});
     * parameters the same in every part go in {@code shared}.
     */
    public static <T> List<List<T>> query(JdbcClient jdbc, String select, Map<String, ?> shared,
                                          List<Map<String, ?>> parts, RowMapper<T> rows) {
        List<List<T>> found = new ArrayList<>();
        if (parts.isEmpty()) {
            return found;
        }
        StringBuilder sql = new StringBuilder();
        Map<String, Object> params = new HashMap<>(shared);
        for (int i = 0; i < parts.size(); i++) {
            int part = i;
            found.add(new ArrayList<>());
            String renamed = PARAMETER.matcher(select).replaceAll(r -> shared.containsKey(r.group(1))
                    ? ":" + r.group(1) : ":" + r.group(1) + "_" + part);
            parts.get(i).forEach((name, value) -> params.put(name + "_" + part, value));
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT q").append(i).append(".*, ").append(i)
                    .append(" AS part FROM (").append(renamed).append(") q").append(i);
        }
        jdbc.sql(sql.toString()).params(params).query((ResultSet rs) -> {
            found.get(rs.getInt("part")).add(rows.mapRow(rs, 0));
        });
        return found;
    }
}
