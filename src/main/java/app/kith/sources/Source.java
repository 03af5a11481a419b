package app.kith.sources;

import java.time.Instant;

/**
 * A source as every surface shows it. It never holds a credential: {@code passwordSet} only says
 * whether one is kept (a mailbox's password, a calendar's address).
 *
 * @param imap       the mailbox settings, for an imap source, else null
 * @param calendar   the calendar settings (its host, never its address), for an ics source, else null
 * @param syncing    true while a sync holds the source
 * @param progress   how far the sync running (or the last one) got, in words, or null
 * @param lastError  why the last sync failed, in one line, or null
 * @param captured   how many interactions it captured that are still there
 */
public record Source(String id, SourceKind kind, String name, ImapSettings imap, IcsSettings calendar,
                     boolean passwordSet, boolean paused,
                     SourceStatus status, boolean syncing, String progress, String lastError, Instant lastSyncAt,
                     Instant nextSyncAt, int captured, Instant createdAt) {
}
