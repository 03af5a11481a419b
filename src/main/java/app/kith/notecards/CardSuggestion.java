package app.kith.notecards;

import java.time.LocalDate;

/**
 * A card worth writing to someone in the inner circle: for a birthday, an achievement, a thank-you
 * after they gave, or as the first step of repairing a bridge.
 *
 * @param reason  why, in words
 */
public record CardSuggestion(String personId, String name, String occasion, LocalDate writeBy, String reason) {
}
