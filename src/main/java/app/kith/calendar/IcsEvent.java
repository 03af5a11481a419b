package app.kith.calendar;

import java.time.temporal.TemporalAmount;
import java.util.List;
import net.fortuna.ical4j.model.Recur;

/**
 * A VEVENT as Kith reads it: a single event, the first of a series (with its rule, extra dates and
 * excluded dates), or, with a {@code recurrenceId}, one instance of a series changed or cancelled.
 *
 * @param method      the METHOD of its calendar ({@code PUBLISH} when none): {@code REQUEST} is an
 *                    invitation, {@code CANCEL} cancels
 * @param end         DTEND, or null ({@code duration} instead, or neither)
 * @param rule        the RRULE, without its UNTIL (held in {@code until}), or null
 * @param ruleLine    the line of the RRULE (0 without one)
 * @param cancelled   STATUS:CANCELLED
 * @param categories  the CATEGORIES, each value on its own
 */
record IcsEvent(String method, String uid, IcsTime start, IcsTime end, TemporalAmount duration,
                Recur<?> rule, IcsTime until, int ruleLine, List<IcsTime> rdates, List<IcsTime> exdates,
                IcsTime recurrenceId, String summary, String description, String location, List<String> categories,
                boolean cancelled, Address organizer, List<Address> attendees) {

    /** An ORGANIZER or ATTENDEE: its email address (after {@code mailto:}; null for another kind of address) and CN. */
    record Address(String email, String name) {
    }

    /** The line errors found after reading are reported at: DTSTART's. */
    int line() {
        return start.line();
    }

    boolean repeats() {
        return rule != null || !rdates.isEmpty();
    }
}
