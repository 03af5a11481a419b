package app.kith.cli;

import app.kith.calendar.IcsImport;
import app.kith.calendar.IcsImportResult;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kith import ics FILE}: events, and invitations from iTIP METHOD:REQUEST files. A malformed
 * file writes nothing and exits 65 with {@code FILE:LINE: reason}; a missing one exits 66.
 */
@Command(name = "ics", mixinStandardHelpOptions = true, description = "Import events and invitations (.ics).")
final class ImportIcsCommand implements Callable<Integer> {

    @ParentCommand
    ImportCommand group;

    @Parameters(paramLabel = "FILE", description = "The iCalendar file.")
    String file;

    @Option(names = "--dry-run", description = "Only say what would be created and updated.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the counts as JSON.")
    boolean json;

    @Override
    public Integer call() {
        KithCommand kith = group.kith;
        Path path = MissingInputException.readable(file);
        try (Backend backend = kith.open(); Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            IcsImportResult result = backend.get(IcsImport.class).importFile(backend.account(kith.accountEmail()),
                    file, reader, dryRun);
            if (json) {
                kith.console().out(backend.json(result));
            } else {
                kith.console().out((dryRun ? "would create " : "created ") + result.created() + ", "
                        + (dryRun ? "update " : "updated ") + result.updated() + ", skipped " + result.skipped());
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
