package app.kith.api;

import app.kith.calendar.CalendarEntry;
import java.time.LocalDate;
import java.util.List;

/**
 * One page of a range of the calendar, in order (day, start time with all-day entries first, id).
 *
 * @param next the cursor of the following page (also in the {@code Link: <…>; rel="next"} header), or
 *             null on the last page
 */
record CalendarRange(LocalDate from, LocalDate to, List<CalendarEntry> items, String next) {
}
