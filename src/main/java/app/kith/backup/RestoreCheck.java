package app.kith.backup;

import app.kith.shared.BadDataException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Decides whether a file may replace the database, and gets a private copy of it ready to: a sound
 * SQLite file, holding a Kith database, of a version this program knows; upgraded to this
 * program's version, with its search index rebuilt and the live database's page size.
 */
final class RestoreCheck {
    private RestoreCheck() {
    }

    /**
     * @param file     the file the user named, for messages
     * @param copy     a private copy of it, changed in place
     * @param flyway   the live database's migrations
     * @param pageSize the live database's page size
     */
    static void prepare(Path file, Path copy, Flyway flyway, int pageSize) throws IOException {
        String name = file.toString();
        if (!SqliteFile.hasSqliteHeader(copy)) {
            throw new BadDataException(name, 0, "not an SQLite database, so not a Kith backup");
        }
        try (SqliteFile db = SqliteFile.open(copy)) {
            db.useRollbackJournal();
            if (!db.problems().isEmpty()) {
                throw new BadDataException(name, 0, "the database is damaged (SQLite's integrity check: "
                        + String.join("; ", db.problems().stream().limit(3).toList()) + ")");
            }
            if (!db.hasTable("accounts") || !db.hasTable("flyway_schema_history")) {
                throw new BadDataException(name, 0, "an SQLite database, but not a Kith one (it has no accounts)");
            }
            MigrationVersion known = latestKnown(flyway);
            MigrationVersion newest = db.appliedVersions().stream().map(MigrationVersion::fromVersion)
                    .max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
            if (newest.compareTo(known) > 0) {
                throw new BadDataException(name, 0, "made by a newer Kith (database version " + newest
                        + "; this program knows up to " + known + "): restore it with that version");
            }
            if (db.pageSize() != pageSize) {
                db.changePageSize(pageSize);
            }
        } catch (SQLException e) {
            throw new BadDataException(name, 0, "the database is damaged (" + e.getMessage() + ")");
        }
        try {
            Flyway.configure().configuration(flyway.getConfiguration())
                    .dataSource("jdbc:sqlite:" + copy.toAbsolutePath(), null, null).load().migrate();
        } catch (FlywayException e) {
            throw new BadDataException(name, 0, "it cannot be brought up to this version of Kith (" + e.getMessage() + ")");
        }
        try (SqliteFile db = SqliteFile.open(copy)) {
            db.rebuildSearchIndex();
        } catch (SQLException e) {
            throw new BadDataException(name, 0, "its search index cannot be rebuilt (" + e.getMessage() + ")");
        }
    }

    private static MigrationVersion latestKnown(Flyway flyway) {
        return Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion).filter(Objects::nonNull)
                .max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
    }
}
