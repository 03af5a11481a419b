package app.kith.shared;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Copies SQLite's write-ahead log into the database file on a background thread, once a second,
 * instead of in whichever commit takes the log past 1,000 pages ({@code wal_autocheckpoint=0} in
 * {@link DatabaseConfig}): after a large import that copy is tens of megabytes, and the person who
 * imported should not wait for it. This is the arrangement SQLite's documentation suggests for
 * applications that want commits to return quickly. A passive checkpoint never blocks readers or
 * writers; whatever is left when the application stops, closing the last connection checkpoints.
 */
@Component
class SqliteCheckpoints implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(SqliteCheckpoints.class);

    private final JdbcClient jdbc;
    private final ScheduledExecutorService timer;

    SqliteCheckpoints(Database database, JdbcClient jdbc) {
        this.jdbc = jdbc;
        if (database.isSqlite()) {
            timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("kith-checkpoint").daemon()
                    .factory());
            timer.scheduleWithFixedDelay(this::checkpoint, 1, 1, TimeUnit.SECONDS);
        } else {
            timer = null;
        }
    }

    /** Copies what the log holds that no reader still needs; answers how many pages the log has left to copy. */
    int checkpoint() {
        try {
            return jdbc.sql("PRAGMA wal_checkpoint(PASSIVE)")
                    .query((rs, n) -> rs.getInt(2) - rs.getInt(3)).single();
        } catch (DataAccessException e) {
            log.warn("SQLite checkpoint failed, trying again in a second: {}", e.getMessage());
            return -1;
        }
    }

    @Override
    public void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
