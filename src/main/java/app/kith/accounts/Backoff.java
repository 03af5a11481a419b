package app.kith.accounts;

import java.time.Duration;

/**
 * Exponential back-off: the first {@code free} failures cost nothing; from then on the next attempt
 * waits 32 seconds, doubling with each further failure, up to {@code cap}. With five free failures
 * that is 2^n seconds after the n-th.
 */
record Backoff(int free, Duration cap) {
    private static final int FIRST_WAIT_LOG2 = 5;

    /** How long the next attempt waits after this many failures. */
    Duration after(long failures) {
        if (failures < free) {
            return Duration.ZERO;
        }
        long exponent = failures - free + FIRST_WAIT_LOG2;
        Duration wait = exponent >= 40 ? cap : Duration.ofSeconds(1L << exponent);
        return wait.compareTo(cap) > 0 ? cap : wait;
    }
}
