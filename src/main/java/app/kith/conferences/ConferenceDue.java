package app.kith.conferences;

import java.time.LocalDate;
import java.util.List;

/**
 * A conference item of the Today digest: an edition {@code coming-up} with who is going, or a
 * series to {@code register} for.
 *
 * @param editionId  the edition, or null for a registration reminder
 * @param going      people (not you) going to the edition
 */
public record ConferenceDue(String kind, String seriesId, String editionId, String title, LocalDate date, String city,
                            boolean youAreGoing, List<Attendee> going) {
}
