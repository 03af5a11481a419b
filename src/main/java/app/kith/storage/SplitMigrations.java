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
 * Brings the migration history of a database made before two migrations were split up to date, so that
 * Flyway validates it. Each vendor had a V1 of its own; now V1 (the tables) is shared, in
 * db/migration/common, and each vendor's people search index is V1_1. PostgreSQL's V2 made one more
 * index than SQLite's; now V2 is shared and that index is PostgreSQL's V2_1. A database whose history
 * holds the earlier file, recognised by that vendor's checksum of it, already has everything the two new
 * files make: its row takes the shared file's checksum, and a row for the vendor's part is added after
 * it, as applied, the later rows moving one place down, so the history reads as a new database's.
 * Nothing else is touched: any other checksum is left for Flyway to refuse, as it refuses any changed
 * migration. (SQLite's V2 is the shared V2 word for word: its checksum did not change.)
 *
 * <p>Runs before Flyway validates and before it migrates (in case validation is turned off), in
 * Flyway's transaction; a history that needs nothing costs a query per split.
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
        int rank;
        try (PreparedStatement ps = c.prepareStatement("SELECT installed_rank FROM " + history
                + " WHERE version = ? AND type = 'SQL' AND checksum = ? AND success = ?"
                + " AND NOT EXISTS (SELECT 1 FROM " + history + " WHERE version = ?)")) {
            ps.setString(1, split.version());
            ps.setInt(2, split.oldChecksum());
            ps.setBoolean(3, true);
            ps.setString(4, split.part().version());
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
            s.executeUpdate("UPDATE " + history + " SET checksum = " + split.newChecksum() + " WHERE installed_rank = " + rank);
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
}
