package app.kith.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                use.with(statement);
            }
            return;
        }
        Map<String, PreparedStatement> statements = statements(connection);
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        use.with(statement);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, PreparedStatement> statements(Connection connection) {
        Key key = new Key(connection instanceof ConnectionProxy proxy ? proxy.getTargetConnection() : connection);
        var statements = (Map<String, PreparedStatement>) TransactionSynchronizationManager.getResource(key);
        if (statements == null) {
            Map<String, PreparedStatement> opened = new HashMap<>();
            TransactionSynchronizationManager.bindResource(key, opened);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCompletion() {
                    TransactionSynchronizationManager.unbindResource(key);
                    opened.values().forEach(TransactionStatements::close);
                }
            });
            statements = opened;
        }
        return statements;
    }

    private static void close(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // The connection goes back to the pool next, which closes whatever is still open on it.
        }
    }
}
