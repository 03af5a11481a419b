package app.kith.storage;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which database this instance runs on. Code that must differ per vendor (full-text search,
 * backup) asks here; everything else is portable SQL.
 *
 * @param vendor       the engine
 * @param url          the JDBC URL in use
 * @param sqliteFile   the database file when the vendor is SQLite
 * @param readOnly     the SQLite file or its folder cannot be written (a read-only mount, a file the
 *                     user may only read): it is opened for reading, and any write is refused
 */
public record Database(Vendor vendor, String url, Optional<Path> sqliteFile, boolean readOnly) {

    public enum Vendor { SQLITE, POSTGRESQL }

    public boolean isSqlite() {
        return vendor == Vendor.SQLITE;
    }

    /**
     * How many connections the pool keeps, which is also how many requests the server works on at
     * once: the rest wait in the server's queue, where they cost nothing, not in the pool, where they
     * spin. SQLite two per core (each keeps its own page cache), PostgreSQL ten.
     */
    public int connections() {
        return isSqlite() ? Math.max(4, 2 * Runtime.getRuntime().availableProcessors()) : 10;
    }
}
