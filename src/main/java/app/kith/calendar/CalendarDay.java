package app.kith.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A day as month and agenda views show it: its first entries, in the calendar's order, and how many
 * more it has (listed in full, a page at a time, by {@link CalendarService#page} for that day).
 */
public record CalendarDay(LocalDate date, List<CalendarEntry> entries, int more) {
}
