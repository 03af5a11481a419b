package app.kith.cli;

import app.kith.calendar.CalendarFeed;
import app.kith.calendar.IcsImport;
import app.kith.calendar.IcsImportResult;
import app.kith.shared.AccountId;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code ics} format of {@code kith import} and {@code kith export}: the calendar module reads and
 * writes iCalendar, the exchange module everything else. A malformed file writes nothing and exits 65
 * with {@code FILE:LINE: reason}.
 */
final class IcsFiles {

    private IcsFiles() {
    }

    /** Events, and invitations from iTIP METHOD:REQUEST files. */
    static int importFile(KithCommand kith, String file, boolean dryRun, boolean json) {
        Path path = MissingInputException.readable(file);
        // Decoded as the API decodes an upload: a byte that is not UTF-8 reads as U+FFFD rather than failing the import.
        try (Backend backend = kith.open();
             Reader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
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
            throw new MissingInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The whole calendar, the same as the feed. */
    static void export(Backend backend, AccountId account, OutputStream out) {
        backend.get(CalendarFeed.class).write(account, out);
    }
}
