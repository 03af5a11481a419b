package app.kith.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A database's schema and migration history as lines of text, so that two databases' can be compared
 * (an upgraded one with a new one, a new one with what an earlier release made). SQLite: every object's
 * SQL as sqlite_master holds it, white space folded. PostgreSQL: the current schema's columns (by name:
 * see {@link #postgresql}), constraints, indexes, functions, views, triggers and comments.
 */
public final class SchemaPrint {
    private static final String SQLITE = """
            SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name""";

    /**
     * Columns are listed by name, not position: new databases add {@code people.search_tsv} after the
     * columns V1 makes for both vendors, where an earlier release's V1 made it among them.
     */
    private static final List<String> POSTGRESQL = List.of("""
            SELECT 'column', table_name, column_name, data_type, is_nullable, column_default, is_generated,
                generation_expression
            FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY 2, 3""", """
            SELECT 'constraint', conrelid::regclass::text, conname, pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = current_schema()::regnamespace ORDER BY 2, 3""", """
            SELECT 'index', tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()
            ORDER BY 2, 3""", """
            SELECT 'function', proname, pg_get_functiondef(oid) FROM pg_proc
            WHERE pronamespace = current_schema()::regnamespace ORDER BY 2""", """
            SELECT 'view', viewname, definition FROM pg_views WHERE schemaname = current_schema() ORDER BY 2""", """
            SELECT 'trigger', t.tgrelid::regclass::text, t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid
            WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace ORDER BY 2, 3""", """
            SELECT 'comment', c.relname, d.objsubid, d.description FROM pg_description d
            JOIN pg_class c ON c.oid = d.objoid AND d.classoid = 'pg_class'::regclass
            WHERE c.relnamespace = current_schema()::regnamespace ORDER BY 2, 3""");

    private static final String HISTORY = """
            SELECT version, description, type, script, checksum, success FROM flyway_schema_history
            ORDER BY installed_rank""";

    private SchemaPrint() {
    }

    /** The schema of an SQLite database. */
    public static List<String> sqlite(Connection c) throws SQLException {
        return lines(c, List.of(SQLITE));
    }

    /** The schema of the connection's current PostgreSQL schema, columns listed by name. */
    public static List<String> postgresql(Connection c) throws SQLException {
        return lines(c, POSTGRESQL);
    }

    /** The migration history in the order it was applied, without when, by whom and how long. */
    public static List<String> history(Connection c) throws SQLException {
        return lines(c, List.of(HISTORY));
    }

    private static List<String> lines(Connection c, List<String> queries) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (String query : queries) {
                try (ResultSet rs = s.executeQuery(query)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> values = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            values.add(Objects.toString(rs.getString(i), "null").strip().replaceAll("\\s+", " "));
                        }
                        lines.add(String.join(" | ", values));
                    }
                }
            }
        }
        return lines;
    }
}
