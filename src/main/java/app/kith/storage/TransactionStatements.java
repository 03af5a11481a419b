package app.kith.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * Prepared statements kept open until the transaction ends, so a multi-row statement that a bulk write
 * runs once per chunk is compiled once per transaction. Outside a transaction each is closed after use.
 */
final class TransactionStatements {

    interface Use {
        void with(PreparedStatement statement) throws SQLException;
    }

    /**
     * The statements prepared on one connection: a transaction started inside another (on a connection
     * of its own) keeps its own.
     */
    private record Key(Connection connection) {
    }

    private TransactionStatements() {
    }

    static void run(Connection connection, String sql, Use use) throws SQLException {
        Key key = new Key(connection instanceof ConnectionProxy proxy ? proxy.getTargetConnection() : connection);
        Optional<Kept> kept = TransactionBound.get(key, Kept::new);
        if (kept.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                use.with(statement);
            }
            return;
        }
        Map<String, PreparedStatement> statements = kept.get().statements;
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        use.with(statement);
    }

    /** The statements open on one connection in this transaction, closed before it completes. */
    private static final class Kept implements TransactionSynchronization {
        final Map<String, PreparedStatement> statements = new HashMap<>();

        @Override
        public void beforeCompletion() {
            statements.values().forEach(TransactionStatements::close);
            statements.clear();
        }
    }

    private static void close(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // The connection goes back to the pool next, which closes whatever is still open on it.
        }
    }
}
