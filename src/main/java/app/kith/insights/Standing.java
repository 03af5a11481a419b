package app.kith.insights;

import app.kith.people.CadenceStatus;
import java.time.LocalDate;

/**
 * Where a relationship stands on a day, as a person card shows it: its health score (0-100), the
 * day of the last interaction up to that day (null when there has been none), and whether they are
 * on track, due or overdue by their cadence (null when not tracked).
 */
public record Standing(int health, LocalDate lastInteraction, CadenceStatus status) {
}
