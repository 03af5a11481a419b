package app.kith.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting with people, as a {@link MeetingSource} knows it.
 *
 * @param source   who knows of it: {@code calendar} (then {@code id} is the event's), or another source's name
 * @param kind     what it is, in its source's words (the calendar's: dinner, invitation, reminder...)
 * @param startsAt when it starts, or null when it lasts all day
 * @param date     its day in the account's zone (the first day, for one of several days)
 * @param people   who it is with, named; yourself may be among them
 */
public record Meeting(String source, String id, String kind, String title, Instant startsAt, LocalDate date,
                      String location, List<PersonRef> people) {
}
