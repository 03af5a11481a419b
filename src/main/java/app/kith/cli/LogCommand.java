package app.kith.cli;

import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kith log}: records an interaction with one or more people; prints its id (it with --json). */
@Command(name = "log", mixinStandardHelpOptions = true, description = "Record an interaction.")
final class LogCommand implements Callable<Integer> {

    @ParentCommand
    KithCommand kith;

    @Parameters(paramLabel = "PERSON_ID", arity = "1..*", description = "Who was there (ids, or self).")
    List<String> people;

    @Option(names = "--kind", paramLabel = "K", required = true,
            description = "coffee, call, dinner, meeting, message, email, event, intro, gift, note-card, favor, other.")
    String kind;

    @Option(names = "--direction", paramLabel = "D",
            description = "gave, received, mutual, asked or neutral (default: neutral).")
    String direction;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When (default: today).")
    String date;

    @Option(names = "--note", paramLabel = "TEXT", description = "What happened.")
    String note;

    @Option(names = "--json", description = "Print the interaction as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Backend backend = kith.open()) {
            Interaction logged = backend.get(InteractionService.class).log(backend.account(kith.accountEmail()),
                    new InteractionChanges(people, kind, direction, date, note));
            kith.console().out(json ? backend.json(Logged.of(logged)) : logged.id());
            return ExitCodes.OK;
        }
    }

    /** The interaction as JSON, with choices by their wire names. */
    record Logged(String id, String kind, String direction, LocalDate date, String notes,
                  List<String> participantIds, Instant createdAt) {

        static Logged of(Interaction i) {
            return new Logged(i.id(), i.kind().wire(), i.direction().wire(), i.date(), i.notes(), i.participantIds(),
                    i.createdAt());
        }
    }
}
