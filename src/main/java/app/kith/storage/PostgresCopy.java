package app.kith.storage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Many-row inserts on PostgreSQL as {@code COPY table (columns) FROM STDIN}, in COPY's text format. A
 * multi-row INSERT of a few thousand rows is parsed, bound and planned with tens of thousands of
 * parameters each time; COPY streams the rows, and triggers, defaults and foreign keys apply as for
 * INSERT.
 */
final class PostgresCopy {
    private static final Pattern INSERT_INTO = Pattern.compile("^\\s*INSERT\\s+INTO\\s+", Pattern.CASE_INSENSITIVE);
    /** Bytes sent to the server at a time. */
    private static final int FLUSH_AT = 1 << 16;

    private PostgresCopy() {
    }

    /**
     * Copies the rows into the table of {@code insertInto} ({@code INSERT INTO table (columns)}), and
     * says whether it did: not on another database, nor with values COPY's text format does not carry
     * here (anything but text, numbers, booleans and nulls), which the caller then inserts.
     */
    static boolean insert(Connection connection, String insertInto, List<Object[]> rows) throws SQLException {
        if (!INSERT_INTO.matcher(insertInto).find() || !connection.isWrapperFor(PGConnection.class)
                || !rows.stream().allMatch(PostgresCopy::copyable)) {
            return false;
        }
        String sql = INSERT_INTO.matcher(insertInto).replaceFirst("COPY ") + " FROM STDIN";
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            StringBuilder text = new StringBuilder(FLUSH_AT + 4096);
            for (Object[] row : rows) {
                line(text, row);
                if (text.length() >= FLUSH_AT) {
                    send(copy, text);
                }
            }
            send(copy, text);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return true;
    }

    private static boolean copyable(Object[] row) {
        for (Object value : row) {
            if (value != null && !(value instanceof String) && !(value instanceof Integer) && !(value instanceof Long)
                    && !(value instanceof Boolean)) {
                return false;
            }
        }
        return true;
    }

    /** One row: values separated by tabs, {@code \N} for null, backslash, tab and line ends escaped. */
    static void line(StringBuilder text, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            Object value = row[i];
            if (value == null) {
                text.append("\\N");
            } else if (value instanceof String s) {
                escape(text, s);
            } else {
                text.append(value);
            }
        }
        text.append('\n');
    }

    /** Copies the runs between the characters that need escaping whole: most values have none. */
    private static void escape(StringBuilder text, String value) {
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            String escaped = switch (value.charAt(i)) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escaped != null) {
                text.append(value, from, i).append(escaped);
                from = i + 1;
            }
        }
        text.append(value, from, value.length());
    }

    private static void send(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }
}
