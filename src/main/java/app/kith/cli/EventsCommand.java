package app.kith.cli;

import app.kith.calendar.CalendarEntry;
import app.kith.calendar.CalendarService;
import app.kith.calendar.CalendarSlice;
import app.kith.calendar.Event;
import app.kith.calendar.EventChanges;
import app.kith.calendar.EventPerson;
import app.kith.interactions.InteractionService;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kith events add|list}: the relationship calendar. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Add and list calendar entries.")
final class EventsCommand extends CommandGroup {
    static final int DEFAULT_DAYS = 30;

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a calendar entry; prints only the new id (the event with --json).")
    int add(@Option(names = "--kind", paramLabel = "K", required = true,
                    description = "invitation, dinner, achievement, anniversary or reminder.") String kind,
            @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, description = "The day.") String date,
            @Option(names = "--title", paramLabel = "T", description = "What it is (default from kind and people).")
            String title,
            @Option(names = "--person", paramLabel = "ID", description = "Who it is with or about (repeatable).")
            List<String> people,
            @Option(names = "--end", paramLabel = "YYYY-MM-DD", description = "Last day, for several days.") String end,
            @Option(names = "--location", paramLabel = "TEXT", description = "Where.") String location,
            @Option(names = "--note", paramLabel = "TEXT", description = "Notes.") String note,
            @Option(names = "--invited-by", paramLabel = "ID", description = "For an invitation: who invited you.")
            String invitedBy,
            @Option(names = "--rsvp", paramLabel = "R",
                    description = "For an invitation: needs-answer (default), accepted, declined, tentative.")
            String rsvp,
            @Option(names = "--repeat", paramLabel = "F", description = "daily, weekly, monthly or yearly.")
            String repeat,
            @Option(names = "--interval", paramLabel = "N", description = "Every N days/weeks/months/years.")
            Integer interval,
            @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Last day it repeats.") String until,
            @Option(names = "--count", paramLabel = "N", description = "How many times it occurs.") Integer count,
            @Option(names = "--json", description = "Print the event as JSON.") boolean json) {
        InteractionService.date(date);
        EventChanges changes = new EventChanges(kind, title, date, end, null, null, location, note,
                people == null ? List.of() : people, invitedBy, null, rsvp, repeat, interval, until, count);
        try (Backend backend = kith.open()) {
            Event event = backend.get(CalendarService.class).create(backend.account(kith.accountEmail()), changes);
            kith.console().out(json ? backend.json(event) : event.id());
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The calendar from --from (default today) to --to (default " + DEFAULT_DAYS
                    + " days later): events, birthdays and conferences; every entry unless --limit is given.")
    int list(@Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day.") String from,
             @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (inclusive).") String to,
             @Option(names = "--limit", paramLabel = "N", description = "At most N entries.") Integer limit,
             @Option(names = "--json", description = "Print the entries as JSON.") boolean json) {
        LocalDate first = from == null ? null : InteractionService.date(from);
        LocalDate last = to == null ? null : InteractionService.date(to);
        int wanted = Page.Request.first(limit).size();
        try (Backend backend = kith.open()) {
            AccountId account = backend.account(kith.accountEmail());
            LocalDate start = first != null ? first : last != null ? last.minusDays(DEFAULT_DAYS)
                    : LocalDate.now(backend.get(Clock.class));
            LocalDate end = last != null ? last : start.plusDays(DEFAULT_DAYS);
            Listing listing = new Listing(backend, json);
            CalendarService calendar = backend.get(CalendarService.class);
            // A page at a time, printed as it comes: a range of thousands of daily reminders is never held whole.
            String cursor = null;
            do {
                CalendarSlice page = calendar.page(account, start, end, cursor,
                        Math.min(wanted - listing.printed, CalendarService.MAX_LIMIT));
                page.items().forEach(listing::print);
                listing.flush();
                cursor = page.next();
            } while (cursor != null && listing.printed < wanted);
            listing.end();
            return ExitCodes.OK;
        }
    }

    /** Entries printed as they come: a JSON array, or a table a page at a time. */
    private final class Listing {
        private final Backend backend;
        private final boolean json;
        private final Table table = new Table(new String[] {"DATE", "KIND", "TITLE", "WITH", "RSVP", "ID"},
                new int[] {0, 0, 50, 40, 0, 0});
        private int printed;

        Listing(Backend backend, boolean json) {
            this.backend = backend;
            this.json = json;
            if (json) {
                kith.console().out("[");
            }
        }

        void print(CalendarEntry e) {
            if (json) {
                kith.console().out((printed == 0 ? "" : ",") + backend.json(e));
            } else {
                table.row(e.date().toString(), e.kind().wire(), e.title(),
                        e.people().stream().map(EventPerson::name).collect(Collectors.joining(", ")),
                        e.rsvp() == null ? "" : e.rsvp().wire(), e.id());
            }
            printed++;
        }

        void flush() {
            if (!json) {
                table.drain().forEach(kith.console()::out);
            }
        }

        void end() {
            if (json) {
                kith.console().out("]");
            }
        }
    }
}
