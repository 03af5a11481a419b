package app.kith.api;

import java.time.Duration;

/** A request over one of the {@link ApiRateLimits}: answered 429 with {@code Retry-After} by {@link ApiProblems}. */
final class RateLimited extends RuntimeException {
    private final long retryAfterSeconds;

    RateLimited(String reason, Duration wait) {
        super(reason + ": try again in " + seconds(wait) + " s.", null, false, false);
        this.retryAfterSeconds = seconds(wait);
    }

    /** Whole seconds, rounded up, and at least one: what {@code Retry-After} says. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
