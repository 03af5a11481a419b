package app.kith.conferences;

import java.time.Instant;

/**
 * A conference series, such as a yearly meetup.
 *
 * @param usualMonth  the month (1-12) editions usually take place in, or null
 */
public record Series(String id, String name, String organizer, Integer usualMonth, String website,
                     Instant createdAt) {
}
