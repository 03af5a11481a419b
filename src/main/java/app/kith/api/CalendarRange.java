package app.kith.api;

import app.kith.calendar.CalendarEntry;
import java.time.LocalDate;
import java.util.List;

/** A range of the calendar, every entry in it (a range is bounded, so it is never paged). */
record CalendarRange(LocalDate from, LocalDate to, List<CalendarEntry> items) {
}
