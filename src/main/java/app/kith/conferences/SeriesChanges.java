package app.kith.conferences;

/** What to set on a series; null leaves a field as it is, an empty text clears it. */
public record SeriesChanges(String name, String organizer, Integer usualMonth, String website) {
}
