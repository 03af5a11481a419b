package app.kith.digest;

import app.kith.storage.ClusterLock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduler's minute: the node that takes the cluster's lock for it ({@link ClusterLock}) runs
 * the due digests; the others skip the minute. While nothing is due, that costs each node one update
 * of the lock row a minute, and the lock holder two probes of small partial indexes. The lock only
 * saves work: the claims in {@link DueDigests} are what make each digest go out once.
 */
@Component
class DigestTicker {
    static final String LOCK = "digest-tick";
    private static final Duration AT_MOST = Duration.ofMinutes(10);

    private final ClusterLock lock;
    private final DueDigests due;
    private final Duration atLeast;

    DigestTicker(ClusterLock lock, DueDigests due, @Value("${kith.digest.lock-at-least:PT30S}") Duration atLeast) {
        this.lock = lock;
        this.due = due;
        this.atLeast = atLeast;
    }

    @Scheduled(cron = "${kith.digest.tick}")
    void scheduled() {
        tick();
    }

    /** Runs the due digests if this node gets the lock for the minute; true when it did. */
    boolean tick() {
        return lock.runAlone(LOCK, AT_MOST, atLeast, due::run);
    }
}
