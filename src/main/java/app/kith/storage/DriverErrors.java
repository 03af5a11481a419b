package app.kith.storage;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Reads what a database driver said, among a failure's causes: SQLite's result code or PostgreSQL's SQL state. */
final class DriverErrors {
    private DriverErrors() {
    }

    /** The first cause that one of the readers has something to say about. */
    static Optional<String> explain(Throwable failure, Function<SQLiteErrorCode, Optional<String>> sqlite,
                                    Function<String, Optional<String>> postgres) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<String> said = t instanceof SQLiteException e ? sqlite.apply(e.getResultCode())
                    : t instanceof SQLException e && e.getSQLState() != null ? postgres.apply(e.getSQLState())
                    : Optional.empty();
            if (said.isPresent()) {
                return said;
            }
        }
        return Optional.empty();
    }
}
