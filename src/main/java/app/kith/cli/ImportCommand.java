package app.kith.cli;

import app.kith.exchange.ImportFile;
import app.kith.exchange.ImportFormat;
import app.kith.exchange.ImportOptions;
import app.kith.exchange.ImportReport;
import app.kith.exchange.ImportService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kith import FORMAT FILE [--dry-run] [--json]}: all or nothing; a malformed file exits 65
 * with {@code FILE:LINE: reason}. A progress bar is shown only when a person is watching a terminal.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import people: FORMAT is linkedin, google, outlook, vcard, ics or json.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    KithCommand kith;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "linkedin, google, outlook, vcard, ics or json.")
    String format;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file (a LinkedIn export: the .zip or one of its CSV files).")
    String file;

    @Option(names = "--dry-run", description = "Report what would be created, updated, merged and skipped; change nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--with-message-bodies",
            description = "LinkedIn: keep the texts of messages as interaction notes (by default only who and when).")
    boolean messageBodies;

    @Override
    public Integer call() {
        ImportFormat chosen = ImportService.format(format);
        if (chosen == ImportFormat.ICS) {
            return IcsFiles.importFile(kith, file, dryRun, json);
        }
        Path path = MissingInputException.readable(file);
        ImportFile input;
        try {
            input = ImportFile.of(path);
        } catch (IOException e) {
            throw new MissingInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        try (Backend backend = kith.open(); ProgressBar bar = progressBar(input.size())) {
            ImportOptions options = new ImportOptions(dryRun, messageBodies,
                    bar == null ? null : (read, total) -> bar.stepTo(read));
            long started = System.nanoTime();
            ImportReport report = backend.get(ImportService.class)
                    .run(backend.account(kith.accountEmail()), chosen, input, options);
            if (bar != null) {
                bar.stepTo(input.size());
            }
            kith.console().took(dryRun ? "Checked" : "Imported", started);
            if (json) {
                kith.console().out(backend.json(report));
            } else {
                ImportText.lines(report).forEach(kith.console()::out);
            }
            return ExitCodes.OK;
        } catch (UncheckedIOException e) {
            throw new MissingInputException(file + ": cannot be read (" + e.getCause().getMessage() + ")");
        }
    }

    private ProgressBar progressBar(long size) {
        return ProgressBars.onTerminal(kith.console(), dryRun ? "Checking" : "Importing", size, " KiB", 1024);
    }
}
