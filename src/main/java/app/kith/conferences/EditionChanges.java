package app.kith.conferences;

/** The dates (YYYY-MM-DD) and city of an edition; null leaves a field as it is. */
public record EditionChanges(String startsOn, String endsOn, String city) {
}
