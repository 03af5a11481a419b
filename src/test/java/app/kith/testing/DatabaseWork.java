package app.kith.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConnection;

/**
 * How much work the database does for a piece of code, counted rather than timed, so scaling tests
 * can compare a small run with a large one on any machine. SQLite counts its virtual machine's steps
 * (in thousands); PostgreSQL counts the rows its scans and index fetches read. The code runs in one
 * transaction that is rolled back, so the shared test database does not grow.
 */
public final class DatabaseWork {
    private static final int STEPS_PER_CALL = 1000;

    private DatabaseWork() {
    }

    /**
     * How much the work per unit grows from a run of {@code small} units to one of {@code large}
     * ({@code 1.0}: not at all), both with the statistics of a new database ({@link #staleStatistics}).
     */
    public static double growthPerUnit(TestDatabases.Vendor vendor, int small, int large, IntConsumer run) {
        try {
            double perUnitSmall = (double) withStaleStatistics(vendor, () -> run.accept(small)) / small;
            double perUnitLarge = (double) withStaleStatistics(vendor, () -> run.accept(large)) / large;
            System.out.printf("%s: work per unit %.2f at %,d, %.2f at %,d%n", vendor, perUnitSmall, small,
                    perUnitLarge, large);
            return perUnitLarge / perUnitSmall;
        } finally {
            freshStatistics(vendor);
        }
    }

    /**
     * Each run starts from stale statistics: a run that analyzes its tables keeps the result in its
     * connection's memory even when its transaction rolls back.
     */
    private static long withStaleStatistics(TestDatabases.Vendor vendor, Runnable work) {
        staleStatistics(vendor);
        return of(vendor, work);
    }

    public static long of(TestDatabases.Vendor vendor, Runnable work) {
        return rolledBack(vendor, dataSource -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                return vendor == TestDatabases.Vendor.SQLITE ? sqliteSteps(connection, work)
                        : postgresRowsRead(new JdbcTemplate(dataSource), work);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Makes SQLite's planner believe every table holds a single row, as it does in a database whose
     * statistics were gathered right after {@code kith init}: plans that then scan a table once per
     * row of another are what scaling tests must catch. {@link #freshStatistics} undoes it.
     */
    public static void staleStatistics(TestDatabases.Vendor vendor) {
        if (vendor == TestDatabases.Vendor.SQLITE) {
            JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.context(vendor).getBean(DataSource.class));
            jdbc.execute("ANALYZE");
            // Read first, then write: writing while the cursor is open would keep a reader on an older
            // snapshot, which a truncating checkpoint waits for with the write lock held.
            List<Object[]> stale = jdbc.query("SELECT tbl, idx, stat FROM sqlite_stat1",
                    (rs, n) -> new Object[] {rs.getString(3).replaceAll("\\d+", "1"), rs.getString(1), rs.getString(2)});
            jdbc.batchUpdate("UPDATE sqlite_stat1 SET stat = ? WHERE tbl = ? AND idx IS ?", stale);
            reloadSchema(jdbc);
        }
    }

    /**
     * The statistics of the data as it is now. On PostgreSQL this also keeps autovacuum from analyzing
     * between two reads being compared, which would change their plans, and their work, with it.
     */
    public static void freshStatistics(TestDatabases.Vendor vendor) {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.context(vendor).getBean(DataSource.class));
        jdbc.execute("ANALYZE");
        if (vendor == TestDatabases.Vendor.SQLITE) {
            reloadSchema(jdbc);
        }
    }

    /** A schema change makes every pooled connection read the schema, and with it the statistics, again. */
    private static void reloadSchema(JdbcTemplate jdbc) {
        jdbc.execute("CREATE TABLE statistics_reload (x INTEGER)");
        jdbc.execute("DROP TABLE statistics_reload");
    }

    private static long sqliteSteps(Connection connection, Runnable work) throws SQLException {
        // The statistics as they are now, not as this connection last loaded them (a rolled-back ANALYZE
        // stays in its connection's memory).
        try (var statement = connection.createStatement()) {
            statement.execute("ANALYZE sqlite_schema");
        }
        SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
        AtomicLong calls = new AtomicLong();
        ProgressHandler.setHandler(sqlite, STEPS_PER_CALL, new ProgressHandler() {
            @Override
            protected int progress() {
                calls.incrementAndGet();
                return 0;
            }
        });
        try {
            work.run();
        } finally {
            ProgressHandler.clearHandler(sqlite);
        }
        return calls.get();
    }

    private static long postgresRowsRead(JdbcTemplate jdbc, Runnable work) {
        String read = "SELECT COALESCE(sum(seq_tup_read + COALESCE(idx_tup_fetch, 0)), 0) FROM pg_stat_xact_user_tables";
        long before = jdbc.queryForObject(read, Long.class);
        work.run();
        return jdbc.queryForObject(read, Long.class) - before;
    }

    /**
     * How many SQL statements the code sends to the database (prepared, plain or batched alike), on a
     * connection of its own in a transaction that is rolled back.
     */
    public static int statements(TestDatabases.Vendor vendor, Runnable work) {
        return statements(vendor, false, sql -> { }, work);
    }

    /**
     * How many SQL statements the code sends, each also told to {@code seen}; with {@code commit} the
     * transaction commits, so the work done before the commit (a search index rebuilt once per
     * transaction) is counted too.
     */
    public static int statements(TestDatabases.Vendor vendor, boolean commit, Consumer<String> seen, Runnable work) {
        return counted(vendor, commit, false, seen, work);
    }

    /**
     * How many SQL statements the code sends in a read-only transaction, as a page that opens its own
     * runs; there, the people module answers each check that a person is the account's once.
     */
    public static int readOnlyStatements(TestDatabases.Vendor vendor, Runnable work) {
        return counted(vendor, false, true, sql -> { }, work);
    }

    private static int counted(TestDatabases.Vendor vendor, boolean commit, boolean readOnly, Consumer<String> seen,
                               Runnable work) {
        return inTransaction(vendor, commit, readOnly, dataSource -> {
            ConnectionHolder held = (ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource);
            Connection real = held.getConnection();
            AtomicInteger count = new AtomicInteger();
            Connection counting = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                            count.incrementAndGet();
                            seen.accept(args == null || args.length == 0 ? "(plain statement)" : String.valueOf(args[0]));
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            TransactionSynchronizationManager.unbindResource(dataSource);
            ConnectionHolder countingHolder = new ConnectionHolder(counting, true);
            countingHolder.setSynchronizedWithTransaction(true);
            TransactionSynchronizationManager.bindResource(dataSource, countingHolder);
            // The counting connection stays until the commit's own work is done, then the real one is back.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCompletion() {
                    TransactionSynchronizationManager.unbindResource(dataSource);
                    TransactionSynchronizationManager.bindResource(dataSource, held);
                }
            });
            work.run();
            return count;
        }).get();
    }

    /** Runs the work in a transaction that is rolled back, on the database of the vendor's test context. */
    private static <T> T rolledBack(TestDatabases.Vendor vendor, Function<DataSource, T> work) {
        return inTransaction(vendor, false, false, work);
    }

    private static <T> T inTransaction(TestDatabases.Vendor vendor, boolean commit, boolean readOnly,
                                       Function<DataSource, T> work) {
        ApplicationContext context = TestDatabases.context(vendor);
        DataSource dataSource = context.getBean(DataSource.class);
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        transaction.setReadOnly(readOnly);
        return transaction.execute(status -> {
            if (!commit) {
                status.setRollbackOnly();
            }
            return work.apply(dataSource);
        });
    }
}
