package app.kith.exchange;

import app.kith.exchange.ImportReport.Issue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What an import has done so far, counted as it goes, for its report. */
final class Tally {
    int created;
    int updated;
    int merged;
    int skipped;
    int interactions;
    int affiliations;
    /** A set: a row that reaches a person by two of its keys reports each difference once. */
    private final Set<Issue> conflicts = new LinkedHashSet<>();
    private final List<Issue> errors = new ArrayList<>();

    void conflict(Imported at, String message) {
        conflicts.add(new Issue(at.file(), at.line(), message));
    }

    void error(Imported at, String message) {
        errors.add(new Issue(at.file(), at.line(), message));
    }

    ImportReport report(String format, String file, boolean dryRun, List<String> notes) {
        return new ImportReport(format, file, dryRun, created, updated, merged, skipped, interactions, affiliations,
                List.copyOf(conflicts), List.copyOf(errors), notes);
    }
}
