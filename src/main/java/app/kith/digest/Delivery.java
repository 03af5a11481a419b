package app.kith.digest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One digest on one channel, as the delivery log shows it.
 *
 * @param answer        what the receiving server said when it took the digest
 * @param lastError     why the last attempt failed, in the server's words where it gave any
 * @param nextAttemptAt when a failed delivery is tried again; null when nothing more will happen
 */
public record Delivery(Channel channel, LocalDate digestDate, DeliveryStatus status, int attempts, String lastError,
                       String answer, Instant nextAttemptAt, Instant updatedAt) {
}
