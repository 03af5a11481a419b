package app.kith.cli;

import app.kith.exchange.ExportFormat;
import app.kith.exchange.ExportService;
import app.kith.shared.AccountId;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kith export FORMAT [--out FILE]}: json (lossless), vcard (4.0, or 3.0) or csv, to a file or standard output. */
@Command(name = "export",
        description = "Export everything: FORMAT is json, vcard, csv or ics.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    KithCommand kith;

    // Not the standard help mixin: its --version (Kith's version) would clash with the vCard --version.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(paramLabel = "FORMAT", description = "json, vcard, csv or ics.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    String out;

    @Option(names = "--version", paramLabel = "V", description = "vCard version: 4.0 (default) or 3.0.")
    String version;

    @Override
    public Integer call() {
        ExportFormat chosen = ExportService.format(format);
        ExportService.checkVersion(version);
        try (Backend backend = kith.open()) {
            var account = backend.account(kith.accountEmail());
            if (out == null) {
                OutputStream stdout = kith.console().raw();
                write(backend, account, chosen, stdout);
                stdout.flush();
                return ExitCodes.OK;
            }
            // Written next to the target and moved into place, so a failed export leaves no half file.
            Path target = Path.of(out).toAbsolutePath();
            Path partial = Files.createTempFile(target.getParent(), ".kith-export", ".part");
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial))) {
                write(backend, account, chosen, file);
            } catch (RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            kith.console().note("Exported " + chosen.wire() + " to " + out);
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /** iCalendar comes from the calendar module, everything else from the exchange module. */
    private void write(Backend backend, AccountId account, ExportFormat chosen, OutputStream to) {
        if (chosen == ExportFormat.ICS) {
            IcsFiles.export(backend, account, to);
        } else {
            backend.get(ExportService.class).write(account, chosen, version, to);
        }
    }
}
