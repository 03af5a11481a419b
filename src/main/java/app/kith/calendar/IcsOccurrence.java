package app.kith.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One occurrence of an event of an iCalendar file, as {@link IcsOccurrences#read} lays it out.
 *
 * @param uid          the event's UID (null when the file gives none)
 * @param recurrenceId for an instance of a repeating event, where its series put it (its
 *                     RECURRENCE-ID, whether or not the file changed it): the instant
 *                     ({@code 2026-11-02T14:00:00Z}), or the day for an all-day series
 *                     ({@code 2026-11-02}); null for an event that does not repeat. With the UID,
 *                     it names the occurrence across reads of the same calendar.
 * @param start        when it starts; for an all-day event, midnight UTC of its first day
 * @param end          when it ends (DTEND, or DTSTART plus DURATION; without either, a time ends
 *                     when it starts and a day at the end of the day); for an all-day event,
 *                     midnight UTC of the day after its last
 * @param allDay       whether it is a day (or days) rather than a time
 * @param day          the day it starts on, in its own time zone
 * @param summary      its SUMMARY, or null
 * @param cancelled    cancelled: by METHOD:CANCEL, by STATUS:CANCELLED on the event or on this
 *                     instance, or taken out of its series by an EXDATE
 * @param organizer    the ORGANIZER's email address (its {@code mailto:}), or null
 * @param attendees    the ATTENDEEs' email addresses, as the file writes them
 */
public record IcsOccurrence(String uid, String recurrenceId, Instant start, Instant end, boolean allDay,
                            LocalDate day, String summary, boolean cancelled, String organizer,
                            List<String> attendees) {
}
