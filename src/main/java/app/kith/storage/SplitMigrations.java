package app.kith.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Keeps databases made before a migration was split into a shared part (db/migration/common) and a
 * vendor's part starting: a history row holding that vendor's checksum of the earlier file takes the
 * shared part's, and the vendor's part is recorded as applied right after it, as in a new database. Any
 * other checksum is left for Flyway's validation to refuse. Runs before Flyway validates or migrates.
 */
@Component
public final class SplitMigrations implements Callback {
    private static final List<Split> SPLITS = List.of(
            new Split("sqlite", "1", -341848665, -107778187,
                    new Part("1.1", "people search", "V1_1__people_search.sql", 927730991)),
            new Split("postgresql", "1", -1467094945, -107778187,
                    new Part("1.1", "people search", "V1_1__people_search.sql", -708113407)),
            new Split("postgresql", "2", 443524016, 430596677,
                    new Part("2.1", "people name prefix", "V2_1__people_name_prefix.sql", 1072795781)));

    /**
     * A migration that was split in two.
     *
     * @param vendor      the JDBC product name, lower case
     * @param version     the version both the earlier file and the shared part have
     * @param oldChecksum the earlier file's checksum on that vendor
     * @param newChecksum the shared part's
     * @param part        the vendor's part, which follows it
     */
    private record Split(String vendor, String version, int oldChecksum, int newChecksum, Part part) {
    }

    private record Part(String version, String description, String script, int checksum) {
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
        return "split migrations";
    }

    @Override
    public void handle(Event event, Context context) {
        String table = context.getConfiguration().getTable();
        String schema = context.getConfiguration().getDefaultSchema();
        String history = schema == null ? table : schema + "." + table;
        Connection c = context.getConnection();
        try {
            String vendor = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (hasTable(c, schema == null ? c.getSchema() : schema, table)) {
                for (Split split : SPLITS) {
                    if (split.vendor().equals(vendor)) {
                        realign(c, history, split);
                    }
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("cannot bring the migration history up to date with split migrations: "
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
        Integer rank = earlierRow(c, history, split);
        if (rank != null && split.vendor().equals("postgresql")) {
            // Nodes starting at once on one database: the first realigns, the others then find nothing to do.
            // (SQLite's transactions already take the write lock as they begin.)
            try (Statement s = c.createStatement()) {
                s.execute("LOCK TABLE " + history + " IN EXCLUSIVE MODE");
            }
            rank = earlierRow(c, history, split);
        }
        if (rank == null) {
            return;
        }
        try (Statement s = c.createStatement()) {
            // Two steps, so that no rank is held by two rows at once (the rank is the primary key).
            s.executeUpdate("UPDATE " + history + " SET installed_rank = -installed_rank - 1"
                    + " WHERE installed_rank > " + rank);
            s.executeUpdate("UPDATE " + history + " SET installed_rank = -installed_rank WHERE installed_rank < 0");
            s.executeUpdate("UPDATE " + history + " SET checksum = " + split.newChecksum()
                    + " WHERE installed_rank = " + rank);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + history + " (installed_rank, version,"
                + " description, type, script, checksum, installed_by, installed_on, execution_time, success)"
                + " SELECT installed_rank + 1, ?, ?, 'SQL', ?, ?, installed_by, installed_on, 0, success FROM "
                + history + " WHERE installed_rank = ?")) {
            ps.setString(1, split.part().version());
            ps.setString(2, split.part().description());
            ps.setString(3, split.part().script());
            ps.setInt(4, split.part().checksum());
            ps.setInt(5, rank);
            ps.executeUpdate();
        }
    }

    /** The rank of the earlier file's row, if the history holds it and not yet the vendor's part. */
    private static Integer earlierRow(Connection c, String history, Split split) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT installed_rank FROM " + history
                + " WHERE version = ? AND type = 'SQL' AND checksum = ? AND success = ?"
                + " AND NOT EXISTS (SELECT 1 FROM " + history + " WHERE version = ?)")) {
            ps.setString(1, split.version());
            ps.setInt(2, split.oldChecksum());
            ps.setBoolean(3, true);
            ps.setString(4, split.part().version());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }
}
