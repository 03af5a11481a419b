package app.kith.digest;

import app.kith.storage.Database;
import java.sql.SQLException;
import java.time.Duration;
import java.util.TimeZone;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduler's minute: the node that takes ShedLock's lock (a row in the shedlock table) runs the
 * due digests; the others skip the minute. While nothing is due, that costs each node one update of
 * the lock row a minute, and the lock holder two probes of small partial indexes. The lock only
 * saves work: the claims in {@link DueDigests} are what make each digest go out once.
 */
@Component
class DigestTicker {
    static final String LOCK = "digest-tick";
    private static final Duration AT_MOST = Duration.ofMinutes(10);

    private final LockingTaskExecutor locks;
    private final DueDigests due;
    private final Duration atLeast;

    DigestTicker(DataSource dataSource, Database database, DueDigests due,
                 @Value("${kith.digest.lock-at-least:PT30S}") Duration atLeast) {
        this.locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(lockTemplate(dataSource, database)).withTimeZone(TimeZone.getTimeZone("UTC"))
                .build()));
        this.due = due;
        this.atLeast = atLeast;
    }

    /**
     * ShedLock learns that the lock's row exists when its insert fails with a duplicate key. SQLite's
     * driver reports that as a plain constraint error (code 19), which Spring does not translate, so
     * the lock's own template does.
     */
    private static JdbcTemplate lockTemplate(DataSource dataSource, Database database) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        if (database.isSqlite()) {
            SQLErrorCodeSQLExceptionTranslator translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
            template.setExceptionTranslator((task, sql, e) -> isConstraint(e) ? new DuplicateKeyException(task, e)
                    : translator.translate(task, sql, e));
        }
        return template;
    }

    private static boolean isConstraint(SQLException e) {
        return (e.getErrorCode() & 0xff) == 19;
    }

    @Scheduled(cron = "${kith.digest.tick}")
    void scheduled() {
        tick();
    }

    /** Runs the due digests if this node gets the lock for the minute; true when it did. */
    boolean tick() {
        LockConfiguration lock = new LockConfiguration(ClockProvider.now(), LOCK, AT_MOST, atLeast);
        try {
            return locks.executeWithLock(() -> {
                due.run();
                return null;
            }, lock).wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
