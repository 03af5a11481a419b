package app.kith.conferences;

import java.time.LocalDate;
import java.util.List;

/** One year's edition of a series; dates and city may not be known yet. */
public record Edition(String id, String seriesId, String seriesName, int year, LocalDate startsOn, LocalDate endsOn,
                      String city, List<Attendee> attendees) {
    /** How many days after its first day an edition may end. */
    public static final int MAX_DAYS = 60;

    /** The title calendars show, such as "JavaZone 2025". */
    public String title() {
        return seriesName + " " + year;
    }
}
