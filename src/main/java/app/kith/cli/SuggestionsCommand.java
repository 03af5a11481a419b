package app.kith.cli;

import app.kith.shared.AccountId;
import app.kith.shared.Page;
import app.kith.sources.Suggestion;
import app.kith.sources.SuggestionService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kith suggestions [--json]}: the people you write to who are not in Kith yet, most mail first;
 * {@code accept}, {@code attach} and {@code ignore} answer one.
 */
@Command(name = "suggestions", mixinStandardHelpOptions = true,
        description = "People you write to who are not in Kith yet: list, accept, attach, ignore.")
final class SuggestionsCommand implements Callable<Integer> {
    @ParentCommand
    KithCommand kith;

    @Option(names = "--json", description = "Print the suggestions as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Backend backend = kith.open()) {
            List<Suggestion> open = all(backend.get(SuggestionService.class), backend.account(kith.accountEmail()));
            if (json) {
                kith.console().out(backend.json(open));
                return ExitCodes.OK;
            }
            Table table = new Table(new String[] {"ID", "EMAIL", "NAME", "EMAILS", "SINCE"}, new int[] {0, 60, 40, 0, 0});
            open.forEach(s -> table.row(s.id(), s.email(), s.name(), Integer.toString(s.messages()),
                    s.firstDay().toString()));
            table.lines().forEach(kith.console()::out);
            return ExitCodes.OK;
        }
    }

    /** Every open suggestion, a page at a time. */
    private static List<Suggestion> all(SuggestionService suggestions, AccountId account) {
        List<Suggestion> all = new ArrayList<>();
        Page<Suggestion> page = suggestions.open(account, Page.Request.of(0, Page.MAX_SIZE));
        all.addAll(page.items());
        while ((long) (page.page() + 1) * page.size() < page.total()) {
            page = suggestions.open(account, Page.Request.of(page.page() + 1, Page.MAX_SIZE));
            all.addAll(page.items());
        }
        return all;
    }

    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = "Add the suggestion as a person with its address; prints the person's id.")
    int accept(@Parameters(paramLabel = "ID", description = "The suggestion.") String id,
               @Option(names = "--name", paramLabel = "NAME", description = "The person's name (default: the name"
                       + " their mail came with).") String name) {
        try (Backend backend = kith.open()) {
            Suggestion accepted = backend.get(SuggestionService.class).accept(backend.account(kith.accountEmail()), id,
                    name);
            kith.console().out(accepted.personId());
            return ExitCodes.OK;
        }
    }

    @Command(name = "attach", mixinStandardHelpOptions = true,
            description = "Add the suggestion's address to a person you have (self: it is yours).")
    int attach(@Parameters(index = "0", paramLabel = "ID", description = "The suggestion.") String id,
               @Parameters(index = "1", paramLabel = "PERSON_ID", description = "Who has the address.") String person) {
        try (Backend backend = kith.open()) {
            AccountId account = backend.account(kith.accountEmail());
            Suggestion attached = backend.get(SuggestionService.class).attach(account, id, person);
            kith.console().note("Added " + attached.email() + " to " + attached.personId() + ".");
            return ExitCodes.OK;
        }
    }

    @Command(name = "ignore", mixinStandardHelpOptions = true, description = "Ignore the suggestion, for good.")
    int ignore(@Parameters(paramLabel = "ID", description = "The suggestion.") String id) {
        try (Backend backend = kith.open()) {
            backend.get(SuggestionService.class).ignore(backend.account(kith.accountEmail()), id);
            return ExitCodes.OK;
        }
    }
}
