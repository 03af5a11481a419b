package app.kith.cli;

import app.kith.devseed.SeedReport;
import app.kith.devseed.SeedService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kith dev seed}: tools for demos and benchmarks. */
@Command(name = "dev", mixinStandardHelpOptions = true, description = "Tools for demos and benchmarks.")
final class DevCommand extends CommandGroup {

    @Command(name = "seed", mixinStandardHelpOptions = true,
            description = "Add a deterministic synthetic network to the account: the same seed gives the same data.")
    int seed(@Option(names = "--people", paramLabel = "N", required = true,
                     description = "How many people.") int people,
             @Option(names = "--interactions", paramLabel = "M", required = true,
                     description = "How many interactions.") int interactions,
             @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
                     description = "The random seed (default: ${DEFAULT-VALUE}).") long seed) {
        try (Backend backend = kith.open()) {
            SeedReport report = backend.get(SeedService.class)
                    .seed(backend.account(kith.accountEmail()), people, interactions, seed);
            Table table = new Table(new String[] {"", ""}, new int[] {0, 0})
                    .row("people", Integer.toString(report.people()))
                    .row("organizations", Integer.toString(report.organizations()))
                    .row("affiliations", Integer.toString(report.affiliations()))
                    .row("interactions", Integer.toString(report.interactions()))
                    .row("connections", Integer.toString(report.connections()));
            table.lines().forEach(kith.console()::out);
            return ExitCodes.OK;
        }
    }
}
