package app.kith.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting an attacker lock a real user out. Failed sign-ins are
 * counted per client address (one machine guessing many accounts) and per account (many machines
 * guessing one). The per-account limit only holds for addresses that have never signed in to that
 * account: the owner, signing in from where they usually do, still gets in while someone else
 * hammers their account. Counts live in this node's memory and fade after {@link #WINDOW}; unknown
 * emails are counted exactly like real ones, so the throttle reveals nothing about which exist.
 */
@Component
class LoginThrottle {
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PER_ADDRESS = 20;
    static final int PER_ACCOUNT = 10;
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> trustedAddresses = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a sign-in attempt for this email from this address may be checked at all. */
    boolean allows(String email, String address) {
        Instant now = clock.instant();
        if (recent(byAddress, address, now) >= PER_ADDRESS) {
            return false;
        }
        String key = key(email);
        boolean trusted = trustedAddresses.getOrDefault(key, Set.of()).contains(address);
        return trusted || recent(byAccount, key, now) < PER_ACCOUNT;
    }

    void failed(String email, String address) {
        Instant now = clock.instant();
        record(byAddress, address, now);
        record(byAccount, key(email), now);
    }

    void succeeded(String email, String address) {
        String key = key(email);
        // The address's failures stay counted: signing in to one's own account must not reset guessing at others.
        trustedAddresses.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(address);
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private int recent(Map<String, Deque<Instant>> counts, String key, Instant now) {
        Deque<Instant> times = counts.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private void record(Map<String, Deque<Instant>> counts, String key, Instant now) {
        if (counts.size() > MAX_KEYS) {
            // A flood of distinct keys must not exhaust memory; forgetting old counts only loosens the limit.
            counts.clear();
        }
        Deque<Instant> times = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }
}
