package app.kith.cli;

import app.kith.digest.Channel;
import app.kith.digest.ChannelAnswer;
import app.kith.digest.Delivery;
import app.kith.digest.DigestSender;
import app.kith.digest.DigestService;
import app.kith.digest.DigestSettings;
import app.kith.digest.DigestSettingsChanges;
import app.kith.digest.SendResult;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Dates;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith digest show|send|settings|test|log}: the Today digest by email and webhook (issue 14). */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "The Today digest by email and webhook: show, send, settings, test, log.")
final class DigestCommand extends CommandGroup {

    @Command(name = "show", mixinStandardHelpOptions = true, description = "The digest as it would be sent.")
    int show(@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default: today).") String date,
             @Option(names = "--json", description = "Print the digest as JSON.") boolean json) {
        LocalDate day = date == null ? null : Dates.parse("date", date);
        try (Backend backend = kith.open()) {
            DigestService digests = backend.get(DigestService.class);
            AccountId account = backend.account(kith.accountEmail());
            if (json) {
                kith.console().out(backend.json(digests.content(account, day)));
            } else {
                digests.text(account, day).lines().map(Safe::text).forEach(kith.console()::out);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "send", mixinStandardHelpOptions = true,
            description = "Send the digest now on every channel that is on; never twice unless --force.")
    int send(@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default: today).") String date,
             @Option(names = "--force", description = "Send again even if the log says it was sent.") boolean force) {
        LocalDate day = date == null ? null : Dates.parse("date", date);
        try (Backend backend = kith.open()) {
            List<SendResult> results = backend.get(DigestSender.class).send(backend.account(kith.accountEmail()), day,
                    force);
            results.forEach(r -> kith.console().out(r.channel().wire() + ": " + r.outcome() + ": " + Safe.text(r.message())));
            return results.stream().anyMatch(SendResult::failed) ? ExitCodes.FAILURE : ExitCodes.OK;
        }
    }

    /** {@code --on} or {@code --off}, not both. */
    static final class OnOff {
        @Option(names = "--on", description = "Turn the digest on.")
        boolean on;
        @Option(names = "--off", description = "Turn the digest off.")
        boolean off;
    }

    @Command(name = "settings", mixinStandardHelpOptions = true,
            description = "Show or change when the digest goes out and where.")
    int settings(@ArgGroup(exclusive = true) OnOff onOff,
                 @Option(names = "--frequency", paramLabel = "F", description = "daily, weekdays or weekly.") String frequency,
                 @Option(names = "--day", paramLabel = "DAY", description = "For weekly: monday ... sunday.") String day,
                 @Option(names = "--hour", paramLabel = "0-23", description = "The hour, in the zone.") Integer hour,
                 @Option(names = "--zone", paramLabel = "ZONE", description = "An IANA time zone, e.g. Europe/Oslo.") String zone,
                 @Option(names = "--email", paramLabel = "on|off", description = "Email to the account's address.") String email,
                 @Option(names = "--webhook", paramLabel = "URL", description = "A webhook for a JSON POST ('' removes it).") String webhook,
                 @Option(names = "--json", description = "Print the settings as JSON.") boolean json) {
        Boolean enabled = onOff == null ? null : onOff.on;
        Boolean byEmail = email == null ? null : switch (email.strip().toLowerCase(Locale.ROOT)) {
            case "on", "yes", "true" -> true;
            case "off", "no", "false" -> false;
            default -> throw new InvalidInputException("--email", "'" + email + "' is not on or off");
        };
        try (Backend backend = kith.open()) {
            DigestService digests = backend.get(DigestService.class);
            AccountId account = backend.account(kith.accountEmail());
            DigestSettingsChanges changes = new DigestSettingsChanges(enabled, frequency, day, hour, zone, byEmail, webhook);
            boolean change = enabled != null || frequency != null || day != null || hour != null || zone != null
                    || byEmail != null || webhook != null;
            DigestSettings settings = change ? digests.update(account, changes) : digests.settings(account);
            if (json) {
                kith.console().out(backend.json(settings));
            } else {
                describe(settings);
            }
            return ExitCodes.OK;
        }
    }

    private void describe(DigestSettings s) {
        String when = switch (s.frequency()) {
            case DAILY -> "daily";
            case WEEKDAYS -> "on weekdays";
            case WEEKLY -> "weekly on " + s.day();
        };
        kith.console().out("Digest: " + (s.enabled() ? "on" : "off") + ", " + when + " at "
                + String.format(Locale.ROOT, "%02d:00", s.hour()) + " " + s.zone());
        kith.console().out("Email: " + (s.email() ? "on, to " + Safe.text(s.emailAddress()) : "off"));
        kith.console().out("Webhook: " + (s.webhook() == null ? "none" : Safe.text(s.webhook())));
        if (s.nextDueAt() != null) {
            kith.console().out("Next: " + s.nextDueAt());
        }
        s.problems().forEach(p -> kith.console().out("Note: " + p));
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Send today's digest on a channel now, marked as a test, and print the server's answer.")
    int test(@Parameters(paramLabel = "CHANNEL", description = "email or webhook.") String channel) {
        Channel chosen = Choice.parse(Channel.class, "channel", channel);
        try (Backend backend = kith.open()) {
            ChannelAnswer answer = backend.get(DigestSender.class).test(backend.account(kith.accountEmail()), chosen);
            kith.console().out(chosen.wire() + ": " + (answer.ok() ? "sent: " : "failed: ") + Safe.text(answer.answer()));
            return answer.ok() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    @Command(name = "log", mixinStandardHelpOptions = true, description = "The last deliveries, newest first.")
    int log(@Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many (default 20).") int limit,
            @Option(names = "--json", description = "Print the deliveries as JSON.") boolean json) {
        try (Backend backend = kith.open()) {
            List<Delivery> log = backend.get(DigestService.class).deliveries(backend.account(kith.accountEmail()),
                    Page.Request.of(0, limit)).items();
            if (json) {
                kith.console().out(backend.json(log));
                return ExitCodes.OK;
            }
            Table table = new Table(new String[] {"DATE", "CHANNEL", "STATUS", "ATTEMPTS", "ANSWER OR ERROR"},
                    new int[] {0, 0, 0, 0, 100});
            for (Delivery d : log) {
                table.row(d.digestDate().toString(), d.channel().wire(), d.status().wire(),
                        Integer.toString(d.attempts()), d.lastError() != null ? d.lastError() : d.answer());
            }
            table.lines().forEach(kith.console()::out);
            return ExitCodes.OK;
        }
    }
}
