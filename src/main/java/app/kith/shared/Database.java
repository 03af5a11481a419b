package app.kith.shared;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which database this instance runs on. Code that must differ per vendor (full-text search,
 * backup) asks here; everything else is portable SQL.
 *
 * @param vendor       the engine
 * @param url          the JDBC URL in use
 * @param sqliteFile   the database file when the vendor is SQLite
 */
public record Database(Vendor vendor, String url, Optional<Path> sqliteFile) {

    public enum Vendor { SQLITE, POSTGRESQL }

    public boolean isSqlite() {
        return vendor == Vendor.SQLITE;
    }
}
