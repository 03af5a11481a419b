package app.kith.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The sender pool on its own: sends run several at once but never more than the setting, a claim
 * that won nothing frees its slot, and a round ends only when its sends have.
 */
class DigestSendersTests {

    @Test
    void sendsRunAsManyAtOnceAsTheSettingAllowsAndTheRoundWaitsForThemAll() throws Exception {
        DigestSenders senders = new DigestSenders(3);
        CountDownLatch allThreeUnderWay = new CountDownLatch(3);
        AtomicInteger atOnce = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger metTheOthers = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        try {
            try (DigestSenders.Round round = senders.round()) {
                for (int i = 0; i < 9; i++) {
                    // Each of the first three waits until three are under way, which only sends side by side can do.
                    boolean first = i < 3;
                    assertThat(round.claimAndSend(() -> Optional.of(() -> {
                        most.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
                        if (first) {
                            allThreeUnderWay.countDown();
                            try {
                                if (allThreeUnderWay.await(30, TimeUnit.SECONDS)) {
                                    metTheOthers.incrementAndGet();
                                }
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        atOnce.decrementAndGet();
                        done.incrementAndGet();
                    }))).isTrue();
                }
            }
            assertThat(done).hasValue(9);
            assertThat(metTheOthers).hasValue(3);
            assertThat(most).hasValue(3);
        } finally {
            senders.destroy();
        }
    }

    @Test
    void aClaimThatWonNothingFreesItsSlotAndAfterShutdownNothingIsClaimed() throws Exception {
        DigestSenders senders = new DigestSenders(1);
        AtomicInteger claims = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        try (DigestSenders.Round round = senders.round()) {
            for (int i = 0; i < 5; i++) {
                round.claimAndSend(() -> {
                    claims.incrementAndGet();
                    return Optional.empty();
                });
            }
            round.claimAndSend(() -> Optional.of(sent::incrementAndGet));
        }
        assertThat(claims).hasValue(5);
        assertThat(sent).hasValue(1);

        senders.stop();
        try (DigestSenders.Round round = senders.round()) {
            assertThat(round.claimAndSend(() -> {
                claims.incrementAndGet();
                return Optional.of(sent::incrementAndGet);
            })).isFalse();
        }
        assertThat(claims).hasValue(5);
        assertThat(sent).hasValue(1);
    }
}
