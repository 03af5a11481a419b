package app.kith.digest;

/**
 * A change to an account's digest settings; a null field keeps its current value (or Kith's
 * suggestion, weekly on Monday at 08:00 by email, when nothing is set yet).
 *
 * @param frequency  {@code daily}, {@code weekdays} or {@code weekly}
 * @param day        for a weekly digest: {@code monday} … {@code sunday}
 * @param hour       0-23, in {@code zone}
 * @param zone       an IANA time zone such as {@code Europe/Oslo}
 * @param webhookUrl an http(s) URL for the JSON POST, or an empty text to remove it
 */
public record DigestSettingsChanges(Boolean enabled, String frequency, String day, Integer hour, String zone,
                                    Boolean email, String webhookUrl) {

    public static DigestSettingsChanges enabled(boolean on) {
        return new DigestSettingsChanges(on, null, null, null, null, null, null);
    }
}
