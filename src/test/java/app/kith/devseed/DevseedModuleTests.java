package app.kith.devseed;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.interactions.InteractionFilter;
import app.kith.interactions.InteractionService;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The synthetic network on its own, with the modules it fills (people, organizations, interactions,
 * connections) and accounts, for the demo account: a seed always grows the same network.
 */
class DevseedModuleTests {

    @OnSqlite class Sqlite extends Checks {}

    @OnPostgresql class Postgresql extends Checks {}

    @ModuleUnderTest(booted = {"accounts", "connections", "devseed", "interactions", "organizations", "people",
        "shared", "storage"})
    abstract class Checks extends ModuleChecks {
        @Autowired
        SeedService seeds;
        @Autowired
        InteractionService interactions;

        @Test
        void theSameSeedGrowsTheSameNetworkInAnyAccount() {
            AccountId twin = newAccount();

            SeedReport report = seeds.seed(account, 40, 200, 7);
            SeedReport again = seeds.seed(twin, 40, 200, 7);

            assertThat(report.people()).isEqualTo(40);
            assertThat(report.interactions()).isEqualTo(200);
            assertThat(report.organizations()).isPositive();
            assertThat(report.connections()).isPositive();
            assertThat(again).isEqualTo(report);
            assertThat(names(twin)).hasSize(40).isEqualTo(names(account));
            assertThat(interactions.list(account, new InteractionFilter(null, null, null, null, null),
                    Page.Request.of(0, 1)).total()).isEqualTo(200);
        }
    }
}
