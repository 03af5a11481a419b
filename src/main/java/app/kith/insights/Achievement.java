package app.kith.insights;

import java.time.LocalDate;

/**
 * Something a person achieved, from an {@link AchievementSource}.
 *
 * @param id             the calendar event it is
 * @param congratulated  whether a touch already congratulated them on it
 */
public record Achievement(String id, String title, LocalDate date, boolean congratulated) {
}
