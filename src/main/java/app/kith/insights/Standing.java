package app.kith.insights;

import java.time.LocalDate;

/**
 * Where a relationship stands on a day, as a person card shows it: its health score (0-100) and the
 * day of the last interaction up to that day (null when there has been none).
 */
public record Standing(int health, LocalDate lastInteraction) {
}
