package app.kith.cli;

import app.kith.devseed.DemoAccount;
import app.kith.devseed.DemoService;
import app.kith.devseed.ManyAccounts;
import app.kith.devseed.SeedReport;
import app.kith.devseed.SeedService;
import app.kith.digest.DigestService;
import app.kith.shared.AccountId;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code kith dev seed}: tools for demos and benchmarks. */
@Command(name = "dev", mixinStandardHelpOptions = true, description = "Tools for demos and benchmarks.")
final class DevCommand extends CommandGroup {

    @Command(name = "seed", mixinStandardHelpOptions = true,
            description = {"Add a deterministic synthetic network to the account: the same seed gives the same data.",
                    "With --demo, first create a demo account to hold it (in a database without accounts) and print"
                            + " its email and password."})
    int seed(@Option(names = "--people", paramLabel = "N",
                     description = "How many people (required without --demo; with it, "
                             + DemoService.PEOPLE + " unless given).") Integer people,
             @Option(names = "--interactions", paramLabel = "M",
                     description = "How many interactions (required without --demo; with it, "
                             + DemoService.INTERACTIONS + " unless given).") Integer interactions,
             @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
                     description = "The random seed (default: ${DEFAULT-VALUE}).") long seed,
             @Option(names = "--demo",
                     description = "Create the demo account " + DemoService.EMAIL + " and seed it.") boolean demo,
             @Option(names = "--accounts", paramLabel = "K",
                     description = {"Create K accounts (seed-0001@kith.invalid …, passwords never shown) in a"
                             + " database without accounts, and seed each with N people and M interactions.",
                             "For benchmarks of a server with many members."}) Integer accounts,
             @Option(names = "--digest-due",
                     description = "With --accounts: turn on each account's daily email digest and make it due"
                             + " now, for the server's next minute to send.") boolean digestDue) {
        if (accounts != null) {
            return many(accounts, people, interactions, seed, digestDue, demo);
        }
        if (digestDue) {
            throw usage("--digest-due goes with --accounts");
        }
        if (demo) {
            return demo(people == null ? DemoService.PEOPLE : people,
                    interactions == null ? DemoService.INTERACTIONS : interactions, seed);
        }
        if (people == null || interactions == null) {
            throw usage("--people N and --interactions M are required (or --demo, for a demo account)");
        }
        try (Backend backend = kith.open()) {
            long started = System.nanoTime();
            SeedReport report = backend.get(SeedService.class)
                    .seed(backend.account(kith.accountEmail()), people, interactions, seed);
            kith.console().took("Seeded", started);
            table(report).lines().forEach(kith.console()::out);
            return ExitCodes.OK;
        }
    }

    private int many(int accounts, Integer people, Integer interactions, long seed, boolean digestDue, boolean demo) {
        if (demo || kith.accountEmail() != null) {
            throw usage("--accounts makes accounts of its own: not with --demo or --account");
        }
        if (people == null || interactions == null) {
            throw usage("--accounts needs --people N and --interactions M (for each account)");
        }
        try (Backend backend = kith.open()) {
            long started = System.nanoTime();
            List<AccountId> made = backend.get(ManyAccounts.class).create(accounts, people, interactions, seed, done -> {
                if (done % 100 == 0 || done == accounts) {
                    kith.console().note("Seeded " + done + " of " + accounts + " accounts");
                }
            });
            if (digestDue) {
                // Last, so that all are due on the day the seeding ends, however long it took.
                DigestService digests = backend.get(DigestService.class);
                made.forEach(digests::dueNow);
            }
            kith.console().took("Seeded", started);
            kith.console().out("accounts  " + accounts + " (" + ManyAccounts.email(1) + " … "
                    + ManyAccounts.email(accounts) + ")");
            return ExitCodes.OK;
        }
    }

    private int demo(int people, int interactions, long seed) {
        if (kith.accountEmail() != null) {
            throw usage("--account: --demo makes an account of its own");
        }
        try (Backend backend = kith.open()) {
            long started = System.nanoTime();
            DemoAccount created = backend.get(DemoService.class).create(people, interactions, seed);
            kith.console().took("Seeded", started);
            table(created.seeded()).row("email", created.email()).row("password", created.password())
                    .lines().forEach(kith.console()::out);
            kith.console().note("Demo account created; its password is shown only this once.");
            kith.console().note("Next: " + kith.serveCommand() + ", then sign in at http://127.0.0.1:8080/");
            return ExitCodes.OK;
        }
    }

    private static Table table(SeedReport report) {
        return new Table(new String[] {"", ""}, new int[] {0, 0})
                .row("people", Integer.toString(report.people()))
                .row("organizations", Integer.toString(report.organizations()))
                .row("affiliations", Integer.toString(report.affiliations()))
                .row("interactions", Integer.toString(report.interactions()))
                .row("connections", Integer.toString(report.connections()));
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.subcommands().get("seed"), message);
    }
}
