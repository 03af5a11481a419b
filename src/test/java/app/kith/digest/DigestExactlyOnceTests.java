package app.kith.digest;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.digest.DigestFixtures.Owner;
import app.kith.shared.Page;
import app.kith.testing.TestDatabases.Vendor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Exactly once on any number of nodes: two application contexts on one database run the scheduler
 * at the same moment, with and without ShedLock's lock, and every due digest still arrives once. And
 * a mail server that is down: the failure shows, the digest is retried, and it arrives once.
 */
class DigestExactlyOnceTests {

    private static List<Delivery> log(Vendor vendor, Owner owner) {
        return DigestNodes.bean(vendor, DigestService.class).deliveries(owner.account(), Page.Request.of(0, 20)).items();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void twoNodesRunningTheSchedulerAtOnceSendEachDueDigestExactlyOnce(Vendor vendor) throws Exception {
        DigestNodes.CLOCK.set(Instant.parse("2026-05-03T12:00:00Z"));
        List<Owner> owners = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Owner owner = DigestFixtures.withSomeoneDue(vendor, "Friend " + i);
            DigestFixtures.schedule(vendor, owner, "weekly", "monday", 8, "Europe/Oslo");
            owners.add(owner);
        }
        DigestNodes.CLOCK.set(Instant.parse("2026-05-04T06:00:00Z"));
        bothNodesTickAtOnce(vendor, 3);

        eachGotOneDigest(vendor, owners);
    }

    private static void eachGotOneDigest(Vendor vendor, List<Owner> owners) {
        for (Owner owner : owners) {
            assertThat(DigestNodes.mailTo(owner.email())).as(owner.email()).hasSize(1);
            assertThat(log(vendor, owner)).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
                assertThat(d.attempts()).isEqualTo(1);
            });
        }
    }

    /**
     * On each node, the scheduler's tick (behind ShedLock) and the work it guards (claims only), all
     * at the same moment, {@code rounds} times.
     */
    private static void bothNodesTickAtOnce(Vendor vendor, int rounds) throws Exception {
        List<Runnable> runs = new ArrayList<>();
        for (ConfigurableApplicationContext node : DigestNodes.of(vendor)) {
            runs.add(node.getBean(DigestTicker.class)::tick);
            runs.add(node.getBean(DueDigests.class)::run);
        }
        ExecutorService pool = Executors.newFixedThreadPool(runs.size());
        try {
            for (int round = 0; round < rounds; round++) {
                CyclicBarrier start = new CyclicBarrier(runs.size());
                List<Future<Object>> done = new ArrayList<>();
                for (Runnable run : runs) {
                    done.add(pool.submit((Callable<Object>) () -> {
                        start.await();
                        run.run();
                        return null;
                    }));
                }
                for (Future<Object> f : done) {
                    f.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void manyAccountsDueAtOnceAreSentSeveralAtATimeYetEachExactlyOnce(Vendor vendor) throws Exception {
        DigestNodes.CLOCK.set(Instant.parse("2026-10-04T12:00:00Z"));
        List<Owner> owners = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Owner owner = DigestFixtures.withSomeoneDue(vendor, "Many " + i);
            DigestFixtures.schedule(vendor, owner, "daily", null, 8, "UTC");
            owners.add(owner);
        }
        // Each node sends up to kith.digest.senders (DigestNodes: 4) at once.
        DigestNodes.CLOCK.set(Instant.parse("2026-10-05T08:00:00Z"));
        bothNodesTickAtOnce(vendor, 2);

        eachGotOneDigest(vendor, owners);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aMailServerThatIsDownShowsTheFailureThenTheDigestIsRetriedAndArrivesOnce(Vendor vendor) {
        DigestNodes.CLOCK.set(Instant.parse("2026-06-07T12:00:00Z"));
        Owner owner = DigestFixtures.withSomeoneDue(vendor, "Rita Retry");
        DigestFixtures.schedule(vendor, owner, "daily", null, 7, "UTC");
        DigestTicker ticker = DigestNodes.bean(vendor, DigestTicker.class);
        DigestService digests = DigestNodes.bean(vendor, DigestService.class);

        DigestNodes.stopSmtp();
        try {
            DigestNodes.CLOCK.set(Instant.parse("2026-06-08T07:00:00Z"));
            ticker.tick();
            DigestNodes.CLOCK.advance(Duration.ofMinutes(3));
            ticker.tick();

            Delivery failed = log(vendor, owner).getFirst();
            assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.lastError()).startsWith("could not reach the mail server 127.0.0.1:");
            assertThat(failed.nextAttemptAt()).isEqualTo("2026-06-08T07:05:00Z");
            assertThat(digests.notices(owner.account()).failures()).singleElement().asString()
                    .startsWith("Your digest of Monday 8 June could not be sent by email: could not reach the mail server")
                    .endsWith("Kith tries again at 07:05.");
        } finally {
            DigestNodes.startSmtp();
        }
        DigestNodes.CLOCK.set(Instant.parse("2026-06-08T07:05:00Z"));
        ticker.tick();
        ticker.tick();

        assertThat(DigestNodes.mailTo(owner.email())).hasSize(1);
        Delivery sent = log(vendor, owner).getFirst();
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.nextAttemptAt()).isNull();
        assertThat(digests.notices(owner.account()).failures()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void sendingByHandNeverSendsTwiceUnlessForced(Vendor vendor) {
        DigestNodes.CLOCK.set(Instant.parse("2026-07-01T12:00:00Z"));
        Owner owner = DigestFixtures.withSomeoneDue(vendor, "Hana Hand");
        DigestFixtures.schedule(vendor, owner, "weekly", "friday", 9, "Asia/Tokyo");
        DigestSender sender = DigestNodes.bean(vendor, DigestSender.class);

        List<SendResult> first = sender.send(owner.account(), null, false);
        List<SendResult> again = sender.send(owner.account(), null, false);

        assertThat(first).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo("sent"));
        assertThat(again).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo("already-sent");
            assertThat(r.message()).contains("2026-07-01", "250");
        });
        assertThat(DigestNodes.mailTo(owner.email())).hasSize(1);

        assertThat(sender.send(owner.account(), null, true)).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo("sent"));
        assertThat(DigestNodes.mailTo(owner.email())).hasSize(2);
        assertThat(log(vendor, owner)).singleElement().extracting(Delivery::attempts).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aSendCutOffMidwayIsMarkedFailedAndNotSentAgainAsItMayHaveArrived(Vendor vendor) {
        DigestNodes.CLOCK.set(Instant.parse("2026-09-14T05:00:00Z"));
        Owner owner = DigestFixtures.withSomeoneDue(vendor, "Cora Cutoff");
        DigestFixtures.schedule(vendor, owner, "daily", null, 23, "UTC");
        // A node claims the digest and stops before it records how the send went.
        DigestNodes.bean(vendor, Deliveries.class).claim(owner.account(), Channel.EMAIL,
                java.time.LocalDate.of(2026, 9, 14), Instant.parse("2026-09-14T05:10:00Z"), DigestNodes.CLOCK.instant());

        DigestNodes.CLOCK.set(Instant.parse("2026-09-14T05:10:00Z"));
        DigestNodes.bean(vendor, DigestTicker.class).tick();

        assertThat(log(vendor, owner)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.lastError()).startsWith("the server stopped while sending");
            assertThat(d.nextAttemptAt()).isNull();
        });
        assertThat(DigestNodes.mailTo(owner.email())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void unsubscribingStopsTheRetriesOfADigestThatFailed(Vendor vendor) {
        DigestNodes.CLOCK.set(Instant.parse("2026-09-20T12:00:00Z"));
        Owner owner = DigestFixtures.withSomeoneDue(vendor, "Uli Unsub");
        DigestFixtures.schedule(vendor, owner, "daily", null, 7, "UTC");
        DigestTicker ticker = DigestNodes.bean(vendor, DigestTicker.class);
        DigestNodes.stopSmtp();
        try {
            DigestNodes.CLOCK.set(Instant.parse("2026-09-21T07:00:00Z"));
            ticker.tick();
        } finally {
            DigestNodes.startSmtp();
        }
        DigestService digests = DigestNodes.bean(vendor, DigestService.class);
        digests.update(owner.account(), DigestSettingsChanges.enabled(false));

        DigestNodes.CLOCK.set(Instant.parse("2026-09-21T07:05:00Z"));
        ticker.tick();

        assertThat(DigestNodes.mailTo(owner.email())).isEmpty();
        assertThat(log(vendor, owner)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.nextAttemptAt()).isNull();
        });
    }
}
