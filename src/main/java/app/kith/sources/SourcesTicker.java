package app.kith.sources;

import app.kith.storage.ClusterLock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The background sync's minute ({@code kith.sources.tick}): the node that takes the cluster's lock
 * syncs the due sources. A first sync of a large mailbox takes a while, so it runs on a thread of its
 * own, never the scheduler's, where it would hold up the digest's minute; while it runs, later
 * minutes on this node are skipped.
 */
@Component
class SourcesTicker implements DisposableBean {
    static final String LOCK = "sources-tick";
    private static final Duration AT_MOST = SourceSyncs.LEASE;
    private static final Logger log = LoggerFactory.getLogger(SourcesTicker.class);

    private final ClusterLock lock;
    private final DueSources due;
    private final Duration atLeast;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon()
            .name("kith-sources").factory());

    SourcesTicker(ClusterLock lock, DueSources due, @Value("${kith.sources.lock-at-least:PT30S}") Duration atLeast) {
        this.lock = lock;
        this.due = due;
        this.atLeast = atLeast;
    }

    @Scheduled(cron = "${kith.sources.tick}")
    void scheduled() {
        if (busy.compareAndSet(false, true)) {
            worker.execute(() -> {
                try {
                    tick();
                } catch (RuntimeException e) {
                    log.error("The background sync of sources failed", e);
                } finally {
                    busy.set(false);
                }
            });
        }
    }

    /** Syncs the due sources if this node gets the lock; true when it did. */
    boolean tick() {
        return lock.runAlone(LOCK, AT_MOST, atLeast, due::run);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
