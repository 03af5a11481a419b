package app.kith.accounts;

import app.kith.shared.AccountId;
import java.time.Instant;

/** One user's private space and the person who represents them. */
public record Account(AccountId id, String email, String selfPersonId, Instant createdAt) {
}
