package app.kith.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite connections whose transactions are SQLite's own statements: {@code BEGIN IMMEDIATE} (a
 * read-only one {@code BEGIN}), {@code COMMIT} and {@code ROLLBACK}, while the driver itself stays in
 * auto-commit mode.
 * <p>
 * The driver's own transactions break under a lock held longer than the busy timeout (another
 * program, a long import): it records "not auto-commit" before its {@code BEGIN} runs, so when that
 * {@code BEGIN} fails the pooled connection believes it is in a transaction it never opened, and every
 * later user of it writes statement by statement and then fails to commit (xerial/sqlite-jdbc#683).
 * It also opens the next transaction inside {@code commit()}, so a commit that succeeded could still
 * be reported as failed, and an idle connection waited for the write lock. Here a {@code BEGIN} that
 * fails leaves the connection as it was, and a commit is reported exactly as SQLite did it.
 * <p>
 * Write transactions take turns first come, first served before they ask SQLite for its lock: SQLite's
 * busy handler sleeps and retries, so among eight busy writers one could lose every retry for the whole
 * busy timeout.
 */
final class SqliteConnections extends AbstractDataSource {
    /** How long a write transaction waits for its turn: as long as SQLite's busy timeout ({@link DatabaseConfig}). */
    private static final long TURN_TIMEOUT_MILLIS = 5_000;

    private final String url;
    private final Semaphore writers = new Semaphore(1, true);
    private volatile int loginTimeoutSeconds;

    SqliteConnections(String url) {
        this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection driver = DriverManager.getConnection(url);
        refreshStatistics(driver);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Transactions(driver, writers));
    }

    /**
     * Refreshes the planner's statistics when they are missing or stale, as SQLite advises for a
     * connection that lives long ({@code PRAGMA optimize}), but only if the write lock is free at once:
     * a connection opened while a writer holds it (an import reading its upload beside its own
     * transaction) leaves that to the next one instead of waiting for the writer, which waits for it.
     */
    private static void refreshStatistics(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 0");
            try {
                statement.execute("PRAGMA optimize=0x10002");
            } catch (SQLiteException e) {
                if ((e.getResultCode().code & 0xff) != SQLiteErrorCode.SQLITE_BUSY.code) {
                    throw e;
                }
            } finally {
                statement.execute("PRAGMA busy_timeout = " + TURN_TIMEOUT_MILLIS);
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    /**
     * Kept for the pool, which waits this long at shutdown for a connection it is still opening: with
     * none (AbstractDataSource's 0) it stopped waiting at once, the connection stayed open after the
     * pool closed, and SQLite, not the last to close, left its log behind (417 MB after a seed).
     */
    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeoutSeconds = seconds;
    }

    /** One connection's transaction state, kept here rather than in the driver. */
    private static final class Transactions implements InvocationHandler {
        private final Connection driver;
        private final Semaphore writers;
        private boolean open;
        private boolean readOnly;
        private boolean hasTurn;

        Transactions(Connection driver, Semaphore writers) {
            this.driver = driver;
            this.writers = writers;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            boolean noArguments = args == null || args.length == 0;
            switch (method.getName()) {
                case "setAutoCommit" -> {
                    autoCommit((Boolean) args[0]);
                    return null;
                }
                case "getAutoCommit" -> {
                    return !open;
                }
                case "commit" -> {
                    commit();
                    return null;
                }
                case "rollback" -> {
                    if (noArguments) {
                        rollback();
                        return null;
                    }
                }
                case "setReadOnly" -> {
                    readOnly = (Boolean) args[0];
                    return null;
                }
                case "isReadOnly" -> {
                    return readOnly;
                }
                case "close" -> endTurn();
                default -> {
                }
            }
            try {
                return method.invoke(driver, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void autoCommit(boolean on) throws SQLException {
            if (on && open) {
                commit();
            } else if (!on && !open) {
                if (readOnly) {
                    execute("BEGIN");
                } else {
                    takeTurn();
                    try {
                        execute("BEGIN IMMEDIATE");
                    } catch (SQLException e) {
                        endTurn();
                        throw e;
                    }
                }
                open = true;
            }
        }

        private void takeTurn() throws SQLException {
            try {
                if (!writers.tryAcquire(TURN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                    throw new SQLiteException("the database is locked: other writes kept it for "
                            + TURN_TIMEOUT_MILLIS + " ms", SQLiteErrorCode.SQLITE_BUSY);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLiteException("interrupted while waiting to write", SQLiteErrorCode.SQLITE_INTERRUPT);
            }
            hasTurn = true;
        }

        private void endTurn() {
            if (hasTurn) {
                hasTurn = false;
                writers.release();
            }
        }

        private void commit() throws SQLException {
            if (!open) {
                throw new SQLException("no transaction is open: the connection is in auto-commit mode");
            }
            // A COMMIT that fails leaves the transaction open (SQLite's rule), for the caller to roll back.
            execute("COMMIT");
            open = false;
            endTurn();
        }

        private void rollback() throws SQLException {
            if (!open) {
                throw new SQLException("no transaction is open: the connection is in auto-commit mode");
            }
            try {
                execute("ROLLBACK");
            } catch (SQLException e) {
                // SQLite rolls back by itself after some failures (a full disk, an I/O error); then nothing is left to undo.
                if (e.getMessage() == null || !e.getMessage().contains("no transaction is active")) {
                    throw e;
                }
            }
            open = false;
            endTurn();
        }

        private void execute(String sql) throws SQLException {
            try (Statement statement = driver.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
