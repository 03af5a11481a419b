package app.kith.backup;

import app.kith.shared.BadDataException;
import app.kith.shared.InvalidInputException;
import app.kith.storage.Database;
import app.kith.storage.SplitMigrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConnection;
import org.springframework.stereotype.Service;

/**
 * Backs up and restores the whole SQLite database. On PostgreSQL both refuse with an
 * {@link InvalidInputException} that points to pg_dump / pg_restore; a corrupt or foreign file to
 * restore gives a {@link BadDataException} and changes nothing.
 *
 * <p>Both use SQLite's online backup, which copies the database page by page: rowids survive,
 * which the full-text index {@code people_fts} (keyed by {@code people.rowid}) relies on. The whole
 * copy is one step under one read snapshot, so a backup taken while the server writes is consistent
 * and includes every transaction committed before it began.
 */
@Service
public class BackupService {
    /** How long a restore waits for writers to finish: 50 tries, 100 ms apart. */
    private static final int BUSY_SLEEP_MILLIS = 100;
    private static final int BUSY_TRIES = 50;
    private static final int ALL_PAGES = -1;

    private final Database database;
    private final DataSource dataSource;
    private final Flyway flyway;

    BackupService(Database database, DataSource dataSource) {
        this.database = database;
        this.dataSource = dataSource;
        // Built here rather than injected: commands start without Flyway's bean when the schema is
        // already current, and only the SQLite migrations ever apply to a backup.
        this.flyway = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/sqlite")
                .callbacks(new SplitMigrations()).load();
    }

    /**
     * Writes a consistent copy of the database to {@code target}, even while the server writes. The
     * copy is one self-contained file. An existing file is never overwritten.
     */
    public void backup(Path target) {
        requireSqlite("backup", "pg_dump (for example: pg_dump --format=custom --file=kith.dump DBNAME)");
        Path file = target.toAbsolutePath().normalize();
        if (Files.exists(file)) {
            throw new InvalidInputException("FILE", file + " already exists; choose a new file name"
                    + " (a backup never overwrites a file)");
        }
        if (!Files.isDirectory(file.getParent())) {
            throw new InvalidInputException("FILE", "the folder " + file.getParent() + " does not exist");
        }
        // Written beside the target and renamed when it has passed its check, so a failed or
        // interrupted backup never leaves a file that looks like a good one.
        Path partial = file.resolveSibling("." + file.getFileName() + ".partial-" + UUID.randomUUID());
        try {
            try (Connection live = dataSource.getConnection()) {
                int code = live.unwrap(SQLiteConnection.class).getDatabase()
                        .backup("main", partial.toString(), null, BUSY_SLEEP_MILLIS, BUSY_TRIES, ALL_PAGES);
                if (code != 0) {
                    throw new IllegalStateException("SQLite could not copy the database (error " + code + ")");
                }
            }
            try (SqliteFile copy = SqliteFile.open(partial)) {
                copy.useRollbackJournal();
                List<String> problems = copy.problems();
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("the copy failed SQLite's integrity check (" + problems
                            + "), so nothing was written to " + file + "; the database itself may be damaged");
                }
            }
            Files.move(partial, file);
        } catch (SQLException e) {
            throw new IllegalStateException("the backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the backup could not be written to " + file, e);
        } finally {
            SqliteFile.delete(partial);
        }
    }

    /**
     * Replaces the whole database with the backup in {@code source}, after checking that it is a
     * sound Kith database that this program knows how to read. A backup from an older Kith is
     * brought up to date, and the search index is rebuilt. A missing or unreadable file gives an
     * {@link UncheckedIOException}; a corrupt or foreign one a {@link BadDataException}; in both
     * cases nothing changes.
     */
    public void restore(Path source) {
        requireSqlite("restore", "pg_restore (for example: pg_restore --clean --dbname=DBNAME kith.dump)");
        Path file = source.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(new NoSuchFileException(file.toString(), null, "no such file"));
        }
        if (!Files.isReadable(file)) {
            throw new UncheckedIOException(new AccessDeniedException(file.toString(), null, "cannot be read"));
        }
        Path live = database.sqliteFile().orElseThrow();
        // The checks, the upgrade and the index rebuild happen on a private copy: the user's file is
        // never modified, and the live database changes in one step at the end, or not at all.
        Path copy = live.resolveSibling("." + live.getFileName() + ".restore-" + UUID.randomUUID());
        try {
            Files.copy(file, copy);
            RestoreCheck.prepare(file, copy, flyway, livePageSize());
            try (Connection connection = dataSource.getConnection()) {
                int code = connection.unwrap(SQLiteConnection.class).getDatabase()
                        .restore("main", copy.toString(), null, BUSY_SLEEP_MILLIS, BUSY_TRIES, ALL_PAGES);
                if (code != 0) {
                    throw new IllegalStateException("SQLite could not replace the database (error " + code
                            + "); it is unchanged. Is another program writing to it?");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the restore failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the restore could not read " + file, e);
        } finally {
            SqliteFile.delete(copy);
        }
    }

    private int livePageSize() throws SQLException {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("PRAGMA page_size")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void requireSqlite(String command, String tool) {
        if (!database.isSqlite()) {
            throw new InvalidInputException(command, "Kith is using PostgreSQL, whose own tools do this"
                    + " consistently and at any size: use " + tool);
        }
    }
}
