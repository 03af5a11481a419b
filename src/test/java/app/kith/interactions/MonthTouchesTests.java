package app.kith.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Touches a month by direction, with one person or anyone, setbacks left out; on both databases. */
class MonthTouchesTests {

    @DatabaseTest
    void touchesAreCountedByMonthAndDirectionFromTheFirstMonthOn(InteractionService interactions,
                                                                PeopleService people, AccountId account) {
        String ada = people.create(account, PersonChanges.named("Ada")).id();
        String grace = people.create(account, PersonChanges.named("Grace")).id();
        log(interactions, account, List.of(ada), "gave", "2026-03-02");
        log(interactions, account, List.of(ada, grace), "gave", "2026-03-30");
        log(interactions, account, List.of(ada), "asked", "2026-03-31");
        log(interactions, account, List.of(grace), "received", "2026-04-01");
        log(interactions, account, List.of(ada), "mutual", "2026-01-31");
        interactions.log(account, new InteractionChanges(List.of(ada), "setback", "neutral", "2026-03-15", null));

        List<MonthTouches> ada2026 = interactions.months(account, ada, LocalDate.parse("2026-03-20"));
        List<MonthTouches> everyone = interactions.months(account, null, LocalDate.parse("2026-02-01"));

        assertThat(ada2026).containsExactlyInAnyOrder(
                new MonthTouches(YearMonth.of(2026, 3), Direction.GAVE, 2),
                new MonthTouches(YearMonth.of(2026, 3), Direction.ASKED, 1));
        assertThat(everyone).containsExactlyInAnyOrder(
                new MonthTouches(YearMonth.of(2026, 3), Direction.GAVE, 2),
                new MonthTouches(YearMonth.of(2026, 3), Direction.ASKED, 1),
                new MonthTouches(YearMonth.of(2026, 4), Direction.RECEIVED, 1));
    }

    private static void log(InteractionService interactions, AccountId account, List<String> who, String direction,
                            String day) {
        interactions.log(account, new InteractionChanges(who, "coffee", direction, day, null));
    }
}
