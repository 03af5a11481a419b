package app.kith.accounts;

import java.time.Instant;

/** An API token as listed: never the secret itself, which is shown once and stored only as a hash. */
public record ApiToken(String id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
}
