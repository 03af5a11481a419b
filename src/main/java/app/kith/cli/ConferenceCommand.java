package app.kith.cli;

import app.kith.conferences.ConferenceService;
import app.kith.conferences.Edition;
import app.kith.conferences.Series;
import app.kith.conferences.SeriesChanges;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith conference add|attend}: yearly conferences. */
@Command(name = "conference", mixinStandardHelpOptions = true, description = "Yearly conferences.")
final class ConferenceCommand extends CommandGroup {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a conference series; prints only its id (it with --json).")
    int add(@Parameters(paramLabel = "NAME", description = "The conference's name.") String name,
            @Option(names = "--month", paramLabel = "M", description = "The month (1-12) it usually takes place in.")
            Integer month,
            @Option(names = "--organizer", paramLabel = "TEXT", description = "Who organizes it.") String organizer,
            @Option(names = "--website", paramLabel = "URL", description = "Its website.") String website,
            @Option(names = "--json", description = "Print the series as JSON.") boolean json) {
        try (Backend backend = kith.open()) {
            Series series = backend.get(ConferenceService.class).create(backend.account(kith.accountEmail()),
                    new SeriesChanges(name, organizer, month, website));
            kith.console().out(json ? backend.json(series) : series.id());
            return ExitCodes.OK;
        }
    }

    @Command(name = "attend", mixinStandardHelpOptions = true,
            description = "Record that you (or the people given) are going to or went to a year's edition;"
                    + " prints the edition's id (it with --json).")
    int attend(@Parameters(index = "0", paramLabel = "NAME", description = "The conference (name or id).") String name,
               @Parameters(index = "1", paramLabel = "YEAR", description = "The edition's year.") int year,
               @Option(names = "--person", paramLabel = "ID", description = "Who (repeatable; default: you).")
               List<String> people,
               @Option(names = "--status", paramLabel = "S",
                       description = "going or went (default: went for past years, else going).") String status,
               @Option(names = "--json", description = "Print the edition as JSON.") boolean json) {
        try (Backend backend = kith.open()) {
            Edition edition = backend.get(ConferenceService.class).attend(backend.account(kith.accountEmail()), name,
                    year, people, status);
            kith.console().out(json ? backend.json(edition) : edition.id());
            return ExitCodes.OK;
        }
    }
}
