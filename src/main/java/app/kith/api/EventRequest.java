package app.kith.api;

import app.kith.calendar.EventChanges;
import java.util.List;

/**
 * The body of {@code POST /events} and {@code PATCH /events/{id}}: {@code kind} is invitation,
 * dinner, achievement, anniversary or reminder; {@code date} YYYY-MM-DD; {@code startsAt} and
 * {@code endsAt} ISO-8601 instants for a timed event; {@code people} person ids; {@code repeat}
 * daily, weekly, monthly, yearly or none, with {@code interval} and {@code until} or {@code count}.
 * On PATCH null leaves a field as it is.
 */
record EventRequest(String kind, String title, String date, String endDate, String startsAt, String endsAt,
                    String location, String notes, List<String> people, String invitedBy, String invitation,
                    String rsvp, String repeat, Integer interval, String until, Integer count) {

    EventChanges changes() {
        return new EventChanges(kind, title, date, endDate, startsAt, endsAt, location, notes, people, invitedBy,
                invitation, rsvp, repeat, interval, until, count);
    }
}
