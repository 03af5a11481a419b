package app.kith.notecards;

/**
 * What to set on a card; null leaves a field as it is. On creation {@code personId} and
 * {@code occasion} are required. Dates are YYYY-MM-DD.
 */
public record NoteCardChanges(String personId, String occasion, String writeBy, String message, String status) {
}
