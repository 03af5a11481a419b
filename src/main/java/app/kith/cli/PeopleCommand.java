package app.kith.cli;

import app.kith.directory.DirectoryFilter;
import app.kith.directory.DirectoryService;
import app.kith.directory.NewAffiliation;
import app.kith.directory.PersonCard;
import app.kith.directory.PersonShown;
import app.kith.people.DuplicatePair;
import app.kith.people.MergeResult;
import app.kith.people.PersonMerger;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith people add|edit|list|show|duplicates|merge}. */
@Command(name = "people", mixinStandardHelpOptions = true,
        description = "Add, change, list and show people; find and merge duplicates.")
final class PeopleCommand extends CommandGroup {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a person; prints only the new id (the person with --json).")
    int add(@Parameters(paramLabel = "NAME", description = "Their name.") String name,
            @Mixin PersonOptions options,
            @Option(names = "--json", description = "Print the person as JSON.") boolean json) {
        PersonChanges changes = options.changes(name);
        List<NewAffiliation> affiliations = options.affiliations();
        try (Backend backend = kith.open()) {
            AccountId account = backend.account(kith.accountEmail());
            PersonCard card = backend.get(DirectoryService.class).add(account, changes, affiliations);
            kith.console().out(json ? backend.json(card) : card.id());
            return ExitCodes.OK;
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Change a person; what is not given stays. Prints the id (the person with --json).")
    int edit(@Parameters(paramLabel = "ID", description = "The person's id, or self.") String id,
             @Option(names = "--name", paramLabel = "NAME", description = "A new name.") String name,
             @Mixin PersonOptions options,
             @Option(names = "--json", description = "Print the person as JSON.") boolean json) {
        PersonChanges changes = options.changes(name);
        List<NewAffiliation> affiliations = options.affiliations();
        try (Backend backend = kith.open()) {
            AccountId account = backend.account(kith.accountEmail());
            PersonCard card = backend.get(DirectoryService.class).edit(account, id, changes, affiliations);
            kith.console().out(json ? backend.json(card) : card.id());
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List or search people; every match unless --limit is given.")
    int list(@Option(names = "--query", paramLabel = "Q",
                     description = "Words or prefixes of a name, nickname, email, organization, title or tag.")
             String query,
             @Option(names = "--tag", paramLabel = "T", description = "Only people with this tag.") String tag,
             @Option(names = "--circle", paramLabel = "C", description = "Only people in this circle.") String circle,
             @Option(names = "--kind", paramLabel = "K", description = "Only this kind of relationship.") String kind,
             @Option(names = "--limit", paramLabel = "N", description = "At most N people.") Integer limit,
             @Option(names = "--json", description = "Print a JSON array of people.") boolean json) {
        Page.Request page = Page.Request.first(limit);
        try (Backend backend = kith.open()) {
            AccountId account = backend.account(kith.accountEmail());
            List<PersonCard> people = backend.get(DirectoryService.class)
                    .list(account, new DirectoryFilter(query, tag, circle, kind, null, null), page).items();
            if (json) {
                kith.console().out(backend.json(people));
            } else if (people.isEmpty()) {
                kith.console().note("No one matches.");
            } else {
                PersonText.table(people).forEach(kith.console()::out);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One person: contact points, affiliations, recent interactions, connections.")
    int show(@Parameters(paramLabel = "ID", description = "The person's id, or self.") String id,
             @Option(names = "--json", description = "Print the person as JSON.") boolean json) {
        try (Backend backend = kith.open()) {
            AccountId account = backend.account(kith.accountEmail());
            DirectoryService directory = backend.get(DirectoryService.class);
            PersonShown shown = directory.shown(account, id);
            if (json) {
                kith.console().out(backend.json(PersonDetails.of(shown.card(), shown.profile(), shown.commonGround())));
            } else {
                PersonText.profile(shown.card(), shown.profile()).forEach(kith.console()::out);
                if (!shown.commonGround().isEmpty()) {
                    kith.console().out("common ground:");
                    shown.commonGround().forEach(item -> kith.console().out("  " + Safe.text(item.why())));
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "duplicates", mixinStandardHelpOptions = true,
            description = "People who look like one: the same email, phone, LinkedIn profile or name.")
    int duplicates(@Option(names = "--json", description = "Print a JSON array of pairs.") boolean json) {
        try (Backend backend = kith.open()) {
            List<DuplicatePair> pairs = backend.get(PersonMerger.class).duplicates(backend.account(kith.accountEmail()));
            if (json) {
                kith.console().out(backend.json(pairs));
            } else if (pairs.isEmpty()) {
                kith.console().note("No duplicates found.");
            } else {
                pairs.forEach(p -> kith.console().out(Safe.text(p.keepId() + "  " + p.otherId() + "  " + p.keepName()
                        + " / " + p.otherName() + " (" + p.reason() + ")")));
                kith.console().note("Merge a pair with: kith people merge KEEP_ID OTHER_ID");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge OTHER_ID into KEEP_ID: interactions, affiliations, connections and events move over; "
                    + "KEEP_ID's own values are kept. Prints the kept id.")
    int merge(@Parameters(index = "0", paramLabel = "KEEP_ID", description = "The person to keep, or self.") String keep,
              @Parameters(index = "1", paramLabel = "OTHER_ID", description = "The person merged in and removed.")
              String other) {
        try (Backend backend = kith.open()) {
            MergeResult result = backend.get(PersonMerger.class).merge(backend.account(kith.accountEmail()), keep, other);
            kith.console().out(result.kept().id());
            result.conflicts().forEach(c -> kith.console().note("conflict: " + c));
            return ExitCodes.OK;
        }
    }
}
