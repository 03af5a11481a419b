package app.kith.notecards;

import java.time.LocalDate;

/**
 * A card in the Today digest's {@code noteCards}: not yet mailed and due within a week (or overdue).
 *
 * @param overdue  true when its write-by day has passed
 */
public record CardDue(String id, String personId, String name, String occasion, LocalDate writeBy, String status,
                      boolean overdue) {
}
