package app.kith.calendar;

import java.util.List;

/**
 * What to set on an event, as users give it. A null field leaves it as it is; an empty text clears
 * it. On creation {@code kind} and {@code date} are required; the title defaults from the kind and
 * the people. Dates are YYYY-MM-DD, instants ISO-8601 ({@code 2025-06-01T18:30:00Z}).
 *
 * @param people      people it is with or about (ids, {@code self} allowed)
 * @param invitedBy   for an invitation received: who invited you
 * @param invitation  {@code received} (default) or {@code sent}
 * @param rsvp        {@code needs-answer} (default for one received), {@code accepted}, ...
 * @param repeat      {@code daily}, {@code weekly}, {@code monthly}, {@code yearly}, or {@code none}
 */
public record EventChanges(String kind, String title, String date, String endDate, String startsAt, String endsAt,
                           String location, String notes, List<String> people, String invitedBy, String invitation,
                           String rsvp, String repeat, Integer interval, String until, Integer count) {

    /** An all-day entry of a kind on a day, with people. */
    public static EventChanges of(String kind, String date, String title, List<String> people) {
        return new EventChanges(kind, title, date, null, null, null, null, null, people, null, null, null, null,
                null, null, null);
    }
}
