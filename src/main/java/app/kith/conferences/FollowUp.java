package app.kith.conferences;

import java.time.LocalDate;

/**
 * Someone met at an edition who has not been touched since it ended.
 *
 * @param lastInteraction  the latest interaction with them, or null
 */
public record FollowUp(String personId, String name, String editionId, int year, LocalDate lastInteraction) {
}
