package app.kith.accounts;

import java.time.Duration;

/** How a {@link SignInAttempt} ended. */
public sealed interface SignIn {

    /** The email and password match this account. */
    record Accepted(Account account) implements SignIn {
    }

    /** Unknown email or wrong password: the same answer for both. */
    record Refused() implements SignIn {
    }

    /** Too many failures lately: the password was not checked; try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements SignIn {
    }
}
