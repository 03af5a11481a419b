package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.kith.storage.StorageTrouble;
import app.kith.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.junit.jupiter.api.Test;

/**
 * When the database itself refuses (a lock held by another program, a full disk, a read-only store),
 * the user reads one line that says what to do, never the driver's text, and nothing changes.
 */
class StorageTroubleTests {

    @Test
    void aDatabaseLockedByAnotherProgramIsSaidInOneLineAndTheCommandChangesNothing() throws Exception {
        Path data = TestDatabases.tempDir();
        Cli cli = Cli.on("--data", data.toString());
        assertThat(cli.run("init", "--email", "me@example.com", "--name", "Me").exit()).isZero();

        Cli.Result refused;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("kith.db"));
             Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            refused = cli.run("people", "add", "Ada Lovelace");
            lock.execute("ROLLBACK");
        }

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("kith: " + locked());
        assertThat(cli.run("people", "list").out()).doesNotContain("Ada Lovelace");
    }

    @Test
    void aFullDiskIsSaidInOneLine() throws Exception {
        Path file = TestDatabases.tempDir().resolve("full.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x TEXT)");
            s.execute("PRAGMA max_page_count = 2");
            Throwable full = catchThrowable(() -> s.execute("INSERT INTO t SELECT hex(randomblob(4000))"
                    + " FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) SELECT i FROM n)"));

            assertThat(full).isInstanceOf(SQLException.class);
            assertThat(StorageTrouble.explain(new IllegalStateException("wrapped", full)))
                    .hasValueSatisfying(m -> assertThat(m).startsWith("the disk holding the database is full"));
        }
    }

    @Test
    void aReadOnlyStoreIsSaidInOneLineOnEitherDatabase() throws Exception {
        Path file = TestDatabases.tempDir().resolve("ro.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x TEXT)");
            s.execute("PRAGMA query_only = 1");
            assertThat(StorageTrouble.explain(catchThrowable(() -> s.execute("INSERT INTO t VALUES ('x')"))))
                    .hasValueSatisfying(m -> assertThat(m).contains("read-only"));
        }
        String[] pg = TestDatabases.postgres();
        try (Connection c = DriverManager.getConnection(pg[0], pg[1], pg[2]); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x TEXT)");
            c.setAutoCommit(false);
            s.execute("SET TRANSACTION READ ONLY");
            assertThat(StorageTrouble.explain(catchThrowable(() -> s.execute("INSERT INTO t VALUES ('x')"))))
                    .hasValueSatisfying(m -> assertThat(m).contains("PostgreSQL server is read-only"));
            c.rollback();
        }
    }

    @Test
    void otherFailuresAreLeftToTheirOwnMessages() {
        assertThat(StorageTrouble.explain(new SQLException("syntax error", "42601"))).isEmpty();
        assertThatThrownBy(() -> {
            throw new IllegalStateException("boom");
        }).satisfies(e -> assertThat(StorageTrouble.explain(e)).isEmpty());
    }

    private static String locked() {
        return StorageTrouble.explain(new SQLiteException("locked", SQLiteErrorCode.SQLITE_BUSY))
                .orElseThrow();
    }
}
