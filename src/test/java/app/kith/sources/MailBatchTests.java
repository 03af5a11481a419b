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
 * A large first sync: read in batches of headers (here of {@value SourceNodes#BATCH}) with progress
 * after each; a sync cut off midway goes on where its last batch ended, counting nothing twice; and a
 * connection lost midway is opened again once and the sync goes on.
 */
class MailBatchTests {

    @BeforeEach
    void june() {
        SourceNodes.CLOCK.set(Instant.parse("2026-06-15T12:00:00Z"));
    }

    /** Messages from Ada in one thread, an hour apart from 1 July 2025: 24 a day. */
    private static void fill(MailboxFixture f, int messages) {
        Instant first = Instant.parse("2025-07-01T09:00:00Z");
        for (int i = 0; i < messages; i++) {
            TestMail mail = TestMail.from(MailboxFixture.ADA).to(f.mailbox).id("bulk-" + i + "@example.org")
                    .at(first.plusSeconds(i * 3_600L).toString());
            f.put("INBOX", i == 0 ? mail : mail.replyTo("bulk-0@example.org"));
        }
    }

    /** A mailbox of messages from Ada, a known person, and no source yet. */
    private static MailboxFixture adaMailbox(Vendor vendor, String name, int messages) {
        MailboxFixture f = new MailboxFixture(vendor, name);
        f.person("Ada Lovelace", "ada@example.org");
        fill(f, messages);
        return f;
    }

    private record Step(String folder, long done, long total) {
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aLargeMailboxIsReadInBatchesWithProgress(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "large");
        f.person("Ada Lovelace", "ada@example.org");
        int messages = SourceNodes.BATCH * ImapSync.REOPEN_EVERY + 234;
        fill(f, messages);
        f.addSource();
        List<Step> steps = new ArrayList<>();

        SyncReport report = f.sources().sync(f.account, f.sourceId, (folder, done, total) ->
                steps.add(new Step(folder, done, total)));

        assertThat(report.error()).isNull();
        assertThat(report.messages()).isEqualTo(messages);
        assertThat(steps).filteredOn(s -> s.folder().equals("INBOX")).hasSize(13)
                .extracting(Step::done).startsWith(100L, 200L).endsWith(1200L, 1234L);
        assertThat(steps).extracting(Step::total).containsOnly((long) messages);
        assertThat(f.sources().get(f.account, f.sourceId).captured()).as("one a day").isEqualTo(messages / 24 + 1);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aSyncCutOffMidwayGoesOnWhereItsLastBatchEnded(Vendor vendor) {
        MailboxFixture f = new MailboxFixture(vendor, "cut");
        f.person("Ada Lovelace", "ada@example.org");
        fill(f, 345);
        f.addSource();

        SyncReport cut = f.sources().sync(f.account, f.sourceId, (folder, done, total) -> {
            throw new IllegalStateException("the server went down");
        });

        assertThat(cut.error()).isEqualTo("the sync stopped on an unexpected error (IllegalStateException)");
        assertThat(f.sources().get(f.account, f.sourceId).status()).isEqualTo(SourceStatus.FAILING);
        int afterFirstBatch = f.sources().get(f.account, f.sourceId).captured();
        assertThat(afterFirstBatch).as("the first batch was kept").isPositive();

        SyncReport rest = f.sync();

        assertThat(rest.messages()).isEqualTo(345 - SourceNodes.BATCH);
        assertThat(f.sources().get(f.account, f.sourceId).captured()).as("one a day, none twice")
                .isEqualTo(345 / 24 + 1);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aConnectionLostMidwayIsOpenedAgainOnceAndTheSyncGoesOnFromItsLastBatch(Vendor vendor) throws Exception {
        MailboxFixture f = adaMailbox(vendor, "lost", 345);
        try (CuttableProxy proxy = new CuttableProxy(TestMailboxes.imapPort())) {
            f.addSource(null, null, proxy.port());
            List<Step> steps = new ArrayList<>();

            SyncReport report = f.sources().sync(f.account, f.sourceId, (folder, done, total) -> {
                steps.add(new Step(folder, done, total));
                if (steps.size() == 1) {
                    proxy.cut();
                }
            });

            assertThat(report.error()).isNull();
            assertThat(proxy.accepted()).as("signed in again once").isEqualTo(2);
            assertThat(report.messages()).as("none read twice").isEqualTo(345);
            assertThat(f.sources().get(f.account, f.sourceId).captured()).as("one a day, none twice")
                    .isEqualTo(345 / 24 + 1);

            proxy.cut();
            SyncReport again = f.sources().sync(f.account, f.sourceId, SyncProgress.NONE);

            assertThat(again.error()).isNull();
            assertThat(again.messages()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aConnectionLostTwiceFailsTheSyncKeepingWhatWasRead(Vendor vendor) throws Exception {
        MailboxFixture f = adaMailbox(vendor, "lost2", 345);
        try (CuttableProxy proxy = new CuttableProxy(TestMailboxes.imapPort())) {
            f.addSource(null, null, proxy.port());

            SyncReport report = f.sources().sync(f.account, f.sourceId, (folder, done, total) -> proxy.cut());

            assertThat(report.error()).contains("closed the folder");
            assertThat(proxy.accepted()).isEqualTo(2);
            assertThat(f.sources().get(f.account, f.sourceId).status()).isEqualTo(SourceStatus.FAILING);

            SyncReport rest = f.sync();

            assertThat(rest.error()).isNull();
            assertThat(rest.messages()).as("two batches were kept").isEqualTo(345 - 2 * SourceNodes.BATCH);
        }
    }
}
