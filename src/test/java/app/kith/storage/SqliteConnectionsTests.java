package app.kith.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class SqliteConnectionsTests {

    /**
     * An import reads its upload on a second connection while its own transaction holds the write lock;
     * a connection the pool opens then must not wait for that lock to refresh the planner's statistics.
     */
    @Test
    void aConnectionOpenedWhileAWriterHoldsTheLockDoesNotWaitForIt() throws Exception {
        Path folder = TestDatabases.tempDir();
        Database database = new DatabaseConfig().database("", folder.toString());
        try (Connection setup = DriverManager.getConnection("jdbc:sqlite:" + database.sqliteFile().orElseThrow());
             Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE stats_probe (n INTEGER, m INTEGER)");
            statement.execute("CREATE INDEX stats_probe_by_n ON stats_probe (n)");
            statement.execute("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 5000)"
                    + " INSERT INTO stats_probe SELECT i % 7, i FROM c");
        }
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + database.sqliteFile().orElseThrow());
             Statement holder = other.createStatement()) {
            holder.execute("BEGIN IMMEDIATE");
            holder.execute("INSERT INTO stats_probe VALUES (1, 1)");
            try (HikariDataSource pool = (HikariDataSource) new DatabaseConfig().dataSource(database, "", "",
                    new GenericApplicationContext());
                 Connection reader = pool.getConnection();
                 Statement read = reader.createStatement();
                 ResultSet rows = read.executeQuery("SELECT count(*) FROM stats_probe")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).as("the committed rows, read beside the writer").isEqualTo(5000);
            } finally {
                holder.execute("ROLLBACK");
            }
        }
    }

    @Test
    void aLockHeldPastTheBusyTimeoutFailsTheWritesThenLeavesEveryConnectionTransactional() throws Exception {
        ApplicationContext context = TestDatabases.context(TestDatabases.Vendor.SQLITE);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        Database database = context.getBean(Database.class);
        int pool = database.connections();
        jdbc.sql("CREATE TABLE lock_probe (n INTEGER)").update();
        try {
            List<Throwable> failures = new ArrayList<>();
            try (ExecutorService writers = Executors.newFixedThreadPool(pool)) {
                try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + database.sqliteFile().orElseThrow());
                     Statement holder = other.createStatement()) {
                    holder.execute("BEGIN IMMEDIATE");
                    // Every pooled connection tries to begin while another program holds the write lock.
                    failures.addAll(onEach(writers, pool, () -> transaction.executeWithoutResult(
                            status -> jdbc.sql("INSERT INTO lock_probe (n) VALUES (1)").update())));
                    holder.execute("ROLLBACK");
                }
                assertThat(failures).as("writes while the lock was held").isNotEmpty()
                        .allSatisfy(failure -> assertThat(StorageTrouble.locked(failure)).as(failure.toString()).isTrue());

                // The same threads again, so that each is handed the connection it used before.
                assertThat(onEach(writers, pool, () -> {
                    for (int i = 0; i < 3; i++) {
                        try {
                            transaction.executeWithoutResult(status -> {
                                jdbc.sql("INSERT INTO lock_probe (n) VALUES (2)").update();
                                throw new IllegalStateException("undo");
                            });
                        } catch (IllegalStateException expected) {
                            // rolled back, as asked
                        }
                        transaction.executeWithoutResult(status -> jdbc.sql("INSERT INTO lock_probe (n) VALUES (3)").update());
                    }
                })).as("failures once the lock was released").isEmpty();
            }

            assertThat(jdbc.sql("SELECT n FROM lock_probe ORDER BY n").query(Integer.class).list())
                    .as("nothing of the refused or rolled-back transactions, every committed one")
                    .containsExactlyElementsOf(Collections.nCopies(pool * 3, 3));
        } finally {
            jdbc.sql("DROP TABLE lock_probe").update();
        }
    }

    @Test
    void writersWaitingForTheLockGetItInTheOrderTheyAsked() throws Exception {
        ApplicationContext context = TestDatabases.context(TestDatabases.Vendor.SQLITE);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        jdbc.sql("CREATE TABLE turn_probe (who TEXT)").update();
        try (ExecutorService threads = Executors.newFixedThreadPool(3)) {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> first = threads.submit(() -> transaction.executeWithoutResult(status -> {
                jdbc.sql("INSERT INTO turn_probe (who) VALUES ('first')").update();
                holding.countDown();
                await(release);
            }));
            holding.await();
            Future<?> early = threads.submit(() -> transaction.executeWithoutResult(
                    status -> jdbc.sql("INSERT INTO turn_probe (who) VALUES ('early')").update()));
            // SQLite's busy handler polls ever less often: by now the early writer sleeps 100 ms between looks,
            // and one that has just started looks every few milliseconds.
            Thread.sleep(600);
            Future<?> late = threads.submit(() -> transaction.executeWithoutResult(
                    status -> jdbc.sql("INSERT INTO turn_probe (who) VALUES ('late')").update()));
            Thread.sleep(30);
            release.countDown();
            first.get();
            early.get();
            late.get();
            assertThat(jdbc.sql("SELECT who FROM turn_probe ORDER BY rowid").query(String.class).list())
                    .containsExactly("first", "early", "late");
        } finally {
            jdbc.sql("DROP TABLE turn_probe").update();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs the work on each of the threads at once; answers what failed. */
    private static List<Throwable> onEach(ExecutorService threads, int count, Runnable work) throws InterruptedException {
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            runs.add(threads.submit(work));
        }
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> run : runs) {
            try {
                run.get();
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        return failures;
    }
}
