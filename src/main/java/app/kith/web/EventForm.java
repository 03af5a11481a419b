package app.kith.web;

import app.kith.calendar.Event;
import app.kith.calendar.EventChanges;
import app.kith.calendar.EventKind;
import app.kith.calendar.EventPerson;
import app.kith.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The event form as a browser sends it. The form always shows an event whole, so what it sends
 * replaces the event's people, inviter and times; the invitation fields go to the calendar only for
 * an invitation. A time of day is read in the server's zone (the clock's), as the page shows it.
 *
 * @param time    HH:MM, or empty for an all-day entry
 * @param repeat  empty for the kind's usual (anniversaries repeat yearly), {@code none}, or a frequency
 */
record EventForm(String kind, String title, String date, String time, String endDate, String location, String notes,
                 List<String> people, List<String> invitedBy, String invitation, String rsvp, String repeat,
                 Integer interval, String until, Integer count) {

    static EventForm blank(String kind, String date, List<String> people) {
        return new EventForm(kind == null || kind.isBlank() ? "dinner" : kind, "", date, "", "", "", "", people,
                List.of(), "received", "needs-answer", "", 1, "", null);
    }

    static EventForm of(Event e, ZoneId zone) {
        return new EventForm(e.kind().wire(), e.title(), e.date().toString(),
                e.startsAt() == null ? "" : LocalTime.ofInstant(e.startsAt(), zone).withSecond(0).withNano(0).toString(),
                e.endDate() == null ? "" : e.endDate().toString(), text(e.location()), text(e.notes()),
                e.people().stream().filter(p -> p.role().equals(EventPerson.WITH)).map(EventPerson::id).toList(),
                e.people().stream().filter(p -> p.role().equals(EventPerson.INVITER)).map(EventPerson::id).toList(),
                e.invitation() == null ? "received" : e.invitation().wire(),
                e.rsvp() == null ? "needs-answer" : e.rsvp().wire(),
                e.repeat() == null ? "none" : e.repeat().frequency().wire(),
                e.repeat() == null ? 1 : e.repeat().interval(),
                e.repeat() == null || e.repeat().until() == null ? "" : e.repeat().until().toString(),
                e.repeat() == null ? null : e.repeat().count());
    }

    boolean invitationKind() {
        return EventKind.INVITATION.wire().equals(kind);
    }

    /** The changes for the calendar; {@code creating} leaves unset fields to the calendar's defaults. */
    EventChanges changes(ZoneId zone, boolean creating) {
        boolean timed = time != null && !time.isBlank();
        String startsAt = timed ? startsAt(zone) : creating ? null : "";
        String inviter = list(invitedBy).isEmpty() ? (creating ? null : "") : invitedBy.getFirst();
        boolean invite = invitationKind();
        return new EventChanges(kind, creating ? blankToNull(title) : text(title), blankToNull(date),
                blankToNull(endDate), startsAt, timed || creating ? null : "", creating ? blankToNull(location)
                : text(location), creating ? blankToNull(notes) : text(notes), list(people), invite ? inviter : null,
                invite ? blankToNull(invitation) : null, invite ? blankToNull(rsvp) : null, blankToNull(repeat),
                blankToNull(repeat) == null ? null : interval, blankToNull(repeat) == null ? null : text(until),
                blankToNull(repeat) == null ? null : count == null ? Integer.valueOf(0) : count);
    }

    private String startsAt(ZoneId zone) {
        try {
            return LocalDate.parse(date.strip()).atTime(LocalTime.parse(time.strip())).atZone(zone)
                    .toOffsetDateTime().toString();
        } catch (RuntimeException e) {
            throw new InvalidInputException("time", "'" + time + "' is not a time of day (HH:MM) on a date");
        }
    }

    private static List<String> list(List<String> ids) {
        return ids == null ? List.of() : ids;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
