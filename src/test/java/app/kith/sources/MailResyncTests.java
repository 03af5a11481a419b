package app.kith.sources;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.testing.TestDatabases.Vendor;
import app.kith.testing.TestMail;
import app.kith.testing.TestMailboxes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A re-sync with nothing new asks every folder's UIDVALIDITY and UIDNEXT in one round trip, however
 * many folders the source reads (a round trip a folder made 20 folders cost a second on GreenMail),
 * and opens only the folders that changed or that the server will not say anything of.
 */
class MailResyncTests {

    @BeforeEach
    void june() {
        SourceNodes.CLOCK.set(Instant.parse("2026-06-15T12:00:00Z"));
    }

    /**
     * The most folders a source reads, a message from Ada in each, names that go quoted among them.
     * (Not a name out of ASCII: the tests' GreenMail finds one by LIST and not by EXAMINE.)
     */
    private static List<String> twentyFolders(MailboxFixture f) {
        List<String> folders = new ArrayList<>(List.of("INBOX", "Sent", "Sent Items", "Old Mail"));
        for (int n = folders.size(); n < SourceEditor.MAX_FOLDERS; n++) {
            folders.add("Archive" + n);
        }
        for (int i = 0; i < folders.size(); i++) {
            String folder = folders.get(i);
            if (!folder.equals("INBOX") && !folder.equals("Sent")) {
                TestMailboxes.newFolder(f.mailbox, folder);
            }
            f.put(folder, ada(f, i));
        }
        return folders;
    }

    private static TestMail ada(MailboxFixture f, int n) {
        return TestMail.from(MailboxFixture.ADA).to(f.mailbox).id("ada-" + n + "@example.org")
                .at(Instant.parse("2026-03-01T09:00:00Z").plusSeconds(86_400L * n).toString());
    }

    /** The turns a STATUS a folder would add to a re-sync of twenty folders over one of two. */
    private static final int ONE_A_FOLDER = 18;

    private static String source(MailboxFixture f, String name, List<String> folders, int port) {
        return f.sources().create(f.account, new SourceChanges("imap", name, "127.0.0.1", port, "none", f.mailbox,
                TestMailboxes.PASSWORD, folders, null, null, null, null, null)).id();
    }

    /** How many times the client spoke after an answer during a sync of the source. */
    private static int turns(MailboxFixture f, CuttableProxy proxy, String sourceId, int messages) {
        int before = proxy.turns();
        SyncReport report = f.sources().sync(f.account, sourceId, SyncProgress.NONE);
        assertThat(report.error()).isNull();
        assertThat(report.messages()).isEqualTo(messages);
        return proxy.turns() - before;
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aResyncOfTwentyFoldersWaitsForTheServerAsOftenAsOneOfTwo(Vendor vendor) throws Exception {
        MailboxFixture f = new MailboxFixture(vendor, "twenty");
        f.person("Ada Lovelace", "ada@example.org");
        List<String> folders = twentyFolders(f);
        try (CuttableProxy proxy = new CuttableProxy(TestMailboxes.imapPort())) {
            String twenty = source(f, "twenty", folders, proxy.port());
            String two = source(f, "two", folders.subList(0, 2), proxy.port());
            turns(f, proxy, twenty, 20);
            turns(f, proxy, two, 2);

            int ofTwenty = turns(f, proxy, twenty, 0);
            int ofTwo = turns(f, proxy, two, 0);

            // One a folder would be 18 more than two folders' (one STATUS round trip each). The STATUS
            // commands go out one write at a time, so the server may answer the first ones before the last
            // are written, each counted as a turn: a few more turns under load, never 18.
            assertThat(ofTwenty).as("one STATUS round trip, not one a folder (two folders: %d)", ofTwo)
                    .isLessThan(ofTwo + ONE_A_FOLDER);

            f.put("Sent Items", ada(f, 30));
            f.put("Archive17", ada(f, 31));
            turns(f, proxy, twenty, 2);

            assertThat(turns(f, proxy, twenty, 0)).isLessThan(ofTwo + ONE_A_FOLDER);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aFolderThatIsNotThereSaysSoOnEveryResync(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "gone");
        f.person("Ada Lovelace", "ada@example.org");
        f.put("INBOX", ada(f, 1));
        String id = source(f, "gone", List.of("INBOX", "Nowhere", "Sent"), TestMailboxes.imapPort());

        SyncReport first = f.sources().sync(f.account, id, SyncProgress.NONE);
        SyncReport again = f.sources().sync(f.account, id, SyncProgress.NONE);

        assertThat(first.error()).contains("'Nowhere' does not exist");
        assertThat(again.error()).contains("'Nowhere' does not exist");
        assertThat(f.sources().get(f.account, id).captured()).as("INBOX was read, once").isEqualTo(1);
    }
}
