package app.kith.sources;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.interactions.Direction;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionKind;
import app.kith.testing.TestDatabases.Vendor;
import app.kith.testing.TestMail;
import app.kith.testing.TestMailboxes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A mailbox on a real IMAP server (GreenMail on loopback) with messages in INBOX and Sent: what
 * becomes a touch, what does not, what becomes a suggestion, and syncs again that count nothing
 * twice, also after the server renumbered a folder (a new UIDVALIDITY).
 */
class MailSyncTests {
    private static final String ADA = MailboxFixture.ADA;
    private static final String BOB = MailboxFixture.BOB;
    private static final String LEA = MailboxFixture.LEA;

    @BeforeEach
    void june() {
        SourceNodes.CLOCK.set(Instant.parse("2026-06-15T12:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void threadsWithPeopleYouKnowAreOneNeutralEmailTouchPerPersonPerThreadPerDay(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "threads");
        String ada = f.person("Ada Lovelace", "ada@example.org");
        String bob = f.person("Bob Kahn", "BOB@example.org");
        f.threads();
        Source source = f.addSource();

        SyncReport report = f.sync();

        assertThat(report.error()).isNull();
        assertThat(report.messages()).as("headers read: INBOX 10, Sent 3").isEqualTo(13);
        assertThat(report.counted()).as("the list, bulk, auto-reply, no-reply, old and repeated ones left out")
                .isEqualTo(7);
        assertThat(report.logged()).isEqualTo(3);
        assertThat(f.touches(ada)).extracting(Interaction::date)
                .containsExactly(LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-02"));
        assertThat(f.touches(bob)).extracting(Interaction::date).containsExactly(LocalDate.parse("2026-04-01"));
        assertThat(f.allTouches()).hasSize(3).allSatisfy(i -> {
            assertThat(i.kind()).isEqualTo(InteractionKind.EMAIL);
            assertThat(i.direction()).isEqualTo(Direction.NEUTRAL);
            assertThat(i.sourceId()).isEqualTo(source.id());
            assertThat(i.notes()).as("no subjects unless asked for").isNull();
            assertThat(i.participantIds()).hasSize(1);
        });
        Source synced = f.sources().get(f.account, source.id());
        assertThat(synced.status()).isEqualTo(SourceStatus.OK);
        assertThat(synced.lastError()).isNull();
        assertThat(synced.lastSyncAt()).isEqualTo("2026-06-15T12:00:00Z");
        assertThat(synced.captured()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void peopleYouWriteToButDoNotKnowAreSuggestedNotAdded(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "strangers");
        f.person("Ada Lovelace", "ada@example.org");
        f.threads();
        f.put("INBOX", TestMail.from("Cold Caller <sales@vendor.example>").to(f.mailbox).id("cold@example.org")
                .at("2026-03-12T08:00:00Z"));
        f.addSource();

        f.sync();

        assertThat(f.suggestions()).as("Bob is unknown here too; the cold caller was never written to")
                .extracting(Suggestion::email, Suggestion::messages, Suggestion::sent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lea@example.org", 3, 2),
                        org.assertj.core.groups.Tuple.tuple("bob@example.org", 1, 1));
        assertThat(f.suggestions().getFirst().text())
                .isEqualTo("You exchanged 3 emails with Lea Example <lea@example.org> since March.");
        assertThat(f.allTouches()).extracting(i -> i.participantIds().size()).containsOnly(1);
        assertThat(f.allTouches()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aSyncAgainCountsOnlyWhatIsNewAndARenumberedFolderNothingTwice(Vendor vendor) throws Exception {
        MailboxFixture f = new MailboxFixture(vendor, "again");
        String ada = f.person("Ada Lovelace", "ada@example.org");
        String bob = f.person("Bob Kahn", "bob@example.org");
        f.threads();
        f.addSource();
        f.sync();
        List<Interaction> before = f.allTouches();

        SyncReport nothingNew = f.sync();

        assertThat(nothingNew.messages()).as("no header read again").isZero();
        assertThat(nothingNew.logged()).isZero();
        assertThat(f.allTouches()).isEqualTo(before);

        f.put("INBOX", TestMail.from(ADA).to(f.mailbox).id("t1-r5@example.org").replyTo("t1@example.org")
                .at("2026-03-03T18:00:00Z"));
        f.put("INBOX", TestMail.from(ADA).to(f.mailbox).id("t2@example.org").at("2026-05-20T08:00:00Z"));
        SyncReport two = f.sync();

        assertThat(two.messages()).isEqualTo(2);
        assertThat(two.logged()).as("the thread had its touch that day; the new thread is one").isEqualTo(1);
        assertThat(f.touches(ada)).extracting(Interaction::date).containsExactly(LocalDate.parse("2026-05-20"),
                LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-02"));

        TestMailboxes.recreate(f.mailbox, "Sent");
        f.put("Sent", TestMail.from(f.mailbox).to(ADA).id("t1-r3@example.org").replyTo("t1@example.org", "t1-r2@example.org")
                .at("2026-03-02T16:00:00Z"));
        f.put("Sent", TestMail.from(f.mailbox).to(LEA).cc(BOB).id("l3@example.org").at("2026-04-01T08:00:00Z"));
        f.put("Sent", TestMail.from(f.mailbox).to(BOB).id("b1@example.org").at("2026-05-01T08:00:00Z"));
        SyncReport renumbered = f.sync();

        assertThat(renumbered.messages()).as("the renumbered folder is read again").isEqualTo(3);
        assertThat(renumbered.counted()).as("only the message not seen before counts").isEqualTo(1);
        assertThat(f.touches(bob)).extracting(Interaction::date).containsExactly(LocalDate.parse("2026-05-01"),
                LocalDate.parse("2026-04-01"));
        assertThat(f.suggestions().getFirst().messages()).as("Lea's count unchanged").isEqualTo(3);
    }
}
