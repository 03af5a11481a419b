package app.kith.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

/**
 * A DATE or DATE-TIME as a file gives it, before its time zone is known: a day ({@link LocalDate}),
 * a wall-clock time ({@link LocalDateTime}) in the zone named by {@code tzid} (none: floating), or
 * an instant (a time in UTC, written with {@code Z}).
 *
 * @param line the line it was read on, for what is found wrong with it later
 */
record IcsTime(Temporal value, String tzid, int line) {

    IcsTime {
        value = normal(value);
    }

    boolean day() {
        return value instanceof LocalDate;
    }

    /** The kinds ical4j's date parsers answer with, as one of the three above. */
    static Temporal normal(Temporal value) {
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof Instant) {
            return value;
        }
        if (value.isSupported(ChronoField.INSTANT_SECONDS)) {
            return Instant.from(value);
        }
        if (value.isSupported(ChronoField.HOUR_OF_DAY)) {
            return LocalDateTime.from(value);
        }
        return LocalDate.from(value);
    }
}
