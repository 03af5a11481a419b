package app.kith.cli;

import app.kith.insights.BridgeItem;
import app.kith.insights.ReachOut;
import app.kith.insights.Today;
import app.kith.insights.TodayService;
import app.kith.insights.Upcoming;
import app.kith.interactions.InteractionService;
import app.kith.sources.SourceProblem;
import app.kith.sources.Suggestion;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kith today}: the daily digest (SPEC 5.1) for today or a given date. */
@Command(name = "today", mixinStandardHelpOptions = true, description = "Meetings to prepare for, who to reach out to, birthdays, bridges.")
final class TodayCommand implements Callable<Integer> {

    @ParentCommand
    KithCommand kith;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day to compute (default: today).")
    String date;

    @Option(names = "--json", description = "Print the digest as JSON.")
    boolean json;

    @Override
    public Integer call() {
        LocalDate day = date == null ? null : InteractionService.date(date);
        try (Backend backend = kith.open()) {
            TodayService service = backend.get(TodayService.class);
            var account = backend.account(kith.accountEmail());
            Today today = day == null ? service.today(account) : service.today(account, day);
            if (json) {
                kith.console().out(backend.json(today));
                return ExitCodes.OK;
            }
            kith.console().out("Today, " + today.date());
            section("Before you meet (next 48 hours)", today.prep().isEmpty());
            today.prep().forEach(prep -> PrepText.lines(prep).forEach(kith.console()::out));
            if (today.prepMore() > 0) {
                kith.console().out("  and " + today.prepMore() + " more in the next 48 hours");
            }
            section("Reach out", today.reachOut().isEmpty());
            for (ReachOut r : today.reachOut()) {
                kith.console().out("  " + Safe.text(r.person().name()) + " (" + r.person().id() + ") — "
                        + Safe.text(r.reason()) + " · " + Safe.text(r.suggestion()));
            }
            section("Upcoming", today.upcoming().isEmpty());
            for (Upcoming u : today.upcoming()) {
                kith.console().out("  " + u.date() + "  " + Safe.text(u.title()));
            }
            if (today.upcomingMore() > 0) {
                kith.console().out("  and " + today.upcomingMore() + " more in the calendar");
            }
            section("Bridges", today.bridges().isEmpty());
            for (BridgeItem b : today.bridges()) {
                kith.console().out("  " + Safe.text(b.person().name()) + " — " + Safe.text(b.reason()));
            }
            if (today.bridgesMore() > 0) {
                kith.console().out("  and " + today.bridgesMore() + " more");
            }
            for (Object item : today.sections().getOrDefault("suggestions", List.of())) {
                if (item instanceof Suggestion s) {
                    kith.console().out("Suggested: " + Safe.text(s.text()) + " (kith suggestions accept " + s.id() + ")");
                }
            }
            for (Object item : today.sections().getOrDefault("sources", List.of())) {
                if (item instanceof SourceProblem p) {
                    kith.console().out("Source " + Safe.text(p.name()) + " could not be synced: " + Safe.text(p.error()));
                }
            }
            return ExitCodes.OK;
        }
    }

    private void section(String title, boolean empty) {
        kith.console().out(title + (empty ? ": nothing" : ":"));
    }
}
