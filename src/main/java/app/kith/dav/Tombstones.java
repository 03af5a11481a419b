package app.kith.dav;

import app.kith.storage.ClusterLock;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prunes the tombstones that tell clients of deletions, once they are older than
 * {@code kith.dav.tombstones-kept}: a client that has not synced for that long gets 403
 * valid-sync-token and syncs again from the start, which loses nothing. A tombstone's age is counted
 * from the first daily pass that sees it, so deleting needs no clock.
 */
@Component
class Tombstones {
    static final String LOCK = "dav-tombstones";
    private static final String[] TABLES = {"dav_cards", "dav_calendar_objects"};

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ClusterLock lock;
    private final Clock clock;
    private final Duration kept;

    Tombstones(JdbcClient jdbc, PlatformTransactionManager transactions, ClusterLock lock, Clock clock,
               @Value("${kith.dav.tombstones-kept}") Duration kept) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.lock = lock;
        this.clock = clock;
        this.kept = kept;
    }

    @Scheduled(cron = "${kith.dav.tombstones-tick}")
    void scheduled() {
        lock.runAlone(LOCK, Duration.ofHours(1), Duration.ofMinutes(1), this::prune);
    }

    /** Dates new tombstones and prunes those kept long enough; returns how many went. */
    int prune() {
        long now = clock.millis();
        long cutoff = now - kept.toMillis();
        Integer pruned = transaction.execute(status -> {
            int gone = 0;
            for (String table : TABLES) {
                jdbc.sql("UPDATE " + table + " SET deleted_at = ? WHERE deleted = 1 AND deleted_at IS NULL")
                        .param(now).update();
                jdbc.sql("UPDATE dav_sync SET pruned_to = (SELECT MAX(t.seq) FROM " + table + " t"
                                + " WHERE t.account_id = dav_sync.account_id AND t.deleted = 1 AND t.deleted_at <= ?)"
                                + " WHERE pruned_to < (SELECT COALESCE(MAX(t.seq), 0) FROM " + table + " t"
                                + " WHERE t.account_id = dav_sync.account_id AND t.deleted = 1 AND t.deleted_at <= ?)")
                        .params(cutoff, cutoff).update();
                gone += jdbc.sql("DELETE FROM " + table + " WHERE deleted = 1 AND deleted_at <= ?").param(cutoff)
                        .update();
            }
            return gone;
        });
        return pruned == null ? 0 : pruned;
    }
}
