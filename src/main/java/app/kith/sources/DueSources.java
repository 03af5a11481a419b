package app.kith.sources;

import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * What the background does each minute: syncs the sources whose sync is due, one after another. Each
 * is claimed first ({@link SourceSyncs}), so any number of nodes may run this at once and each source
 * is still synced by one of them.
 */
@Component
class DueSources {
    static final int BATCH = 100;

    private final Sources sources;
    private final SourceSyncs syncs;
    private final Clock clock;

    DueSources(Sources sources, SourceSyncs syncs, Clock clock) {
        this.sources = sources;
        this.syncs = syncs;
        this.clock = clock;
    }

    /** Syncs what is due now; returns how many sources it synced. */
    int run() {
        int synced = 0;
        for (Sources.Due due : sources.due(clock.instant().getEpochSecond(), BATCH)) {
            if (syncs.run(due.account(), due.id(), SyncProgress.NONE, false) != null) {
                synced++;
            }
        }
        return synced;
    }
}
