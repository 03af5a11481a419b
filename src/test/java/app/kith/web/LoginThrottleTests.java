package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.testing.MovableClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void manyGuessesAtOneAccountDoNotLockOutItsOwnerWhereTheyUsuallySignIn() {
        throttle.succeeded("owner@example.com", "10.0.0.1");
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            throttle.failed("owner@example.com", "203.0.113." + i);
        }

        assertThat(throttle.allows("owner@example.com", "203.0.113.200")).as("a new address").isFalse();
        assertThat(throttle.allows("Owner@Example.com", "10.0.0.1")).as("the owner's usual address").isTrue();
    }

    @Test
    void oneAddressGuessingManyAccountsIsStopped() {
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            throttle.failed("user" + i + "@example.com", "198.51.100.7");
        }

        assertThat(throttle.allows("someone-else@example.com", "198.51.100.7")).isFalse();
        assertThat(throttle.allows("someone-else@example.com", "198.51.100.8")).isTrue();
    }

    @Test
    void unknownEmailsAreCountedLikeRealOnesAndCountsFade() {
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            throttle.failed("nobody@example.com", "192.0.2." + i);
        }
        assertThat(throttle.allows("nobody@example.com", "192.0.2.99")).isFalse();

        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));

        assertThat(throttle.allows("nobody@example.com", "192.0.2.99")).isTrue();
    }
}
