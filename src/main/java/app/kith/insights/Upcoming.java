package app.kith.insights;

import java.time.LocalDate;

/**
 * Something coming up, for the upcoming section of Today. Insights add birthdays; other modules
 * (calendar, conferences) add their kinds through a {@link TodayContribution}.
 *
 * @param kind    what it is, e.g. {@code birthday}
 * @param inDays  days from the digest's day (0 = today)
 * @param person  who it is about, or null
 * @param turns   for a birthday whose year is known, the age reached; null otherwise (never invented)
 */
public record Upcoming(String kind, LocalDate date, int inDays, PersonRef person, String title, Integer turns) {
}
