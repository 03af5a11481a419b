package app.kith.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

class SqliteCheckpointsTests {

    @Test
    void commitsLeaveTheLogToTheBackgroundCheckpointWhichCopiesAllOfIt() {
        ApplicationContext context = TestDatabases.context(TestDatabases.Vendor.SQLITE);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        assertThat(jdbc.sql("PRAGMA wal_autocheckpoint").query(Integer.class).single())
                .as("no commit copies the log itself").isZero();

        context.getBean(AccountService.class).create("wal-" + UUID.randomUUID() + "@example.com", "Wal Owner", null);

        assertThat(context.getBean(SqliteCheckpoints.class).checkpoint()).as("pages left in the log").isZero();
    }

    @Test
    void aLogPastItsBoundIsCopiedWholeAndEmptied() throws Exception {
        ApplicationContext context = TestDatabases.context(TestDatabases.Vendor.SQLITE);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Path file = context.getBean(Database.class).sqliteFile().orElseThrow();
        Path log = file.resolveSibling(file.getFileName() + "-wal");
        jdbc.sql("CREATE TABLE wal_probe (b BLOB)").update();
        try {
            long megabytes = SqliteCheckpoints.TRUNCATE_ABOVE_BYTES / (1024 * 1024) + 8;
            jdbc.sql("INSERT INTO wal_probe SELECT randomblob(1048576) FROM (WITH RECURSIVE n(i) AS"
                    + " (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT i FROM n)").param(megabytes).update();
            // One commit of more than the bound: a passive checkpoint copies it but leaves the file that large.

            assertThat(context.getBean(SqliteCheckpoints.class).checkpoint()).as("pages left in the log").isZero();

            assertThat(Files.size(log)).as("log bytes after the checkpoint")
                    .isLessThanOrEqualTo(SqliteCheckpoints.TRUNCATE_ABOVE_BYTES);
        } finally {
            jdbc.sql("DROP TABLE wal_probe").update();
        }
    }

    @Test
    void aTruncationWaitingForAnOldReaderDoesNotHoldWritersUntilTheyFail() throws Exception {
        ApplicationContext context = TestDatabases.context(TestDatabases.Vendor.SQLITE);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        String url = context.getBean(Database.class).url();
        SqliteCheckpoints checkpoints = context.getBean(SqliteCheckpoints.class);
        jdbc.sql("CREATE TABLE wal_reader_probe (b BLOB)").update();
        try (Connection reader = DriverManager.getConnection(url);
             Connection writer = DriverManager.getConnection(url);
             Statement writes = writer.createStatement()) {
            long megabytes = SqliteCheckpoints.TRUNCATE_ABOVE_BYTES / (1024 * 1024) + 8;
            writes.execute("INSERT INTO wal_reader_probe SELECT randomblob(1048576) FROM (WITH RECURSIVE n(i) AS"
                    + " (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + megabytes + ") SELECT i FROM n)");
            reader.setAutoCommit(false);
            try (Statement reads = reader.createStatement(); ResultSet rows = reads.executeQuery(
                    "SELECT count(*) FROM wal_reader_probe")) {
                rows.next();
            }
            writes.execute("INSERT INTO wal_reader_probe VALUES (x'00')");
            // The reader now holds an older snapshot: a TRUNCATE checkpoint waits for it, write lock held.
            writes.execute("PRAGMA busy_timeout = " + SqliteCheckpoints.TRUNCATE_WAIT_MILLIS * 20);

            CompletableFuture<Integer> truncation = CompletableFuture.supplyAsync(checkpoints::checkpoint);
            while (!truncation.isDone() && !checkpointRunning()) {
                Thread.onSpinWait();
            }
            writes.execute("INSERT INTO wal_reader_probe VALUES (x'01')");
            assertThat(truncation.get()).as("pages left while the reader holds them").isNotZero();

            reader.rollback();
            assertThat(checkpoints.checkpoint()).as("pages left once the reader is done").isZero();
        } finally {
            jdbc.sql("DROP TABLE wal_reader_probe").update();
        }
    }

    private static boolean checkpointRunning() {
        return Thread.getAllStackTraces().values().stream().flatMap(Arrays::stream)
                .anyMatch(frame -> frame.getMethodName().equals("checkpoint")
                        && frame.getClassName().equals(SqliteCheckpoints.class.getName()));
    }
}
