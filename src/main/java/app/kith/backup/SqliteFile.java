package app.kith.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A standalone SQLite file (a backup, or a copy of one being restored), opened on its own connection. */
final class SqliteFile implements AutoCloseable {
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Connection connection;

    private SqliteFile(Connection connection) {
        this.connection = connection;
    }

    /** True when the file starts with SQLite's header (an empty file would otherwise open as an empty database). */
    static boolean hasSqliteHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(HEADER.length);
            return Arrays.equals(start, HEADER);
        }
    }

    static SqliteFile open(Path file) throws SQLException {
        return new SqliteFile(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()));
    }

    /** Makes the file self-contained: one file, no write-ahead log beside it. */
    void useRollbackJournal() throws SQLException {
        execute("PRAGMA journal_mode = DELETE");
    }

    /** SQLite's own check of every page and index; empty when the file is sound. */
    List<String> problems() throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                problems.add(rs.getString(1));
            }
        }
        return problems.equals(List.of("ok")) ? List.of() : problems;
    }

    boolean hasTable(String name) throws SQLException {
        try (var ps = connection.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The versions of the migrations applied to this file. */
    List<String> appliedVersions() throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    int pageSize() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA page_size")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Rewrites the file with another page size (the live database's, which a restore into WAL mode needs). */
    void changePageSize(int pageSize) throws SQLException {
        execute("PRAGMA page_size = " + pageSize);
        execute("VACUUM");
    }

    /** Rebuilds the full-text index from the people table (it is derived data, keyed by rowid). */
    void rebuildSearchIndex() throws SQLException {
        execute("INSERT INTO people_fts (people_fts) VALUES ('rebuild')");
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** Deletes the file and whatever journal SQLite left beside it. */
    static void delete(Path file) {
        for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                // A temporary file left behind is harmless; the operation's own error matters more.
            }
        }
    }
}
