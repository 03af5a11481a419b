package app.kith.exchange;

import app.kith.shared.AccountId;
import java.util.List;

/**
 * Implemented by the module that keeps events and conferences, to take the events an import read.
 * Called inside the import's transaction; with {@code dryRun} it only counts what it would add.
 */
public interface AttendedEventsImport {

    /** Adds the events not already there and returns how many that is. */
    int attended(AccountId account, List<AttendedEvent> events, boolean dryRun);
}
