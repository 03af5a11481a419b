package app.kith.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.testing.MovableClock;
import app.kith.testing.TestDatabases;
import app.kith.testing.TestDatabases.Vendor;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;

/** The throttle's counts live in the database: a restarted application (or another node) still holds them. */
class SignInRestartTests {

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theThrottleHoldsAcrossARestart(Vendor vendor) {
        MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
        String[] database = TestDatabases.newDatabase(vendor);
        String email = SignInServiceTests.newEmail();
        String address = SignInServiceTests.newAddress();
        try (ConfigurableApplicationContext first = TestDatabases.start(database)) {
            first.getBean(AccountService.class).create(email, "Owner", SignInServiceTests.PASSWORD);
            SignInService throttle = SignInServiceTests.throttle(first, clock);
            for (int i = 0; i < 5; i++) {
                SignInServiceTests.signIn(throttle, email, "guess " + i, address);
            }
        }
        clock.advance(Duration.ofSeconds(10));

        try (ConfigurableApplicationContext restarted = TestDatabases.start(database)) {
            SignInService throttle = SignInServiceTests.throttle(restarted, clock);

            assertThat(SignInServiceTests.signIn(throttle, email, SignInServiceTests.PASSWORD, address))
                    .isEqualTo(new SignIn.Throttled(Duration.ofSeconds(22)));
            clock.advance(Duration.ofSeconds(22));
            assertThat(SignInServiceTests.signIn(throttle, email, SignInServiceTests.PASSWORD, address))
                    .isInstanceOf(SignIn.Accepted.class);
        }
    }
}
