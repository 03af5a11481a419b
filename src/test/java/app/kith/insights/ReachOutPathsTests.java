package app.kith.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;
import app.kith.testing.TestDatabases;
import java.time.LocalDate;
import java.util.List;

/**
 * Reach-out has two ways to the same answer: the ranked query over people's latest real touches
 * (with the history of people touched after the day), and one pass over every touch. They must
 * agree on every day, before, during and after the scenario's year, and at every limit.
 */
class ReachOutPathsTests {

    @DatabaseTest
    void rankedQueryAndOnePassAgreeOnEveryDayAndLimit(TestDatabases.Vendor vendor, PeopleService people,
                                                       InteractionService interactions,
                                                       CadenceService cadences, AccountId account) {
        new YearInALife(vendor, account);
        ReachOutSection ranked = new ReachOutSection(people, interactions, cadences);
        ReachOutSection onePass = new ReachOutSection(people, interactions, cadences, -1);

        for (LocalDate day = LocalDate.of(2024, 6, 1); day.isBefore(LocalDate.of(2026, 1, 1)); day = day.plusDays(23)) {
            for (int limit : List.of(0, 1, 3, 25)) {
                assertThat(digest(ranked, account, day, limit)).as(day + ", limit " + limit)
                        .isEqualTo(digest(onePass, account, day, limit));
            }
        }
    }

    @DatabaseTest
    void aLogAfterTheDayDoesNotChangeThatDaysDigest(TestDatabases.Vendor vendor, PeopleService people,
                                                     InteractionService interactions,
                                                     CadenceService cadences, AccountId account) {
        YearInALife year = new YearInALife(vendor, account);
        ReachOutSection ranked = new ReachOutSection(people, interactions, cadences);
        LocalDate day = LocalDate.of(2025, 3, 15);
        Today before = digest(ranked, account, day, 25);

        year.log(year.lea, "dinner", "gave", "2025-04-01");

        assertThat(digest(ranked, account, day, 25)).isEqualTo(before);
        assertThat(digest(ranked, account, LocalDate.of(2025, 4, 2), 25).reachOut())
                .noneMatch(r -> r.person().id().equals(year.lea));
    }

    private static Today digest(ReachOutSection section, AccountId account, LocalDate day, int limit) {
        TodayDigest digest = new TodayDigest(day, limit);
        section.contribute(account, digest);
        return digest.build();
    }
}
