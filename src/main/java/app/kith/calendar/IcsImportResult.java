package app.kith.calendar;

import java.util.List;

/**
 * What an iCalendar import did (or, in a dry run, would do), with the fixed keys of {@code import
 * --json}. Imports are all-or-nothing, so {@code errors} is empty whenever anything was written.
 */
public record IcsImportResult(int created, int updated, int skipped, List<Problem> errors, boolean dryRun) {

    /** A problem at a line of the file. */
    public record Problem(long line, String message) {
    }
}
