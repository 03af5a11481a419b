package app.kith.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import app.kith.testing.DatabaseTest;
import app.kith.testing.MovableClock;
import app.kith.testing.TestDatabases;
import app.kith.testing.TestDatabases.Vendor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The sign-in throttle on each database, with a clock the tests move: back-off per email and
 * address, others unaffected, device cookies, slowing down an address that sprays many accounts.
 */
class SignInServiceTests {
    static final String PASSWORD = "correct horse battery";
    private static final SignIn REFUSED = new SignIn.Refused();

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));

    /** The throttle as the application wires it, but on this test's clock. */
    static SignInService throttle(ApplicationContext context, Clock clock) {
        return new SignInService(context.getBean(AccountService.class), context.getBean(SignInAttempts.class),
                context.getBean(SignInDevices.class), context.getBean(TokenService.class),
                context.getBean(PlatformTransactionManager.class), clock);
    }

    private SignInService throttle(Vendor vendor) {
        return throttle(TestDatabases.context(vendor), clock);
    }

    static String newEmail() {
        return "signin-" + UUID.randomUUID() + "@example.com";
    }

    /** An address no other test uses (from the IPv6 documentation range). */
    static String newAddress() {
        return "2001:db8::" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffff_ffff_ffffL);
    }

    private static Account newAccount(AccountService accounts) {
        return accounts.create(newEmail(), "Owner", PASSWORD);
    }

    static SignIn signIn(SignInService throttle, String email, String password, String address) {
        return throttle.signIn(new SignInAttempt(email, password, address, null));
    }

    @DatabaseTest
    void failuresOfOneEmailFromOneAddressBackOffExponentiallyUpToFifteenMinutes(Vendor vendor, AccountService accounts) {
        SignInService throttle = throttle(vendor);
        String email = newAccount(accounts).email();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(throttle, email, "guess " + i, address)).as("five failures are free").isEqualTo(REFUSED);
        }

        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            SignIn early = signIn(throttle, email, PASSWORD, address);
            assertThat(early).as("even the right password is not checked").isInstanceOf(SignIn.Throttled.class);
            Duration wait = ((SignIn.Throttled) early).retryAfter();
            waits.add(wait);
            clock.advance(wait.minusSeconds(1));
            assertThat(signIn(throttle, email, PASSWORD, address)).isEqualTo(
                    new SignIn.Throttled(Duration.ofSeconds(1)));
            clock.advance(Duration.ofSeconds(1));
            assertThat(signIn(throttle, email, "guess again " + i, address)).isEqualTo(REFUSED);
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(32), Duration.ofSeconds(64), Duration.ofSeconds(128),
                Duration.ofSeconds(256), Duration.ofSeconds(512), Duration.ofMinutes(15), Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(15));
        assertThat(signIn(throttle, email, PASSWORD, address)).isInstanceOf(SignIn.Accepted.class);
        assertThat(signIn(throttle, email, "a typo", address)).as("the count starts again").isEqualTo(REFUSED);
    }

    @DatabaseTest
    void oneAddressesFailuresDoNotStopTheRightPasswordFromAnother(Vendor vendor, AccountService accounts) {
        SignInService throttle = throttle(vendor);
        Account owner = newAccount(accounts);
        String email = owner.email();
        String guesser = newAddress();
        for (int i = 0; i < 6; i++) {
            signIn(throttle, email, "guess " + i, guesser);
        }
        assertThat(signIn(throttle, email, PASSWORD, guesser)).isInstanceOf(SignIn.Throttled.class);

        assertThat(signIn(throttle, email, PASSWORD, newAddress())).isEqualTo(new SignIn.Accepted(owner));
    }

    @DatabaseTest
    void anUnknownEmailIsThrottledExactlyLikeARealOne(Vendor vendor, AccountService accounts) {
        SignInService throttle = throttle(vendor);
        List<SignIn> forReal = script(throttle, newAccount(accounts).email(), newAddress());
        List<SignIn> forUnknown = script(throttle, newEmail(), newAddress());

        assertThat(forUnknown).isEqualTo(forReal).contains(REFUSED, new SignIn.Throttled(Duration.ofSeconds(32)));
    }

    /** Seven wrong passwords, half a minute, two more: what each answered. */
    private List<SignIn> script(SignInService throttle, String email, String address) {
        List<SignIn> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            answers.add(signIn(throttle, email, "wrong " + i, address));
        }
        clock.advance(Duration.ofSeconds(30));
        answers.add(signIn(throttle, email, "wrong", address));
        clock.advance(Duration.ofSeconds(2));
        answers.add(signIn(throttle, email, "wrong", address));
        return answers;
    }

    @DatabaseTest
    void aBrowserThatSignedInBeforeIsNotLockedOutByOthersFailures(Vendor vendor, AccountService accounts) {
        SignInService throttle = throttle(vendor);
        Account owner = newAccount(accounts);
        String email = owner.email();
        String home = newAddress();
        assertThat(signIn(throttle, email, PASSWORD, home)).isEqualTo(new SignIn.Accepted(owner));
        String device = throttle.rememberDevice(owner.id(), null);

        List<SignIn> attack = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            attack.add(signIn(throttle, email, "guess " + i, newAddress()));
        }
        for (int i = 0; i < 6; i++) {
            signIn(throttle, email, "guess from the same network " + i, home);
        }

        assertThat(attack.subList(0, 10)).as("ten addresses fail").containsOnly(REFUSED);
        assertThat(attack.subList(10, 12)).as("then every new browser waits")
                .allSatisfy(answer -> assertThat(answer).isInstanceOf(SignIn.Throttled.class));
        assertThat(signIn(throttle, email, PASSWORD, newAddress())).isInstanceOf(SignIn.Throttled.class);
        assertThat(signIn(throttle, email, PASSWORD, home)).isInstanceOf(SignIn.Throttled.class);
        assertThat(throttle.signIn(new SignInAttempt(email, PASSWORD, home, device)))
                .isEqualTo(new SignIn.Accepted(owner));
        String renewed = throttle.rememberDevice(owner.id(), device);
        assertThat(throttle.signIn(new SignInAttempt(email, PASSWORD, newAddress(), renewed)))
                .as("from anywhere").isEqualTo(new SignIn.Accepted(owner));
        assertThat(throttle.signIn(new SignInAttempt(email, PASSWORD, newAddress(), device)))
                .as("the cookie it replaced").isInstanceOf(SignIn.Throttled.class);
        assertThat(throttle.signIn(new SignInAttempt(email, PASSWORD, newAddress(), "planted-" + Ids.secret(32))))
                .as("a cookie nobody issued").isInstanceOf(SignIn.Throttled.class);
    }

    @DatabaseTest
    void aDeviceCookieOfAnotherAccountDoesNotHelp(Vendor vendor, AccountService accounts) {
        SignInService throttle = throttle(vendor);
        Account mine = newAccount(accounts);
        String target = newAccount(accounts).email();
        String myDevice = throttle.rememberDevice(mine.id(), null);
        for (int i = 0; i < 10; i++) {
            signIn(throttle, target, "guess " + i, newAddress());
        }

        assertThat(throttle.signIn(new SignInAttempt(target, PASSWORD, newAddress(), myDevice)))
                .isInstanceOf(SignIn.Throttled.class);
    }

    @DatabaseTest
    void anAddressFailingAtManyAccountsIsSlowedDownNotLockedOut(Vendor vendor, AccountService accounts) {
        SignInService throttle = throttle(vendor);
        String sprayer = newAddress();
        List<String> sprayed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sprayed.add(newEmail());
            accounts.create(sprayed.getLast(), "Sprayed " + i, PASSWORD);
        }
        String neverTried = newEmail();
        Account untouched = accounts.create(neverTried, "Untouched", PASSWORD);

        List<Duration> waits = new ArrayList<>();
        for (String email : sprayed) {
            SignIn answer;
            while ((answer = signIn(throttle, email, "Summer2026!", sprayer)) instanceof SignIn.Throttled slowed) {
                waits.add(slowed.retryAfter());
                clock.advance(slowed.retryAfter());
            }
            assertThat(answer).isEqualTo(REFUSED);
        }
        SignIn slowed = signIn(throttle, neverTried, PASSWORD, sprayer);

        assertThat(waits).as("slowed after ten accounts, to one attempt a minute at most").hasSize(10)
                .allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofMinutes(1)));
        assertThat(slowed).isEqualTo(new SignIn.Throttled(Duration.ofMinutes(1)));
        assertThat(signIn(throttle, neverTried, PASSWORD, newAddress())).as("other addresses are not slowed")
                .isEqualTo(new SignIn.Accepted(untouched));
        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn(throttle, neverTried, PASSWORD, sprayer)).as("not locked out")
                .isEqualTo(new SignIn.Accepted(untouched));
    }

    @DatabaseTest
    void failuresAreForgottenAfterADayAndDevicesAfterAYear(Vendor vendor, AccountService accounts, JdbcClient jdbc) {
        SignInService throttle = throttle(vendor);
        Account owner = newAccount(accounts);
        String email = owner.email();
        String address = newAddress();
        for (int i = 0; i < 6; i++) {
            signIn(throttle, email, "guess " + i, address);
        }
        String device = throttle.rememberDevice(owner.id(), null);
        assertThat(attemptRows(jdbc, email)).isEqualTo(1);

        clock.advance(Duration.ofHours(25));
        signIn(throttle, newEmail(), "anything", newAddress());

        assertThat(attemptRows(jdbc, email)).as("pruned").isZero();
        assertThat(deviceRows(jdbc, owner.id())).isEqualTo(1);
        clock.advance(Duration.ofDays(366));
        signIn(throttle, newEmail(), "anything", newAddress());
        assertThat(deviceRows(jdbc, owner.id())).as("pruned").isZero();
        assertThat(throttle.rememberDevice(owner.id(), device)).isNotEqualTo(device);
        assertThat(deviceRows(jdbc, owner.id())).as("an expired cookie starts a new device").isEqualTo(1);
    }

    private static long attemptRows(JdbcClient jdbc, String email) {
        return jdbc.sql("SELECT count(*) FROM sign_in_attempts WHERE email_hash = ?")
                .param(Ids.secretHash(Accounts.key(email))).query(Long.class).single();
    }

    private static long deviceRows(JdbcClient jdbc, AccountId account) {
        return jdbc.sql("SELECT count(*) FROM sign_in_devices WHERE account_id = ?").param(account.value())
                .query(Long.class).single();
    }
}
