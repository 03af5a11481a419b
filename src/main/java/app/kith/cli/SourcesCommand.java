package app.kith.cli;

import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import app.kith.sources.Source;
import app.kith.sources.SourceChanges;
import app.kith.sources.SourceService;
import app.kith.sources.SyncReport;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kith sources add|list|sync|remove|pause|resume}: where touches are captured from (issue 15).
 * {@code add} takes the kind of source as its own command ({@code add imap}, {@code add ics}), so each
 * kind has its own options; a password is read from standard input, never from an argument, and a
 * calendar's address can be (it is a secret too).
 */
@Command(name = "sources", mixinStandardHelpOptions = true, subcommands = SourcesCommand.Add.class,
        description = "Where touches are captured from: add, list, sync, pause, resume, remove.")
final class SourcesCommand extends CommandGroup {

    /** {@code kith sources add KIND ...}: one command per kind of source. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a source: imap (a mailbox) or ics (a calendar's iCalendar address).")
    static final class Add implements Runnable {
        @ParentCommand
        SourcesCommand sources;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(), "name a kind of source: "
                    + String.join(", ", spec.subcommands().keySet()));
        }

        @Command(name = "imap", mixinStandardHelpOptions = true,
                description = "Add a mailbox read over IMAP, headers only; prints the new source's id.")
        int imap(@Option(names = "--host", required = true, paramLabel = "H", description = "The IMAP server.") String host,
                 @Option(names = "--user", required = true, paramLabel = "U", description = "The user name.") String user,
                 @Option(names = "--port", paramLabel = "N", description = "The port (default 993, or 143 for "
                         + "starttls and none).") Integer port,
                 @Option(names = "--tls", paramLabel = "MODE", description = "ssl (default), starttls, or none (only to"
                         + " an address the operator opened with KITH_FETCH_ALLOW).") String tls,
                 @Option(names = "--folder", paramLabel = "F", description = "A folder to read (repeatable; default:"
                         + " INBOX and the Sent folder).") List<String> folders,
                 @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "Read mail from this day (default:"
                         + " a year ago).") String start,
                 @Option(names = "--subjects", description = "Keep subjects as the captured touches' notes.")
                 boolean subjects,
                 @Option(names = "--mode", paramLabel = "M", description = "mailbox (default) or forward: a mailbox you"
                         + " BCC or forward to.") String mode,
                 @Option(names = "--name", paramLabel = "N", description = "What to call it.") String name,
                 @Option(names = "--password-stdin", description = "Read the password (or app password) from the first"
                         + " line of standard input.") boolean passwordStdin,
                 @Option(names = "--json", description = "Print the source as JSON.") boolean json) {
            KithCommand kith = sources.kith;
            String password = passwordStdin ? kith.console().passwordLine() : prompt();
            try (Backend backend = kith.open()) {
                Source source = backend.get(SourceService.class).create(backend.account(kith.accountEmail()),
                        new SourceChanges("imap", name, host, port, tls, user, password, folders, start, subjects, mode,
                                null, null));
                kith.console().out(json ? backend.json(source) : source.id());
                kith.console().note("Added " + source.name() + ". Run 'kith sources sync " + source.id()
                        + "' to read it now; the server reads it every few minutes.");
                return ExitCodes.OK;
            }
        }

        @Command(name = "ics", mixinStandardHelpOptions = true,
                description = "Add a calendar by its iCalendar address (Google's secret address in iCal format, an"
                        + " Outlook published calendar, a Nextcloud subscription link); prints the new source's id.")
        int ics(@Parameters(paramLabel = "URL", arity = "0..1", description = "The calendar's address (http, https or"
                        + " webcal). It can be a secret: prefer --url-stdin, which keeps it out of the shell's history.")
                String url,
                @Option(names = "--url-stdin", description = "Read the address from the first line of standard input.")
                boolean urlStdin,
                @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "Read meetings from this day"
                        + " (default: a year ago).") String start,
                @Option(names = "--subjects", description = "Keep events' titles as the captured meetings' notes.")
                boolean subjects,
                @Option(names = "--name", paramLabel = "N", description = "What to call it (default: its host).")
                String name,
                @Option(names = "--json", description = "Print the source as JSON.") boolean json) {
            if (urlStdin == (url != null)) {
                throw new ParameterException(spec.commandLine(), "give the calendar's address either as URL or on"
                        + " standard input with --url-stdin");
            }
            KithCommand kith = sources.kith;
            String address = urlStdin ? kith.console().readLine() : url;
            if (address == null || address.isBlank()) {
                throw new InvalidInputException("--url-stdin", "no address on standard input");
            }
            try (Backend backend = kith.open()) {
                Source source = backend.get(SourceService.class).create(backend.account(kith.accountEmail()),
                        new SourceChanges("ics", name, null, null, null, null, null, null, start, subjects, null, null,
                                address));
                kith.console().out(json ? backend.json(source) : source.id());
                kith.console().note("Added " + Safe.text(source.name()) + ". Run 'kith sources sync " + source.id()
                        + "' to read it now; the server reads it every few minutes.");
                return ExitCodes.OK;
            }
        }

        /** The password typed at the terminal, not shown; without a terminal it must come on standard input. */
        private String prompt() {
            var terminal = System.console();
            if (terminal == null || !terminal.isTerminal()) {
                throw new InvalidInputException("password", "no terminal to type the password at; give it on standard input");
            }
            char[] typed = terminal.readPassword("Password for the mailbox: ");
            if (typed == null || typed.length == 0) {
                throw new InvalidInputException("password", "no password given");
            }
            return new String(typed);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The account's sources and how each is doing.")
    int list(@Option(names = "--json", description = "Print the sources as JSON.") boolean json) {
        try (Backend backend = kith.open()) {
            List<Source> all = backend.get(SourceService.class).list(backend.account(kith.accountEmail()));
            if (json) {
                kith.console().out(backend.json(all));
                return ExitCodes.OK;
            }
            Table table = new Table(new String[] {"ID", "NAME", "KIND", "STATUS", "LAST SYNC", "CAPTURED", "ERROR"},
                    new int[] {0, 40, 0, 0, 0, 0, 100});
            for (Source s : all) {
                table.row(s.id(), s.name(), s.kind().wire(), s.paused() ? "paused" : s.status().wire(),
                        s.lastSyncAt() == null ? "never" : s.lastSyncAt().toString(), Integer.toString(s.captured()),
                        s.lastError());
            }
            table.lines().forEach(kith.console()::out);
            return ExitCodes.OK;
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true,
            description = "Sync a source now (all that are not paused when no ID is given), with progress.")
    int sync(@Parameters(paramLabel = "ID", arity = "0..1", description = "The source (default: all).") String id,
             @Option(names = "--json", description = "Print what each sync did as JSON.") boolean json) {
        try (Backend backend = kith.open(); SyncBars bars = new SyncBars(kith.console())) {
            SourceService sources = backend.get(SourceService.class);
            AccountId account = backend.account(kith.accountEmail());
            List<SyncReport> reports = id == null ? sources.syncAll(account, bars)
                    : List.of(sources.sync(account, id, bars));
            bars.close();
            if (json) {
                kith.console().out(backend.json(reports));
            } else {
                reports.forEach(r -> kith.console().out(r.ok()
                        ? Safe.text(r.name()) + ": read " + r.messages() + " " + r.unit() + ", logged " + r.logged()
                                + " touches, " + r.suggested() + " for suggestions"
                        : Safe.text(r.name()) + ": failed: " + Safe.text(r.error())));
            }
            return reports.stream().allMatch(SyncReport::ok) ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a source; with --delete-captured, every interaction it captured too.")
    int remove(@Parameters(paramLabel = "ID", description = "The source.") String id,
               @Option(names = "--delete-captured", description = "Delete every interaction it captured.")
               boolean deleteCaptured) {
        try (Backend backend = kith.open()) {
            SourceService sources = backend.get(SourceService.class);
            AccountId account = backend.account(kith.accountEmail());
            String name = sources.get(account, id).name();
            int deleted = sources.remove(account, id, deleteCaptured);
            kith.console().note("Removed " + name + (deleteCaptured ? " and the " + deleted
                    + " interactions it captured." : "; what it captured stays."));
            return ExitCodes.OK;
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true, description = "Stop syncing a source until it is resumed.")
    int pause(@Parameters(paramLabel = "ID", description = "The source.") String id) {
        return paused(id, true);
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Sync a paused source again.")
    int resume(@Parameters(paramLabel = "ID", description = "The source.") String id) {
        return paused(id, false);
    }

    private int paused(String id, boolean paused) {
        try (Backend backend = kith.open()) {
            Source source = backend.get(SourceService.class).update(backend.account(kith.accountEmail()), id,
                    SourceChanges.paused(paused));
            kith.console().note((paused ? "Paused " : "Resumed ") + source.name() + ".");
            return ExitCodes.OK;
        }
    }
}
