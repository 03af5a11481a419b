package app.kith.cli;

import app.kith.insights.PathService;
import app.kith.insights.Paths;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kith path}: warm introduction paths from you to a person. */
@Command(name = "path", mixinStandardHelpOptions = true, description = "Warm introduction paths to a person.")
final class PathCommand implements Callable<Integer> {

    @ParentCommand
    KithCommand kith;

    @Parameters(index = "0", paramLabel = "PERSON_ID", description = "Who you would like to meet.")
    String target;

    @Option(names = "--json", description = "Print the paths as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Backend backend = kith.open()) {
            Paths paths = backend.get(PathService.class).paths(backend.account(kith.accountEmail()), target);
            if (json) {
                kith.console().out(backend.json(paths));
                return ExitCodes.OK;
            }
            if (!paths.reachable()) {
                kith.console().out(Safe.text(paths.message()));
                return ExitCodes.OK;
            }
            for (Paths.IntroPath path : paths.paths()) {
                kith.console().out("strength " + path.strength() + ": you → " + path.hops().stream()
                        .map(h -> Safe.text(h.person().name()) + " (" + Safe.text(h.why()) + ")")
                        .collect(Collectors.joining(" → ")));
            }
            return ExitCodes.OK;
        }
    }
}
