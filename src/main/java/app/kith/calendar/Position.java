package app.kith.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where an entry stands in the calendar's one order: by day, then start time (all-day entries first;
 * a timed start as the database keeps it, {@link Instant#toString()} to the second), then source
 * (stored events, birthdays, conference editions), then id within the source. Every read of a range
 * walks this order, so a page can continue after any position and no entry is seen twice.
 *
 * @param time   empty for an all-day entry
 * @param source {@link #EVENTS}, {@link #BIRTHDAYS} or {@link #CONFERENCES}; {@link #BEFORE} only in
 *               {@link #startOf}
 * @param id     the id within its source (an event, a person, an edition)
 */
record Position(LocalDate date, String time, int source, String id) implements Comparable<Position> {
    static final int BEFORE = -1;
    static final int EVENTS = 0;
    static final int BIRTHDAYS = 1;
    static final int CONFERENCES = 2;
    /** Before every day the calendar holds, in any collation ({@code LocalDate.MIN} prints with a sign). */
    static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

    /** Just before everything on a day. */
    static Position startOf(LocalDate day) {
        return new Position(day, "", BEFORE, "");
    }

    /** An entry's position: a stored event by its id, a birthday by its person, an edition by its id. */
    static Position of(CalendarEntry entry) {
        String time = time(entry.startsAt());
        if (entry.eventId() != null) {
            return new Position(entry.date(), time, EVENTS, entry.eventId());
        }
        return entry.kind() == EventKind.BIRTHDAY
                ? new Position(entry.date(), time, BIRTHDAYS, entry.id().substring(BIRTHDAY.length()))
                : new Position(entry.date(), time, CONFERENCES, entry.id().substring(CONFERENCE.length()));
    }

    /** How the ids of derived entries begin: {@code birthday:PERSON_ID}, {@code conference:EDITION_ID}. */
    static final String BIRTHDAY = "birthday:";
    static final String CONFERENCE = "conference:";

    static String time(Instant startsAt) {
        return startsAt == null ? "" : startsAt.toString();
    }

    @Override
    public int compareTo(Position other) {
        int order = date.compareTo(other.date);
        if (order == 0) {
            order = time.compareTo(other.time);
        }
        if (order == 0) {
            order = Integer.compare(source, other.source);
        }
        return order != 0 ? order : id.compareTo(other.id);
    }

    /**
     * For an all-day source keyed by (day, id): the key its rows must be greater than to come after
     * this position. An empty id stands before every id of its day.
     */
    DayAndId allDayAfter(int allDaySource) {
        if (!time.isEmpty() || source > allDaySource) {
            return new DayAndId(date.plusDays(1), "");
        }
        return new DayAndId(date, source < allDaySource ? "" : id);
    }

    /** A key (day, id) of an all-day source; rows after it have {@code (day, id) > (this.day, this.id)}. */
    record DayAndId(LocalDate day, String id) {
    }
}
