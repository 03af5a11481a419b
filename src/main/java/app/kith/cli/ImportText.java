package app.kith.cli;

import app.kith.exchange.ImportReport;
import java.util.ArrayList;
import java.util.List;

/** An import report as lines for a person at a terminal. */
final class ImportText {
    private ImportText() {
    }

    static List<String> lines(ImportReport r) {
        List<String> lines = new ArrayList<>();
        lines.add((r.dryRun() ? "Would import (dry run, nothing changed): " : "Imported: ")
                + r.created() + " created, " + r.updated() + " updated, " + r.merged() + " merged, " + r.skipped()
                + " skipped; " + r.interactions() + " interactions, " + r.affiliations() + " affiliations");
        r.conflicts().forEach(c -> lines.add(Safe.text("conflict " + c.file() + ":" + c.line() + ": " + c.message())));
        r.errors().forEach(e -> lines.add(Safe.text("error " + e.file() + ":" + e.line() + ": " + e.message())));
        r.notes().forEach(n -> lines.add(Safe.text("note: " + n)));
        return lines;
    }
}
