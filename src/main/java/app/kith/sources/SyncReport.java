package app.kith.sources;

/**
 * What one sync of a source did.
 *
 * @param messages    messages whose headers were read (for a calendar, its events' occurrences read)
 * @param unit        what {@code messages} counts: {@code messages}, or {@code events} for a calendar
 * @param counted     of them, new messages that counted (not a list, bulk mail, an auto-reply or seen before)
 * @param logged      interactions logged with people you know
 * @param suggested   messages counted towards suggestions (correspondents you do not know yet)
 * @param error       why the sync failed, in one line, or null when it did not
 */
public record SyncReport(String sourceId, String name, int messages, String unit, int counted, int logged, int suggested,
                         String error) {

    public boolean ok() {
        return error == null;
    }
}
