package app.kith.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored calendar entry. An all-day entry has {@code date} (and {@code endDate} when it lasts
 * several days); a timed one also has {@code startsAt} (and {@code endsAt}) in UTC.
 *
 * @param invitation       for an invitation, whether it was received or sent
 * @param rsvp             for an invitation, its answer
 * @param repeat           how it repeats, or null
 * @param congratulatedOn  for an achievement, when a touch acknowledged it
 */
public record Event(String id, EventKind kind, String title, LocalDate date, LocalDate endDate, Instant startsAt,
                    Instant endsAt, String location, String notes, List<EventPerson> people,
                    InvitationDirection invitation, Rsvp rsvp, Recurrence repeat, LocalDate congratulatedOn,
                    Instant createdAt, Instant updatedAt) {
}
