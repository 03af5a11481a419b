package app.kith.storage;

import java.sql.SQLException;
import java.time.Duration;
import java.util.TimeZone;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Scheduled work that one node of a cluster does at a time: ShedLock's lock, a row per task in the
 * shedlock table. The lock only saves work; what makes a unit of work happen once is each task's own
 * claim in its tables (a conditional update whose row count says who won).
 */
@Component
public class ClusterLock {
    private final LockingTaskExecutor locks;

    ClusterLock(DataSource dataSource, Database database) {
        this.locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(lockTemplate(dataSource, database)).withTimeZone(TimeZone.getTimeZone("UTC"))
                .build()));
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

    /**
     * Runs the work if this node gets the lock named {@code name}; true when it did. The lock is held
     * at least {@code atLeast} (so nodes whose clocks differ a little do not each run it once) and
     * at most {@code atMost} (so a node that dies holding it does not hold it forever).
     */
    public boolean runAlone(String name, Duration atMost, Duration atLeast, Runnable work) {
        LockConfiguration lock = new LockConfiguration(ClockProvider.now(), name, atMost, atLeast);
        try {
            return locks.executeWithLock(() -> {
                work.run();
                return null;
            }, lock).wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
