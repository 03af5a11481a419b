package app.kith.sources;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.accounts.AccountService;
import app.kith.insights.TodayService;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionChanges;
import app.kith.interactions.InteractionService;
import app.kith.testing.TestDatabases.Vendor;
import app.kith.testing.TestMailboxes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A source's life: removed keeping what it captured (added again, it counts nothing twice) or with
 * it (every interaction it logged goes, in one action), paused and resumed for the background sync,
 * a refused password that shows on the source and on Today until it is put right, and an account
 * deleted with everything its sources kept.
 */
class SourceLifecycleTests {

    @BeforeEach
    void june() {
        SourceNodes.CLOCK.set(Instant.parse("2026-06-15T12:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void removedKeepingWhatItCapturedAndAddedAgainItCountsNothingTwice(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "keep");
        String ada = f.person("Ada Lovelace", "ada@example.org");
        f.threads();
        Source first = f.addSource();
        f.sync();

        assertThat(f.sources().remove(f.account, first.id(), false)).isZero();
        f.addSource();
        SyncReport again = f.sync();

        assertThat(f.sources().list(f.account)).extracting(Source::id).containsExactly(f.sourceId);
        assertThat(again.messages()).isEqualTo(13);
        assertThat(again.counted()).isZero();
        assertThat(f.touches(ada)).hasSize(2).allSatisfy(i -> assertThat(i.sourceId()).isEqualTo(first.id()));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void removedWithWhatItCapturedEveryInteractionItLoggedGoesAndNothingElse(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "delete");
        String ada = f.person("Ada Lovelace", "ada@example.org");
        f.person("Bob Kahn", "bob@example.org");
        f.threads();
        Source source = f.addSource();
        f.sync();
        Interaction coffee = SourceNodes.bean(vendor, InteractionService.class).log(f.account,
                new InteractionChanges(List.of(ada), "coffee", "gave", "2026-01-10", "by hand"));
        assertThat(f.suggestions()).isNotEmpty();

        int deleted = f.sources().remove(f.account, source.id(), true);

        assertThat(deleted).isEqualTo(3);
        assertThat(f.allTouches()).containsExactly(coffee);
        assertThat(f.suggestions()).as("what it counted goes too").isEmpty();
        assertThat(f.sources().list(f.account)).isEmpty();

        f.addSource();
        assertThat(f.sync().logged()).as("added again, it captures them anew").isEqualTo(3);
        assertThat(f.suggestions()).extracting(Suggestion::messages).containsExactly(3);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theBackgroundSyncsDueSourcesAndLeavesPausedOnesAlone(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "background");
        String ada = f.person("Ada Lovelace", "ada@example.org");
        f.threads();
        Source source = f.sources().create(f.account, new SourceChanges("imap", "Work mail", "127.0.0.1",
                TestMailboxes.imapPort(), "none", f.mailbox, TestMailboxes.PASSWORD, null, null, null, null, true, null));
        f.sourceId = source.id();
        DueSources due = SourceNodes.bean(vendor, DueSources.class);

        due.run();

        assertThat(f.sources().get(f.account, source.id())).satisfies(s -> {
            assertThat(s.paused()).isTrue();
            assertThat(s.nextSyncAt()).isNull();
            assertThat(s.lastSyncAt()).isNull();
        });

        f.sources().update(f.account, source.id(), SourceChanges.paused(false));
        assertThat(f.sources().get(f.account, source.id()).nextSyncAt()).isEqualTo("2026-06-15T12:00:00Z");
        due.run();

        Source synced = f.sources().get(f.account, source.id());
        assertThat(synced.lastSyncAt()).isEqualTo("2026-06-15T12:00:00Z");
        assertThat(synced.nextSyncAt()).as("every 15 minutes").isEqualTo("2026-06-15T12:15:00Z");
        assertThat(f.touches(ada)).hasSize(2);

        SourceNodes.CLOCK.advance(Duration.ofMinutes(5));
        due.run();
        assertThat(f.sources().get(f.account, source.id()).lastSyncAt()).as("not due yet")
                .isEqualTo("2026-06-15T12:00:00Z");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aRefusedPasswordShowsOnTheSourceAndOnTodayUntilItIsPutRight(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "refused");
        f.person("Ada Lovelace", "ada@example.org");
        f.threads();
        Source source = f.addSource();
        f.sources().update(f.account, source.id(), new SourceChanges(null, null, null, null, null, null,
                "not the password", null, null, null, null, null, null));

        SyncReport failed = f.sync();

        assertThat(failed.error()).startsWith("the server 127.0.0.1:" + TestMailboxes.imapPort() + " refused the sign-in of "
                + f.mailbox + ": ").doesNotContain("not the password").doesNotContain("\n");
        Source failing = f.sources().get(f.account, source.id());
        assertThat(failing.status()).isEqualTo(SourceStatus.FAILING);
        assertThat(failing.lastError()).isEqualTo(failed.error());
        assertThat(failing.nextSyncAt()).as("tried again in an hour").isEqualTo("2026-06-15T13:00:00Z");
        assertThat(SourceNodes.bean(vendor, TodayService.class).today(f.account).sections().get("sources"))
                .containsExactly(new SourceProblem(source.id(), f.mailbox, failed.error()));
        assertThat(f.allTouches()).isEmpty();

        f.sources().update(f.account, source.id(), new SourceChanges(null, null, null, null, null, null,
                TestMailboxes.PASSWORD, null, null, null, null, null, null));
        SyncReport ok = f.sync();

        assertThat(ok.error()).isNull();
        assertThat(f.sources().get(f.account, source.id()).status()).isEqualTo(SourceStatus.OK);
        assertThat(SourceNodes.bean(vendor, TodayService.class).today(f.account).sections()).doesNotContainKey("sources");
        assertThat(f.allTouches()).extracting(Interaction::date).contains(LocalDate.parse("2026-03-02"));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void deletingTheAccountDeletesEverythingItsSourcesKept(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "gone");
        f.person("Ada Lovelace", "ada@example.org");
        f.threads();
        f.addSource();
        f.sync();
        JdbcClient jdbc = SourceNodes.bean(vendor, JdbcClient.class);
        List<String> tables = List.of("sources", "source_folders", "source_seen", "source_touches", "suggestions",
                "suggestion_touches");
        assertThat(tables).allSatisfy(table -> assertThat(rows(jdbc, table, f)).as(table).isPositive());

        SourceNodes.bean(vendor, AccountService.class).delete(f.account);

        assertThat(tables).allSatisfy(table -> assertThat(rows(jdbc, table, f)).as(table).isZero());
    }

    private static int rows(JdbcClient jdbc, String table, MailboxFixture f) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE account_id = ?").param(f.account.value())
                .query(Integer.class).single();
    }
}
