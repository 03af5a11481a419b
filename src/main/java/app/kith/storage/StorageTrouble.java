package app.kith.storage;

import java.util.Optional;
import org.sqlite.SQLiteErrorCode;

/**
 * What to tell a person when the database itself refuses (a full disk, a read-only folder, a lock
 * held by another program), in one line that says what to do, instead of the driver's text. Either
 * database's statement failed as a whole, so nothing was changed.
 */
public final class StorageTrouble {
    static final String FULL = "the disk holding the database is full: free some space, then try again"
            + " (nothing was changed)";
    static final String READ_ONLY = "the database cannot be written: the data folder or kith.db is read-only"
            + " for this user; make both writable, then try again (nothing was changed)";
    static final String READ_ONLY_SERVER = "the database cannot be written: the PostgreSQL server is read-only"
            + " (a standby?); point Kith at the primary (nothing was changed)";
    static final String LOCKED = "the database is locked by another program (another kith, sqlite3 or a copy"
            + " tool holding kith.db): close it or wait, then try again (nothing was changed)";
    static final String CANNOT_OPEN = "the database file cannot be opened: check that the data folder exists"
            + " and that this user may read and write it";

    private StorageTrouble() {
    }

    /** The one-line explanation, when the failure (or one of its causes) is the database refusing. */
    public static Optional<String> explain(Throwable failure) {
        return DriverErrors.explain(failure, StorageTrouble::sqlite, StorageTrouble::postgres);
    }

    /** True when the failure is the database being locked by another program: worth waiting for. */
    public static boolean locked(Throwable failure) {
        return explain(failure).filter(LOCKED::equals).isPresent();
    }

    private static Optional<String> sqlite(SQLiteErrorCode code) {
        String name = code == null ? "" : code.name();
        if (name.startsWith("SQLITE_FULL")) {
            return Optional.of(FULL);
        }
        if (name.startsWith("SQLITE_READONLY")) {
            return Optional.of(READ_ONLY);
        }
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return Optional.of(LOCKED);
        }
        if (name.startsWith("SQLITE_CANTOPEN")) {
            return Optional.of(CANNOT_OPEN);
        }
        return Optional.empty();
    }

    /** PostgreSQL's classes: 53100 disk full, 25006 read-only transaction (a standby), 55P03 lock not available. */
    private static Optional<String> postgres(String state) {
        return switch (state) {
            case "53100" -> Optional.of(FULL);
            case "25006" -> Optional.of(READ_ONLY_SERVER);
            case "55P03" -> Optional.of(LOCKED);
            default -> Optional.empty();
        };
    }
}
