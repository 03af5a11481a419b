package app.kith.sources;

import java.time.LocalDate;

/**
 * A calendar source's settings, as stored and shown: the host its address points at, never the
 * address itself (Google's "secret address" is a credential; it is sealed like a password).
 *
 * @param startDate events before this day are not read
 * @param subjects  whether events' titles are kept, as the captured meetings' notes
 */
public record IcsSettings(String host, LocalDate startDate, boolean subjects) {
}
