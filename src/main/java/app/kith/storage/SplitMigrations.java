package app.kith.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Brings the migration history of a database made before V1 was split up to date, so that Flyway
 * validates it. Until then each vendor had a V1 of its own; now V1 (the tables, in db/migration/common)
 * is shared and each vendor's people search index is V1_1. A database whose history holds the earlier
 * V1, recognised by that vendor's checksum of it, already has everything the two new files make: its V1
 * row takes the new V1's checksum and a row for V1_1 is added after it, as applied, the later rows moving
 * one place down, so the history reads as a new database's does. Nothing else is touched: any other V1
 * checksum is left for Flyway to refuse, as it would refuse any changed migration.
 *
 * <p>Runs before Flyway validates and before it migrates (in case validation is turned off), in
 * Flyway's transaction; a history that needs nothing costs one query.
 */
@Component
public final class SplitMigrations implements Callback {
    static final int NEW_V1 = -107778187;

    /** The earlier V1's checksum, and that vendor's V1_1 checksum, by vendor (JDBC product name). */
    private static final Map<String, Split> SPLITS = Map.of(
            "sqlite", new Split(-341848665, 927730991),
            "postgresql", new Split(-1467094945, -708113407));

    private record Split(int oldV1, int newV1v1) {
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public String getCallbackName() {
        return "split V1 into V1 and V1_1";
    }

    @Override
    public void handle(Event event, Context context) {
        String table = context.getConfiguration().getTable();
        String schema = context.getConfiguration().getDefaultSchema();
        String history = schema == null ? table : schema + "." + table;
        Connection c = context.getConnection();
        try {
            Split split = SPLITS.get(c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT));
            if (split != null && hasTable(c, schema == null ? c.getSchema() : schema, table)) {
                realign(c, history, split);
            }
        } catch (SQLException e) {
            throw new FlywayException("cannot bring the migration history up to date with V1's split: "
                    + e.getMessage(), e);
        }
    }

    private static boolean hasTable(Connection c, String schema, String table) throws SQLException {
        // SQLite and PostgreSQL keep the names as written (Flyway's own are lower case).
        try (ResultSet rs = c.getMetaData().getTables(null, schema, table, null)) {
            return rs.next();
        }
    }

    private static void realign(Connection c, String history, Split split) throws SQLException {
        int rank;
        try (PreparedStatement ps = c.prepareStatement("SELECT installed_rank FROM " + history
                + " WHERE version = '1' AND type = 'SQL' AND checksum = ? AND success = ?"
                + " AND NOT EXISTS (SELECT 1 FROM " + history + " WHERE version = '1.1')")) {
            ps.setInt(1, split.oldV1());
            ps.setBoolean(2, true);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                rank = rs.getInt(1);
            }
        }
        try (Statement s = c.createStatement()) {
            // Two steps, so that no rank is held by two rows at once (the rank is the primary key).
            s.executeUpdate("UPDATE " + history + " SET installed_rank = -installed_rank - 1 WHERE installed_rank > " + rank);
            s.executeUpdate("UPDATE " + history + " SET installed_rank = -installed_rank WHERE installed_rank < 0");
            s.executeUpdate("UPDATE " + history + " SET checksum = " + NEW_V1 + " WHERE installed_rank = " + rank);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + history + " (installed_rank, version,"
                + " description, type, script, checksum, installed_by, installed_on, execution_time, success)"
                + " SELECT installed_rank + 1, '1.1', 'people search', 'SQL', 'V1_1__people_search.sql', ?,"
                + " installed_by, installed_on, 0, success FROM " + history + " WHERE installed_rank = ?")) {
            ps.setInt(1, split.newV1v1());
            ps.setInt(2, rank);
            ps.executeUpdate();
        }
    }
}
