package app.kith.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.shared.InvalidInputException;
import app.kith.storage.Database;
import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import app.kith.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The backup module on its own: it needs nothing but the database (people and accounts are booted
 * for the data to back up). On SQLite a restore brings back what the backup held; on PostgreSQL
 * both leave the work to PostgreSQL's own tools.
 */
class BackupModuleTests {

    @OnSqlite class Sqlite extends Checks {}

    @OnPostgresql class Postgresql extends Checks {}

    @ModuleUnderTest(booted = {"accounts", "backup", "people", "shared", "storage"})
    abstract class Checks extends ModuleChecks {
        @Autowired
        BackupService backups;
        @Autowired
        Database database;

        @Test
        void aRestoreBringsBackWhatTheBackupHeldOrPostgresqlsToolsAreNamed() {
            person("Ana Lima", null);
            Path copy = TestDatabases.tempDir().resolve("kith-backup.db");
            if (!database.isSqlite()) {
                assertThatThrownBy(() -> backups.backup(copy)).isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining("pg_dump");
                assertThatThrownBy(() -> backups.restore(copy)).isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining("pg_restore");
                return;
            }
            backups.backup(copy);
            person("Bo Berg", null);
            assertThat(names(account)).containsExactly("Ana Lima", "Bo Berg");

            backups.restore(copy);

            assertThat(names(account)).containsExactly("Ana Lima");
            assertThatThrownBy(() -> backups.backup(copy)).as("a backup never overwrites a file")
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("already exists");
        }
    }
}
