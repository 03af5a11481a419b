package app.kith.storage;

import java.util.Optional;
import org.sqlite.SQLiteErrorCode;

/**
 * Why the database refused a row because of what the row holds (a reference to a row that is not
 * there, a missing required value, a value of the wrong type or outside what a column allows), in
 * words about the row and the same on SQLite and PostgreSQL. Written rows come from Kith's own
 * checks, so this only happens with rows a file supplies as they are, as a JSON restore does.
 */
public final class RowRefusal {
    private static final String REFERS = "refers to a row that is not there";
    private static final String MISSING = "lacks a value that is required";
    private static final String WRONG_TYPE = "has a value of the wrong type";
    private static final String NOT_ALLOWED = "has a value the database does not allow";

    private RowRefusal() {
    }

    /** What is wrong with the row, when the failure (or one of its causes) is the database refusing it. */
    public static Optional<String> explain(Throwable failure) {
        return DriverErrors.explain(failure, RowRefusal::sqlite, RowRefusal::postgres);
    }

    private static Optional<String> sqlite(SQLiteErrorCode code) {
        String name = code == null ? "" : code.name();
        if (name.equals("SQLITE_CONSTRAINT_FOREIGNKEY")) {
            return Optional.of(REFERS);
        }
        if (name.equals("SQLITE_CONSTRAINT_NOTNULL")) {
            return Optional.of(MISSING);
        }
        if (name.equals("SQLITE_MISMATCH")) {
            return Optional.of(WRONG_TYPE);
        }
        if (name.startsWith("SQLITE_CONSTRAINT") || name.equals("SQLITE_TOOBIG")) {
            return Optional.of(NOT_ALLOWED);
        }
        return Optional.empty();
    }

    /** PostgreSQL's class 23 (integrity constraints), class 22 (data exceptions) and 42804 (datatype mismatch). */
    private static Optional<String> postgres(String state) {
        if (state.equals("23503")) {
            return Optional.of(REFERS);
        }
        if (state.equals("23502")) {
            return Optional.of(MISSING);
        }
        if (state.equals("42804") || state.equals("22P02")) {
            return Optional.of(WRONG_TYPE);
        }
        if (state.startsWith("23") || state.startsWith("22")) {
            return Optional.of(NOT_ALLOWED);
        }
        return Optional.empty();
    }
}
