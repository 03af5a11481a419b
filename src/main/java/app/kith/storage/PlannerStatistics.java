package app.kith.storage;

import java.sql.Statement;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refreshes the query planner's statistics. Call it after writing many rows at once (the synthetic
 * network, imports) and before reading them back: without statistics SQLite assumes that
 * {@code account_id = ?} is selective (every index starts with it) and scans a whole account where
 * another index would read a few rows, and PostgreSQL plans for tables it believes are tiny.
 * Joins the caller's transaction.
 */
@Component
public class PlannerStatistics {
    /** Rows SQLite samples per index: enough for good plans, fast on a large database. */
    private static final int SQLITE_ANALYSIS_LIMIT = 1000;

    private final JdbcTemplate jdbc;
    private final Database database;

    PlannerStatistics(JdbcTemplate jdbc, Database database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /**
     * Refreshes the statistics of all Kith's tables. On PostgreSQL these are the tables of the schema
     * Kith is in, not the whole database: a plain {@code ANALYZE} also samples every other schema's
     * tables (other applications', other Kith installations'), which made an import into a database
     * holding another 30,000-person data set spend 2 s analyzing it (issue 13).
     */
    public void refresh() {
        if (database.isSqlite()) {
            analyze("ANALYZE");
        } else {
            String tables = jdbc.queryForObject("SELECT string_agg(format('%I.%I', schemaname, tablename), ', ')"
                    + " FROM pg_tables WHERE schemaname = current_schema()", String.class);
            if (tables != null) {
                analyze("ANALYZE " + tables);
            }
        }
        settled();
    }

    /**
     * Refreshes everything before reading back a bulk write, unless this transaction has refreshed them
     * already or left them to its caller.
     */
    public void refreshBeforeBulkRead() {
        if (!isSettled()) {
            refresh();
        }
    }

    /**
     * Says that this transaction's caller keeps the statistics itself (a run of many seeded accounts
     * refreshes them now and then), so {@link #refreshBeforeBulkRead()} does nothing in it.
     */
    public void leaveToCaller() {
        settled();
    }

    private boolean isSettled() {
        return TransactionBound.find(this).isPresent();
    }

    private void settled() {
        TransactionBound.get(this, () -> Boolean.TRUE);
    }

    /**
     * Refreshes the statistics of these tables only (names from the code, never from users): a bulk
     * write refreshes a table once it holds the new rows, and leaves alone the tables it has not written
     * yet, whose statistics would otherwise say the account is empty until it is done.
     */
    public void refresh(String... tables) {
        for (String table : tables) {
            analyze("ANALYZE " + table);
        }
    }

    private void analyze(String sql) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                if (database.isSqlite()) {
                    statement.execute("PRAGMA analysis_limit = " + SQLITE_ANALYSIS_LIMIT);
                }
                statement.execute(sql);
            }
            return null;
        });
    }
}
