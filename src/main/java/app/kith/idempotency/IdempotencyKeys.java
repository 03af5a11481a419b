package app.kith.idempotency;

import app.kith.shared.AccountId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The idempotency_keys table: claims, the answers kept, and keys forgotten after {@link #KEPT_FOR}. */
@Repository
class IdempotencyKeys {
    static final Duration KEPT_FOR = Duration.ofHours(24);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicLong nextSweep = new AtomicLong();

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims the key for a request about to be answered; false when the account has used it already. */
    boolean claim(AccountId account, String key) {
        Instant now = clock.instant();
        sweep(now);
        return jdbc.sql("INSERT INTO idempotency_keys (account_id, idem_key, created_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (account_id, idem_key) DO NOTHING")
                .params(account.value(), key, now.toString()).update() == 1;
    }

    Optional<StoredAnswer> find(AccountId account, String key) {
        return jdbc.sql("SELECT fingerprint, status, content_type, location, body FROM idempotency_keys"
                        + " WHERE account_id = ? AND idem_key = ? AND created_at >= ?")
                .params(account.value(), key, clock.instant().minus(KEPT_FOR).toString())
                .query((rs, n) -> {
                    int status = rs.getInt(2);
                    return new StoredAnswer(rs.getString(1), rs.wasNull() ? null : status, rs.getString(3),
                            rs.getString(4), rs.getBytes(5));
                })
                .optional();
    }

    void keep(AccountId account, String key, StoredAnswer answer) {
        jdbc.sql("UPDATE idempotency_keys SET fingerprint = ?, status = ?, content_type = ?, location = ?, body = ?"
                        + " WHERE account_id = ? AND idem_key = ?")
                .params(answer.fingerprint(), answer.status(), answer.contentType(), answer.location(), answer.body(),
                        account.value(), key)
                .update();
    }

    /** Lets the key be used again: the first request failed on the server's side, so a retry should run. */
    void release(AccountId account, String key) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE account_id = ? AND idem_key = ?")
                .params(account.value(), key).update();
    }

    private void sweep(Instant now) {
        long previous = nextSweep.get();
        if (now.toEpochMilli() >= previous && nextSweep.compareAndSet(previous, now.plus(SWEEP_EVERY).toEpochMilli())) {
            jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < ?").param(now.minus(KEPT_FOR).toString()).update();
        }
    }
}
