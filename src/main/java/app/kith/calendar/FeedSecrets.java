package app.kith.calendar;

import app.kith.shared.AccountId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar_feeds table: one hashed feed secret per account. */
@Repository
class FeedSecrets {
    private final JdbcClient jdbc;

    FeedSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the account's secret, so the previous feed address stops working at once. */
    void replace(AccountId account, String secret, Instant now) {
        revoke(account);
        jdbc.sql("INSERT INTO calendar_feeds (account_id, secret_hash, created_at) VALUES (?, ?, ?)")
                .params(account.value(), hash(secret), now.toString()).update();
    }

    void revoke(AccountId account) {
        jdbc.sql("DELETE FROM calendar_feeds WHERE account_id = ?").param(account.value()).update();
    }

    Optional<AccountId> account(String secret) {
        return jdbc.sql("SELECT account_id FROM calendar_feeds WHERE secret_hash = ?").param(hash(secret))
                .query(String.class).optional().map(AccountId::new);
    }

    Optional<Instant> createdAt(AccountId account) {
        return jdbc.sql("SELECT created_at FROM calendar_feeds WHERE account_id = ?").param(account.value())
                .query(String.class).optional().map(Instant::parse);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
