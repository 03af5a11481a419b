package app.kith.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;

/**
 * Bulk writes as multi-row statements ({@code INSERT ... VALUES (...), (...), ...}) of up to a few
 * thousand rows (inserts on PostgreSQL go through COPY instead, {@link PostgresCopy}), each compiled once
 * per transaction ({@link TransactionStatements}): on SQLite a JDBC batch runs one statement per row, and
 * the full-text index of {@code people} flushes after each.
 * It writes its own {@code ?} placeholders: it prepares the statements itself, to keep them open,
 * where JdbcClient's named parameters do not reach.
 */
public final class MultiRow {
    /** The placeholder a statement template has where the rows' {@code (?, ?), (?, ?)} list goes. */
    public static final String VALUES = "{values}";
    /**
     * Below the limits of the bundled SQLite (32,766) and of PostgreSQL's driver (32,767): fewer, larger
     * statements mean fewer full-text index flushes.
     */
    private static final int MAX_PARAMETERS = 30_000;

    private MultiRow() {
    }

    /**
     * Inserts the rows: {@code insertInto} is {@code INSERT INTO table (columns)} and each row holds
     * one value per column.
     */
    public static void insert(JdbcTemplate jdbc, String insertInto, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        // PostgreSQL takes them through COPY ({@link PostgresCopy}), where their values allow.
        Boolean copied = jdbc.execute((ConnectionCallback<Boolean>) c -> PostgresCopy.insert(c, insertInto, rows));
        if (!Boolean.TRUE.equals(copied)) {
            execute(jdbc, insertInto + " VALUES " + VALUES, rows);
        }
    }

    /**
     * Runs the statement once per slice of the rows, with {@link #VALUES} in {@code template} replaced
     * by the slice's {@code (?, ?), (?, ?)} list. The parameters are the slice's values, row by row,
     * then {@code trailing} (such as the account of a {@code WHERE}).
     */
    public static void execute(JdbcTemplate jdbc, String template, List<Object[]> rows, Object... trailing) {
        slices(jdbc, template, rows, trailing, PreparedStatement::executeUpdate);
    }

    /**
     * As {@link #execute}, for a statement that answers rows ({@code ... RETURNING}): each slice's,
     * one after the other, read by {@code mapper}.
     */
    public static <T> List<T> query(JdbcTemplate jdbc, String template, List<Object[]> rows, RowMapper<T> mapper,
                                    Object... trailing) {
        List<T> answered = new ArrayList<>();
        RowMapperResultSetExtractor<T> reader = new RowMapperResultSetExtractor<>(mapper);
        slices(jdbc, template, rows, trailing, statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                answered.addAll(reader.extractData(rs));
            }
            return null;
        });
        return answered;
    }

    private static void slices(JdbcTemplate jdbc, String template, List<Object[]> rows, Object[] trailing,
                               SliceWork work) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.getFirst().length;
        int perStatement = Math.max(1, (MAX_PARAMETERS - trailing.length) / columns);
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            for (int from = 0; from < rows.size(); from += perStatement) {
                List<Object[]> slice = rows.subList(from, Math.min(rows.size(), from + perStatement));
                TransactionStatements.run(connection, template.replace(VALUES, values(slice.size(), columns)),
                        statement -> {
                            bind(statement, slice, trailing);
                            work.run(statement);
                        });
            }
            return null;
        });
    }

    /** What is done with a slice's statement once its values are bound. */
    private interface SliceWork {
        Object run(PreparedStatement statement) throws SQLException;
    }

    private static void bind(PreparedStatement statement, List<Object[]> slice, Object[] trailing) throws SQLException {
        int i = 1;
        for (Object[] row : slice) {
            for (Object value : row) {
                statement.setObject(i++, value);
            }
        }
        for (Object value : trailing) {
            statement.setObject(i++, value);
        }
    }

    /** {@code (?, ?), (?, ?)}: {@code rows} groups of {@code columns} placeholders. */
    static String values(int rows, int columns) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", Collections.nCopies(rows, row));
    }
}
