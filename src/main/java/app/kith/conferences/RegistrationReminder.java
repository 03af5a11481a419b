package app.kith.conferences;

import java.time.LocalDate;

/**
 * A yearly reminder to register for a series you attend: on the first day of the month two months
 * before its usual month.
 *
 * @param firstDay  the first day the reminder is due (in the year the series was added)
 */
public record RegistrationReminder(String seriesId, String seriesName, LocalDate firstDay) {
}
