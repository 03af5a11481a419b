package app.kith.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The API's rate limits, per node: requests a minute per token ({@code KITH_API_RATE_PER_TOKEN}, 600
 * by default), and, per client address, requests a minute whose token was missing or not valid
 * ({@code KITH_API_RATE_PER_ADDRESS}, 60 by default). An address over its limit is refused before its
 * token is even looked up, so a flood of bad tokens costs next to nothing. 0 turns a limit off.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiRateLimits {
    private final RateLimit perToken;
    private final RateLimit perAddress;

    ApiRateLimits(@Value("${kith.api.rate-limit.per-token:600}") String perToken,
                  @Value("${kith.api.rate-limit.per-address:60}") String perAddress, Clock clock) {
        this.perToken = new RateLimit(perMinute(perToken, "KITH_API_RATE_PER_TOKEN"), clock);
        this.perAddress = new RateLimit(perMinute(perAddress, "KITH_API_RATE_PER_ADDRESS"), clock);
    }

    /** Refuses the request when its address has made too many with a missing or bad token lately. */
    void checkAddress(String address) {
        Optional<Duration> wait = perAddress.mustWait(address);
        if (wait.isPresent()) {
            throw new RateLimited("Too many requests without a valid token from this address (the limit is "
                    + perAddress.perMinute() + " a minute)", wait.get());
        }
    }

    /** Counts a request from this address whose token was missing or not valid. */
    void addressFailed(String address) {
        perAddress.take(address);
    }

    /** Spends one request of the token's budget (by the token's hash), or refuses it. */
    void takeForToken(String tokenHash) {
        Optional<Duration> wait = perToken.take(tokenHash);
        if (wait.isPresent()) {
            throw new RateLimited("Too many requests with this token (the limit is " + perToken.perMinute()
                    + " a minute)", wait.get());
        }
    }

    private static int perMinute(String setting, String variable) {
        try {
            int value = Integer.parseInt(setting.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Said below, with what to write instead.
        }
        throw new IllegalStateException(variable + ": '" + setting + "' is not a number of requests a minute"
                + " (0 turns the limit off)");
    }
}
