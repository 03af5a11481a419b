package app.kith.cli;

import app.kith.insights.CadenceService;
import app.kith.insights.CircleCadence;
import app.kith.shared.InvalidInputException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kith cadences [--json]}: each circle's ideal and maximum interval; {@code kith cadences set
 * CIRCLE --ideal D --maximum D} changes them (0 for Kith's default, a value left out stays).
 */
@Command(name = "cadences", mixinStandardHelpOptions = true,
        description = "How often to be in touch with each circle: ideally (then due) and at the most (then overdue).")
final class CadencesCommand implements Callable<Integer> {
    @ParentCommand
    KithCommand kith;

    @Option(names = "--json", description = "Print the cadences as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Backend backend = kith.open()) {
            print(backend, backend.get(CadenceService.class).cadences(backend.account(kith.accountEmail())));
            return ExitCodes.OK;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Set a circle's ideal and/or maximum interval in days (0: Kith's default).")
    int set(@Parameters(paramLabel = "CIRCLE", description = "inner, close, network or acquaintance.") String circle,
            @Option(names = "--ideal", paramLabel = "DAYS", description = "Due once this many days have passed.")
            Integer ideal,
            @Option(names = "--maximum", paramLabel = "DAYS", description = "Overdue once this many days have passed"
                    + " (default: twice the ideal).") Integer maximum,
            @Option(names = "--json", description = "Print the circle's cadence as JSON.") boolean asJson) {
        if (ideal == null && maximum == null) {
            throw new InvalidInputException("days", "is required, or --maximum (days; 0 for the default)");
        }
        try (Backend backend = kith.open()) {
            CircleCadence set = backend.get(CadenceService.class).set(backend.account(kith.accountEmail()), circle,
                    ideal, maximum);
            json = asJson;
            print(backend, List.of(set));
            return ExitCodes.OK;
        }
    }

    private void print(Backend backend, List<CircleCadence> cadences) {
        if (json) {
            kith.console().out(backend.json(cadences.size() == 1 ? cadences.getFirst() : cadences));
            return;
        }
        Table table = new Table(new String[] {"CIRCLE", "IDEAL", "MAXIMUM", ""}, new int[] {0, 0, 0, 0});
        cadences.forEach(c -> table.row(c.circle().wire(), c.days() == null ? "-" : c.days() + " days",
                c.maximumDays() == null ? "-" : c.maximumDays() + " days",
                c.days() == null ? "not tracked" : c.isDefault() && c.maximumIsDefault() ? "default" : "yours"));
        table.lines().forEach(kith.console()::out);
    }
}
