package app.kith.sources;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.interactions.InteractionFilter;
import app.kith.interactions.InteractionService;
import app.kith.shared.Page;
import app.kith.testing.ModuleChecks;
import app.kith.testing.ModuleDatabases.OnPostgresql;
import app.kith.testing.ModuleDatabases.OnSqlite;
import app.kith.testing.ModuleUnderTest;
import app.kith.testing.TestMail;
import app.kith.testing.TestMailboxes;
import app.kith.testing.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * The sources module with what it needs, directly or not: people and interactions to log touches
 * with, the outbound guard and the server's secrets (Today is only an interface it implements). A mailbox on the tests' IMAP server (loopback, let through by the operator) syncs into a
 * touch with a person you know.
 */
class SourcesModuleTests {

    @OnSqlite class Sqlite extends Checks {}

    @OnPostgresql class Postgresql extends Checks {}

    @ModuleUnderTest(mode = BootstrapMode.ALL_DEPENDENCIES, booted = {"accounts", "interactions", "outbound", "people",
        "secrets", "shared", "sources", "storage"})
    @TestPropertySource(properties = "kith.fetch-allow=127.0.0.1")
    abstract class Checks extends ModuleChecks {
        @Autowired
        SourceService sources;
        @Autowired
        InteractionService interactions;

        @Test
        void aMailboxSyncsIntoATouchWithSomeoneYouKnow() {
            String ada = TestPeople.add(people, account, "Ada Lovelace", "close", null, "ada@example.org");
            String mailbox = TestMailboxes.newMailbox("module");
            TestMailboxes.put(mailbox, "INBOX", TestMail.from("Ada <ada@example.org>").to(mailbox).id("m1@example.org")
                    .at("2026-01-05T10:00:00Z"));
            Source source = sources.create(account, new SourceChanges("imap", null, "127.0.0.1", TestMailboxes.imapPort(),
                    "none", mailbox, TestMailboxes.PASSWORD, null, "2025-01-01", null, null, null, null));

            SyncReport report = sources.sync(account, source.id(), SyncProgress.NONE);

            assertThat(report.error()).isNull();
            assertThat(interactions.list(account, new InteractionFilter(ada, null, null, null, null),
                    Page.Request.of(0, 5)).items()).singleElement()
                    .satisfies(i -> assertThat(i.sourceId()).isEqualTo(source.id()));
        }
    }
}
