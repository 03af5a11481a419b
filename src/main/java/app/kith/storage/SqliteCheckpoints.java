package app.kith.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Copies SQLite's write-ahead log into the database file on a background thread, every
 * {@link #PERIOD_MILLIS} ms, instead of in whichever commit takes the log past 1,000 pages
 * ({@code wal_autocheckpoint=0} in {@link DatabaseConfig}): after a large import that copy is tens
 * of megabytes, and the person who imported should not wait for it. This is the arrangement SQLite's
 * documentation suggests for applications that want commits to return quickly. A passive checkpoint
 * never blocks readers or writers; whatever is left when the application stops, closing the last
 * connection checkpoints.
 * <p>
 * A passive checkpoint never resets the log while writes keep coming, so on its own the file grows
 * without limit. Once it passes {@link #TRUNCATE_ABOVE_BYTES} the thread escalates to a TRUNCATE
 * checkpoint, which waits briefly ({@link #TRUNCATE_WAIT_MILLIS}) for the current writer and readers, copies
 * everything and empties the file.
 * <p>
 * The thread keeps a connection of its own rather than borrowing one from the pool: a borrowed one
 * would make the pool open more connections, each refreshing the planner's statistics as it opens.
 */
@Component
class SqliteCheckpoints implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(SqliteCheckpoints.class);

    /** The log size past which a checkpoint copies everything and empties the file. */
    static final long TRUNCATE_ABOVE_BYTES = 32L * 1024 * 1024;

    /** How often the thread looks: often enough to keep the log near the bound under a stream of small commits. */
    static final long PERIOD_MILLIS = 250;

    /**
     * How long a TRUNCATE checkpoint waits for readers on an older snapshot. It holds the write lock
     * while it waits, so every writer waits with it: a short wait that gives up and tries again at the
     * next look keeps writes flowing past a long read (an export, a cursor that writes as it goes)
     * instead of failing them with "database is locked" once their own busy timeout runs out.
     */
    static final int TRUNCATE_WAIT_MILLIS = 100;

    private final String url;
    private final Path logFile;
    private final ScheduledExecutorService timer;
    private Connection connection;

    SqliteCheckpoints(Database database) {
        this.url = database.url();
        this.logFile = database.sqliteFile().map(file -> file.resolveSibling(file.getFileName() + "-wal")).orElse(null);
        if (database.isSqlite() && !database.readOnly()) {
            timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("kith-checkpoint").daemon()
                    .factory());
            timer.scheduleWithFixedDelay(this::checkpoint, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    /**
     * Copies what the log holds that no reader still needs; answers how many pages the log has left
     * to copy, or -1 when the checkpoint failed (it is tried again at the next look).
     */
    synchronized int checkpoint() {
        try {
            if (connection == null) {
                connection = DriverManager.getConnection(url);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA busy_timeout = " + TRUNCATE_WAIT_MILLIS);
                }
            }
            String mode = logBytes() > TRUNCATE_ABOVE_BYTES ? "TRUNCATE" : "PASSIVE";
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(" + mode + ")")) {
                result.next();
                return result.getInt(2) - result.getInt(3);
            }
        } catch (SQLException e) {
            log.warn("SQLite checkpoint failed, trying again shortly: {}", e.getMessage());
            close();
            return -1;
        }
    }

    private long logBytes() {
        try {
            return logFile == null || !Files.exists(logFile) ? 0 : Files.size(logFile);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
        close();
    }

    private synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("closing the checkpoint connection: {}", e.getMessage());
            }
            connection = null;
        }
    }
}
