package app.kith.accounts;

import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs in with email and password, throttled by account and source together, as OWASP advises:
 * <ul>
 * <li>one email from one source (an address, or a browser that signed in to that account before)
 *     backs off exponentially: five failures are free, then each attempt waits 2^n seconds after the
 *     n-th failure, up to 15 minutes;
 * <li>once ten sources have failed at one email within the hour, every browser without that
 *     account's device cookie backs off too, so an attack spread over many addresses cannot guess on,
 *     while the owner's browsers, which carry the cookie, still get in;
 * <li>an address that failed at ten emails within the hour is slowed down to one attempt a minute at
 *     most, never locked out, so the other people behind a shared address still get in.
 * </ul>
 * Unknown emails are counted exactly like real ones: the throttle says nothing about which exist.
 * The counts live in the database, so every node sees them and a restart does not reset them.
 */
@Service
public class SignInService {
    /** How long a device cookie lasts, and how long a device that no longer signs in is remembered. */
    public static final Duration DEVICE_LIFETIME = Duration.ofDays(365);
    static final Backoff PER_SOURCE = new Backoff(5, Duration.ofMinutes(15));
    static final Backoff PER_ACCOUNT = new Backoff(10, Duration.ofMinutes(15));
    static final Backoff PER_ADDRESS = new Backoff(10, Duration.ofMinutes(1));
    /** How far back failures count towards the per-account and per-address rules. */
    static final Duration WINDOW = Duration.ofHours(1);
    /** An email's failures from one source are forgotten after a day without one. */
    static final Duration FORGET = Duration.ofDays(1);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);
    private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9_-]{20,100}");
    private static final int MAX_ADDRESS = 100;
    private static final String DEVICE_SOURCE = "device:";

    private final AccountService accounts;
    private final SignInAttempts attempts;
    private final SignInDevices devices;
    private final TokenService tokens;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AtomicLong nextPrune = new AtomicLong();

    SignInService(AccountService accounts, SignInAttempts attempts, SignInDevices devices, TokenService tokens,
                  PlatformTransactionManager transactions, Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.devices = devices;
        this.tokens = tokens;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Checks the password unless the throttle says to wait; counts the attempt either way it ends. */
    public SignIn signIn(SignInAttempt attempt) {
        Instant now = clock.instant();
        pruneNowAndThen(now);
        String emailKey = Accounts.key(attempt.email() == null ? "" : attempt.email());
        String emailHash = Ids.secretHash(emailKey);
        String device = deviceHash(attempt.device());
        boolean known = device != null && devices.knows(emailKey, device, now.minus(DEVICE_LIFETIME));
        String source = known ? DEVICE_SOURCE + device : address(attempt.address());
        Optional<Instant> notBefore = transaction.execute(status -> mustWait(emailHash, source, known, now));
        if (notBefore.isPresent()) {
            return new SignIn.Throttled(Duration.between(now, notBefore.get()));
        }
        Optional<Account> account = accounts.authenticate(attempt.email(), attempt.password());
        if (account.isEmpty()) {
            return new SignIn.Refused();
        }
        attempts.forget(emailHash, source);
        return new SignIn.Accepted(account.get());
    }

    /**
     * Signs a sync client (CardDAV, CalDAV) in with the account's email and an app password: a live API
     * token of that account, never the account's password. A right pair is let in at once, whatever
     * others failed: a token's 256 random bits cannot be guessed, so holding it back would only let
     * someone failing on purpose lock the owner's phone out. A wrong one counts as a failed sign-in of
     * that email from that address, with the same back-off as the sign-in form, and once that says to
     * wait the answer is {@link SignIn.Throttled}.
     */
    public SignIn appPassword(SignInAttempt attempt) {
        Instant now = clock.instant();
        pruneNowAndThen(now);
        String email = attempt.email() == null ? "" : attempt.email();
        Optional<Account> account = tokens.authenticate(attempt.password())
                .flatMap(id -> accounts.byEmail(email).filter(a -> a.id().equals(id)));
        if (account.isPresent()) {
            return new SignIn.Accepted(account.get());
        }
        String emailHash = Ids.secretHash(Accounts.key(email));
        String source = address(attempt.address());
        Optional<Instant> notBefore = transaction.execute(status -> mustWait(emailHash, source, false, now));
        return notBefore.<SignIn>map(until -> new SignIn.Throttled(Duration.between(now, until)))
                .orElseGet(SignIn.Refused::new);
    }

    /**
     * The device cookie for a browser that has just signed in to the account: a new random secret each
     * time, so a cookie someone else planted is never what the browser is known by. It takes over the
     * accounts the browser's previous cookie (null when none) was known to. Only its hash is stored.
     */
    public String rememberDevice(AccountId account, String previous) {
        Instant now = clock.instant();
        String secret = Ids.secret(32);
        String hash = Ids.secretHash(secret);
        String old = deviceHash(previous);
        transaction.executeWithoutResult(status -> {
            if (old != null) {
                devices.rename(old, hash, now.minus(DEVICE_LIFETIME), now);
            }
            devices.add(account, hash, now);
        });
        return secret;
    }

    /** When the attempt may be made if not now; counts it if it may. */
    private Optional<Instant> mustWait(String emailHash, String source, boolean known, Instant now) {
        if (!known) {
            Instant since = now.minus(WINDOW);
            Instant account = after(attempts.sourcesOf(emailHash, since), PER_ACCOUNT);
            Instant address = after(attempts.emailsFrom(source, since), PER_ADDRESS);
            Instant until = account.isAfter(address) ? account : address;
            if (until.isAfter(now)) {
                return Optional.of(until);
            }
        }
        return attempts.count(emailHash, source, now, now.minus(FORGET), PER_SOURCE);
    }

    private static Instant after(SignInAttempts.Recent recent, Backoff backoff) {
        return recent.latest().plus(backoff.after(recent.count()));
    }

    /** Rows nobody needs any more go at most once a minute per node, on the way of a sign-in. */
    private void pruneNowAndThen(Instant now) {
        long due = nextPrune.get();
        if (now.toEpochMilli() >= due && nextPrune.compareAndSet(due, now.plus(PRUNE_EVERY).toEpochMilli())) {
            attempts.prune(now.minus(FORGET), now);
            devices.prune(now.minus(DEVICE_LIFETIME));
        }
    }

    private static String deviceHash(String cookie) {
        return cookie != null && DEVICE.matcher(cookie).matches() ? Ids.secretHash(cookie) : null;
    }

    private static String address(String address) {
        String clean = address == null || address.isBlank() ? "unknown" : address.strip();
        return clean.length() > MAX_ADDRESS ? clean.substring(0, MAX_ADDRESS) : clean;
    }
}
