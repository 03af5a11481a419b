package app.kith.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A repeating event as a range first reads it: only what its days and its place in a day need, not
 * its title or people (read for the few occurrences a page shows).
 *
 * @param rule how it repeats, ending ({@code until}) on the last day it can occur on, or never
 */
record Series(String id, LocalDate first, Instant startsAt, Recurrence rule) {

    /** Its days from {@code day} on. */
    Recurrence.Steps from(LocalDate day) {
        return rule.from(first, rule.until(), day);
    }

    /** Where its occurrence on {@code day} stands in the calendar's order. */
    Position on(LocalDate day) {
        Instant at = startsAt == null ? null : startsAt.plus(ChronoUnit.DAYS.between(first, day), ChronoUnit.DAYS);
        return new Position(day, Position.time(at), Position.EVENTS, id);
    }
}
