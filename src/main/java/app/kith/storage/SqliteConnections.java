package app.kith.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.jdbc.datasource.AbstractDataSource;

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
 */
final class SqliteConnections extends AbstractDataSource {
    private final String url;

    SqliteConnections(String url) {
        this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection driver = DriverManager.getConnection(url);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Transactions(driver));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    /** One connection's transaction state, kept here rather than in the driver. */
    private static final class Transactions implements InvocationHandler {
        private final Connection driver;
        private boolean open;
        private boolean readOnly;

        Transactions(Connection driver) {
            this.driver = driver;
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
                execute(readOnly ? "BEGIN" : "BEGIN IMMEDIATE");
                open = true;
            }
        }

        private void commit() throws SQLException {
            if (!open) {
                throw new SQLException("no transaction is open: the connection is in auto-commit mode");
            }
            // A COMMIT that fails leaves the transaction open (SQLite's rule), for the caller to roll back.
            execute("COMMIT");
            open = false;
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
        }

        private void execute(String sql) throws SQLException {
            try (Statement statement = driver.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
