package app.kith.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The baseline for the seed's insert rate: the same rows, written with nothing but JDBC batches in
 * one transaction. The rows are read from the seeded database first (not timed).
 */
final class RawInsert {
    /** Every table that holds an account's data, parents before children. */
    static final List<String> TABLES = List.of("accounts", "people", "contact_points", "addresses", "tags",
            "person_tags", "organizations", "affiliations", "interactions", "interaction_participants", "connections");
    private static final int BATCH = 1000;

    private RawInsert() {
    }

    record Table(String name, List<String> columns, List<Object[]> rows) {
    }

    static long count(Connection c, String accountId) throws SQLException {
        long total = 0;
        for (String table : TABLES) {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table + where(table))) {
                ps.setString(1, accountId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total += rs.getLong(1);
                }
            }
        }
        return total;
    }

    static List<Table> read(Connection c, String accountId) throws SQLException {
        List<Table> tables = new ArrayList<>();
        for (String table : TABLES) {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + where(table))) {
                ps.setString(1, accountId);
                try (ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<Integer> indexes = new ArrayList<>();
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        // PostgreSQL computes search_tsv itself (a generated column).
                        if (!meta.getColumnName(i).equalsIgnoreCase("search_tsv")) {
                            indexes.add(i);
                            columns.add(meta.getColumnName(i));
                        }
                    }
                    List<Object[]> rows = new ArrayList<>();
                    while (rs.next()) {
                        Object[] row = new Object[indexes.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(indexes.get(i));
                        }
                        rows.add(row);
                    }
                    tables.add(new Table(table, columns, rows));
                }
            }
        }
        return tables;
    }

    /** Writes the rows in one transaction and returns how long that took, in nanoseconds. */
    static long write(Connection c, List<Table> tables) throws SQLException {
        long start = System.nanoTime();
        c.setAutoCommit(false);
        for (Table table : tables) {
            String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columns()) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] row : table.rows()) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        }
        c.commit();
        return System.nanoTime() - start;
    }

    static long rows(List<Table> tables) {
        return tables.stream().mapToLong(t -> t.rows().size()).sum();
    }

    private static String where(String table) {
        return table.equals("accounts") ? " WHERE id = ?" : " WHERE account_id = ?";
    }
}
