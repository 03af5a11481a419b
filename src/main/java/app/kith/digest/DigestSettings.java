package app.kith.digest;

import java.time.Instant;
import java.util.List;

/**
 * An account's digest settings as every surface shows them.
 *
 * @param asked        false until the user answered the first-sign-in question (or set anything)
 * @param day          the day of a weekly digest ({@code monday} … {@code sunday})
 * @param hour         the hour of the day (0-23) in {@code zone}
 * @param emailAddress where email digests go: the account's address
 * @param webhook      the webhook URL cut to its scheme and host ({@code https://hooks.slack.com/…}),
 *                     since the rest may be a secret; null when none is set
 * @param nextDueAt    when the next digest is due, or null while the digest is off
 * @param problems     what keeps a channel or the links from working on this server, in words
 */
public record DigestSettings(boolean asked, boolean enabled, DigestFrequency frequency, String day, int hour,
                             String zone, boolean email, String emailAddress, String webhook, Instant nextDueAt,
                             List<String> problems) {
}
