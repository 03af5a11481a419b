package app.kith.exchange;

import java.util.List;

/**
 * What an import did, or with a dry run would do. {@code created}, {@code updated}, {@code skipped}
 * and {@code errors} are the fixed keys of {@code kith import --json} (SPEC 4.1).
 *
 * @param created      people added
 * @param updated      people already in Kith who gained something (a contact point, a field, a tag)
 * @param merged       rows that were the same person as an earlier row of the same import
 * @param skipped      rows about people already in Kith who had nothing new, and rows left out
 * @param interactions interactions added (connected on, messages, invitations, endorsements...)
 * @param affiliations affiliations added (employers, schools)
 * @param conflicts    values of the file that differ from what Kith holds; Kith's are kept
 * @param errors       rows or values that could not be used, by line; the rest was imported
 * @param notes        anything else worth saying (parts of the file this version does not keep)
 */
public record ImportReport(String format, String file, boolean dryRun, int created, int updated, int merged,
                           int skipped, int interactions, int affiliations, List<Issue> conflicts,
                           List<Issue> errors, List<String> notes) {

    /** Something about one line of a file. */
    public record Issue(String file, long line, String message) {
    }
}
