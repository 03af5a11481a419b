package app.kith.accounts;

import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import app.kith.shared.NotFoundException;
import app.kith.shared.Text;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: 256 random bits, shown once, stored as a SHA-256 hash (enough for secrets of that
 * entropy, and fast to check on every request), revocable.
 */
@Service
public class TokenService {
    private static final String PREFIX = "kith_";
    /** How stale {@code lastUsedAt} may be: it is written at most once a minute per token. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private final ApiTokens tokens;
    private final Clock clock;

    TokenService(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    public NewApiToken create(AccountId account, String name) {
        String clean = Text.clean(name);
        clean = clean == null ? "token" : clean;
        if (clean.length() > 100) {
            throw new InvalidInputException("name", "is longer than 100 characters");
        }
        String secret = PREFIX + Ids.secret(32);
        String id = Ids.newId();
        tokens.insert(account, id, clean, Ids.secretHash(secret), clock.instant());
        return new NewApiToken(id, clean, secret);
    }

    /**
     * The account a token acts for, if it is a live token. Records when it was used, to the minute:
     * {@code lastUsedAt} is written only when it is empty or more than a minute old.
     */
    public Optional<AccountId> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = Ids.secretHash(secret);
        Optional<ApiTokens.Active> active = tokens.active(hash);
        active.ifPresent(token -> {
            // Every write takes SQLite's one write lock: a busy client would serialize all its reads
            // behind its own bookkeeping. "Last used" to the minute is all a person needs to see.
            Instant now = clock.instant();
            if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
                tokens.touch(hash, now);
            }
        });
        return active.map(ApiTokens.Active::account);
    }

    public List<ApiToken> list(AccountId account) {
        return tokens.all(account);
    }

    @Transactional
    public void revoke(AccountId account, String id) {
        if (!Ids.looksValid(id) || !tokens.revoke(account, id, clock.instant())) {
            throw new NotFoundException("token", String.valueOf(id));
        }
    }

    /** Revokes every live token of the account, as after a password change; answers how many. */
    @Transactional
    public int revokeAll(AccountId account) {
        return tokens.revokeAll(account, clock.instant());
    }
}
