package app.kith.sources;

import java.time.LocalDate;

/**
 * A calendar source's settings, as stored and shown: the host its address points at and the address
 * masked, never the address itself (Google's "secret address" is a credential; it is sealed like a
 * password).
 *
 * @param address   the address with its path and query masked, such as
 *                  {@code https://calendar.google.com/…/basic.ics}; null for a calendar added before
 *                  Kith kept it
 * @param startDate events before this day are not read
 * @param subjects  whether events' titles are kept, as the captured meetings' notes
 */
public record IcsSettings(String host, String address, LocalDate startDate, boolean subjects) {
}
