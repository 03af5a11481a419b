package app.kith.cli;

import app.kith.calendar.CalendarFeed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kith export ics [--out FILE]}: the whole calendar as iCalendar, the same as the feed. */
@Command(name = "ics", mixinStandardHelpOptions = true,
        description = "The calendar as iCalendar (RFC 5545): birthdays, events, conferences.")
final class ExportIcsCommand implements Callable<Integer> {

    @ParentCommand
    ExportCommand export;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output).")
    String out;

    @Override
    public Integer call() {
        KithCommand kith = export.kith;
        try (Backend backend = kith.open()) {
            var account = backend.account(kith.accountEmail());
            CalendarFeed feed = backend.get(CalendarFeed.class);
            if (out == null) {
                feed.write(account, kith.console().raw());
                kith.console().raw().flush();
                return ExitCodes.OK;
            }
            Path target = Path.of(out).toAbsolutePath();
            Path partial = Files.createTempFile(target.getParent(), ".kith-export", ".ics");
            try (OutputStream stream = Files.newOutputStream(partial)) {
                feed.write(account, stream);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
