package app.kith.digest;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.shared.Page;
import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The digest module with what it needs, directly or not: insights' Today (and the modules insights
 * reads), the outbound guard and the server's secrets. Without a mail server configured, a send says
 * so in the log and is not retried.
 */
class DigestModuleTests {

    @OnSqlite class Sqlite extends Checks {}

    @OnPostgresql class Postgresql extends Checks {}

    @ModuleUnderTest(mode = BootstrapMode.ALL_DEPENDENCIES, booted = {"accounts", "connections", "digest", "insights",
        "interactions", "organizations", "outbound", "people", "secrets", "shared", "storage"})
    abstract class Checks extends ModuleChecks {
        @Autowired
        DigestService digests;
        @Autowired
        DigestSender sender;
        @Autowired
        InteractionService interactions;

        @Test
        void theDigestComesFromTodayAndASendWithoutAMailServerIsLoggedAsAFailureNotRetried() {
            String ida = person("Ida Inner", "inner");
            interactions.log(account, new InteractionChanges(List.of(ida), "coffee", "gave", "2025-02-01", null));
            digests.update(account, new DigestSettingsChanges(true, "daily", null, 8, "Europe/Oslo", true, null));

            DigestContent content = digests.content(account, LocalDate.of(2025, 3, 15));
            List<SendResult> sent = sender.send(account, LocalDate.of(2025, 3, 15), false);

            assertThat(content.reachOut()).extracting(r -> r.person().name()).containsExactly("Ida Inner");
            assertThat(sent).singleElement().satisfies(r -> {
                assertThat(r.outcome()).isEqualTo("failed");
                assertThat(r.message()).contains("KITH_SMTP_URL");
            });
            assertThat(digests.deliveries(account, Page.Request.of(0, 5)).items()).singleElement()
                    .satisfies(d -> assertThat(d.nextAttemptAt()).isNull());
        }
    }
}
