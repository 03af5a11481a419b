package app.kith.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One day's occurrence of something in the calendar, as month and agenda views show it: a stored
 * event (a repeating one once per day it occurs), a birthday from a person, or a conference edition.
 *
 * @param id         the event's id; for a birthday {@code birthday:PERSON_ID}, for an edition
 *                   {@code conference:EDITION_ID}
 * @param eventId    the stored event, or null for derived entries
 * @param turns      for a birthday whose year is known, the age reached; never invented
 */
public record CalendarEntry(String id, String eventId, EventKind kind, String title, LocalDate date,
                            LocalDate endDate, Instant startsAt, String location, List<EventPerson> people,
                            InvitationDirection invitation, Rsvp rsvp, boolean repeating, Integer turns) {
}
