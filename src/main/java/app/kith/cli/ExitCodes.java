package app.kith.cli;

import app.kith.shared.BadDataException;
import app.kith.shared.ConflictException;
import app.kith.shared.InvalidInputException;
import app.kith.shared.KithException;
import app.kith.shared.NotFoundException;
import app.kith.storage.StorageTrouble;
import java.util.Map;
import picocli.CommandLine.ParameterException;

/**
 * The one mapping from what went wrong to the fixed exit codes (SPEC 4.1), each with a one-line
 * message on standard error and never a stack trace.
 */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int BAD_DATA = 65;
    static final int NO_INPUT = 66;

    /** The option a service field was given with, so messages name what the user typed. */
    private static final Map<String, String> OPTIONS = Map.ofEntries(
            Map.entry("emails", "--email"), Map.entry("email", "--email"), Map.entry("phones", "--phone"),
            Map.entry("urls", "--url"), Map.entry("circle", "--circle"), Map.entry("cadenceDays", "--cadence"),
            Map.entry("kind", "--kind"), Map.entry("trust", "--trust"), Map.entry("bridge", "--bridge"),
            Map.entry("birthday", "--birthday"), Map.entry("howWeMet", "--met"), Map.entry("tags", "--tag"),
            Map.entry("title", "--title"), Map.entry("start", "--school"), Map.entry("end", "--school"),
            Map.entry("direction", "--direction"), Map.entry("date", "--date"), Map.entry("notes", "--note"),
            Map.entry("strength", "--strength"), Map.entry("password", "--password-stdin"),
            Map.entry("participants", "PERSON_ID"), Map.entry("personA", "PERSON_ID"),
            Map.entry("personB", "PERSON_ID"), Map.entry("other", "OTHER_ID"), Map.entry("format", "FORMAT"),
            Map.entry("personId", "PERSON_ID"), Map.entry("people", "--person"),
            Map.entry("occasion", "--occasion"), Map.entry("writeBy", "--by"), Map.entry("message", "--message"),
            Map.entry("endDate", "--end"), Map.entry("invitedBy", "--invited-by"), Map.entry("rsvp", "--rsvp"),
            Map.entry("repeat", "--repeat"), Map.entry("interval", "--interval"), Map.entry("until", "--until"),
            Map.entry("count", "--count"), Map.entry("usualMonth", "--month"), Map.entry("year", "YEAR"),
            Map.entry("frequency", "--frequency"), Map.entry("day", "--day"), Map.entry("hour", "--hour"),
            Map.entry("zone", "--zone"), Map.entry("webhookUrl", "--webhook"), Map.entry("channel", "CHANNEL"),
            Map.entry("host", "--host"), Map.entry("user", "--user"), Map.entry("port", "--port"),
            Map.entry("tls", "--tls"), Map.entry("folders", "--folder"), Map.entry("startDate", "--start"),
            Map.entry("mode", "--mode"), Map.entry("days", "--ideal"), Map.entry("maximumDays", "--maximum"));

    private ExitCodes() {
    }

    /** Unknown options, bad values, missing arguments: said before anything has started. */
    static int usage(ParameterException e, Console console) {
        console.note("kith: " + e.getMessage());
        console.note("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
        return USAGE;
    }

    static int failure(Exception e, Console console) {
        KithException known = find(e, KithException.class);
        if (known != null) {
            return switch (known) {
                case InvalidInputException invalid -> say(console, USAGE, option(invalid.field())
                        + invalid.getMessage().substring(invalid.field().length()));
                case NotFoundException notFound -> say(console, FAILURE, notFound.getMessage());
                case ConflictException conflict -> say(console, FAILURE, conflict.getMessage());
                case BadDataException bad -> {
                    console.note(bad.getMessage());
                    yield BAD_DATA;
                }
            };
        }
        MissingInputException missing = find(e, MissingInputException.class);
        if (missing != null) {
            return say(console, NO_INPUT, missing.getMessage());
        }
        CommandLogging.debug("command failed", e);
        return say(console, FAILURE, StorageTrouble.explain(e).orElseGet(() -> describe(e)));
    }

    private static int say(Console console, int code, String message) {
        console.note("kith: " + firstLine(message));
        return code;
    }

    private static String option(String field) {
        return OPTIONS.getOrDefault(field, field);
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * What failed, in the words of the first exception that is not one of Spring's wrappers
     * (which only say which bean failed to start).
     */
    private static String describe(Throwable e) {
        Throwable chosen = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            chosen = t;
            if (!t.getClass().getName().startsWith("org.springframework.") && t.getMessage() != null) {
                break;
            }
        }
        return chosen.getMessage() == null ? chosen.getClass().getSimpleName() : chosen.getMessage();
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip();
        int end = line.indexOf('\n');
        return end < 0 ? line : line.substring(0, end).strip();
    }
}
