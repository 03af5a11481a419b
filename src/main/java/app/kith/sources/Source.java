package app.kith.sources;

import java.time.Instant;

/**
 * A source as every surface shows it. It never holds a credential: a mailbox's password is only said
 * to be kept ({@code passwordSet}), a calendar's address is shown masked ({@link IcsSettings#address}).
 *
 * @param imap        the mailbox settings, for an imap source, else null
 * @param calendar    the calendar settings (its host and masked address), for an ics source, else null
 * @param passwordSet for a mailbox, whether its password is kept; null for a calendar, which has none
 * @param syncing    true while a sync holds the source
 * @param progress   how far the sync running (or the last one) got, in words, or null
 * @param lastError  why the last sync failed, in one line, or null
 * @param captured   how many interactions it captured that are still there
 */
public record Source(String id, SourceKind kind, String name, ImapSettings imap, IcsSettings calendar,
                     Boolean passwordSet, boolean paused,
                     SourceStatus status, boolean syncing, String progress, String lastError, Instant lastSyncAt,
                     Instant nextSyncAt, int captured, Instant createdAt) {
}
