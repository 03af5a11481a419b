package app.kith.calendar;

import java.util.List;

/**
 * One page of a calendar range, in the calendar's order (day, start time with all-day entries first,
 * then stored events, birthdays and editions, each by id).
 *
 * @param next where the following page starts (an opaque cursor), or null when this is the last
 */
public record CalendarSlice(List<CalendarEntry> items, String next) {
}
