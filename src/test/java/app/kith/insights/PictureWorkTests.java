package app.kith.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.devseed.SeedService;
import app.kith.people.PeopleService;
import app.kith.people.RelationshipFacts;
import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;
import app.kith.testing.DatabaseWork;
import app.kith.testing.TestDatabases;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What issue 18's pictures cost, counted: the health history of a relationship is two statements
 * whatever the number of months (not two a month), and the network overview sends the same statements
 * for any network, with work per person that does not grow with the network.
 */
class PictureWorkTests {

    @DatabaseTest
    void theHealthHistoryIsEachMonthEndsHealthAndCostsTheSameForTwoYearsAsForSixMonths(
            TestDatabases.Vendor vendor, SeedService seeds, PeopleService people, RelationshipInsights insights,
            AccountId account) {
        LocalDate day = LocalDate.now();
        seeds.seed(account, 60, 900, 11);
        String closest = people.closest(account, 1).stream().map(RelationshipFacts::id).findFirst().orElseThrow();

        Health now = insights.health(account, closest, day);
        HealthHistory history = insights.healthHistory(account, now, 24, day);

        assertThat(history.points()).hasSize(24);
        for (HealthPoint point : history.points()) {
            LocalDate end = point.month().equals(YearMonth.from(day)) ? day : point.month().atEndOfMonth();
            assertThat(point.score()).as(point.month().toString())
                    .isEqualTo(insights.health(account, closest, end).score());
        }
        assertThat(history.points()).extracting(HealthPoint::score).anyMatch(score -> score > 0);
        int sixMonths = DatabaseWork.statements(vendor, () -> insights.healthHistory(account, now, 6, day));
        int twoYears = DatabaseWork.statements(vendor, () -> insights.healthHistory(account, now, 24, day));
        assertThat(twoYears).isEqualTo(sixMonths).isLessThanOrEqualTo(2);
    }

    @DatabaseTest
    void theOverviewSendsTheSameStatementsForAnyNetworkAndItsWorkPerPersonDoesNotGrow(
            TestDatabases.Vendor vendor, SeedService seeds, OverviewService overviews, AccountId small,
            AccountId large) {
        LocalDate day = LocalDate.now();
        seeds.seed(small, 400, 4_000, 7);
        seeds.seed(large, 1_600, 16_000, 7);
        DatabaseWork.freshStatistics(vendor);

        int smallStatements = DatabaseWork.statements(vendor, () -> overviews.overview(small, day));
        int largeStatements = DatabaseWork.statements(vendor, () -> overviews.overview(large, day));
        double growth = DatabaseWork.growthPerUnit(vendor, 400, 1_600,
                n -> overviews.overview(n == 400 ? small : large, day));

        assertThat(largeStatements).isEqualTo(smallStatements);
        assertThat(growth).isLessThan(1.5);
    }
}
