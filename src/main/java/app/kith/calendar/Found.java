package app.kith.calendar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;

/**
 * Something a range read found, at its position, before it becomes an entry: a birthday or an edition
 * is already complete ({@code entry}); a stored event still needs its people, and a repeating one also
 * its row (read for the few a page shows).
 *
 * @param entry a derived entry, or null for a stored event
 * @param row   a stored event's row, or null until read (repeating events) or for derived entries
 */
record Found(Position position, CalendarEntry entry, Events.Row row) {

    static Found derived(CalendarEntry entry) {
        return new Found(Position.of(entry), entry, null);
    }

    /**
     * How many a source has on each day of a range, and its first few of each day, in order: what a
     * view of days needs from it.
     */
    record Tally(Map<LocalDate, Integer> counts, Map<LocalDate, List<Found>> first) {

        static Tally empty() {
            return new Tally(new HashMap<>(), new HashMap<>());
        }

        void add(LocalDate day, Found found) {
            first.computeIfAbsent(day, d -> new ArrayList<>()).add(found);
        }
    }
}
