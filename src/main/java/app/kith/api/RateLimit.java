package app.kith.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One limit of so many requests a minute per key (a token, an address), as Bucket4j token buckets in
 * this node's memory: up to a minute's worth at once, refilled evenly over the minute. At most
 * {@link #MAX_KEYS} buckets are kept; one idle for a minute is full again, so it is dropped, and when
 * more keys than that are busy at once the least used lose their count, which only loosens the limit.
 */
final class RateLimit {
    static final int MAX_KEYS = 20_000;
    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final int perMinute;
    private final Bandwidth bandwidth;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    /** A limit of this many a minute (0: no limit), read from the clock the application runs on. */
    RateLimit(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.bandwidth = perMinute == 0 ? null
                : Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, PERIOD).build();
        this.time = new ClockTime(clock);
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(PERIOD)
                .ticker(time::currentTimeNanos).build();
    }

    int perMinute() {
        return perMinute;
    }

    /** Spends one request of the key's budget; when it is spent already, answers how long until there is one. */
    Optional<Duration> take(String key) {
        if (bandwidth == null) {
            return Optional.empty();
        }
        var probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Like {@link #take}, without spending: how long until the key may make a request, if it may not now. */
    Optional<Duration> mustWait(String key) {
        if (bandwidth == null) {
            return Optional.empty();
        }
        Bucket bucket = buckets.getIfPresent(key);
        var probe = bucket == null ? null : bucket.estimateAbilityToConsume(1);
        return probe == null || probe.canBeConsumed() ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder().addLimit(bandwidth).withCustomTimePrecision(time).build());
    }

    /** Bucket4j's time from the application's clock, so that tests can move it. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
