package app.kith.calendar;

import java.time.LocalDate;

/**
 * One entry of the calendar as a calendar object of its own (RFC 4791): a VCALENDAR holding one
 * VEVENT, the same the feed writes, with a stamp that changes only when the entry does.
 *
 * @param name   its resource name in a CalDAV collection
 * @param first  the first day it covers (UTC)
 * @param last   the last day it covers, or null when it repeats without end
 */
public record CalendarObject(String name, String uid, String ics, LocalDate first, LocalDate last) {

    /** Whether it covers any day from {@code from} to {@code to} (either null: open). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !first.isAfter(to)) && (from == null || last == null || !last.isBefore(from));
    }
}
