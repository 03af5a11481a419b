package app.kith.devseed;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.shared.AccountId;
import app.kith.testing.DatabaseTest;
import app.kith.testing.DatabaseWork;
import app.kith.testing.TestDatabases;

/**
 * The synthetic network's cost grows with its size: the work the database does per person (counted,
 * not timed) must not grow from 500 people to 2,000, even with statistics from a new database.
 */
class SeedScalingTests {

    @DatabaseTest
    void seedWorkPerPersonDoesNotGrowWithTheNetwork(SeedService seeds, TestDatabases.Vendor vendor,
                                                    AccountId small, AccountId large) {
        double growth = DatabaseWork.growthPerUnit(vendor, 500, 2_000,
                people -> seeds.seed(people == 500 ? small : large, people, people * 10, 7));

        assertThat(growth).isLessThan(1.5);
    }
}
