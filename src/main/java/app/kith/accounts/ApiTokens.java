package app.kith.accounts;

import app.kith.shared.AccountId;
import app.kith.shared.Dates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The api_tokens table: hashes of tokens, never the tokens. */
@Repository
class ApiTokens {
    private static final String SELECT = "SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens";
    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AccountId account, String id, String name, String hash, Instant now) {
        jdbc.sql("INSERT INTO api_tokens (account_id, id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(account.value(), id, name, hash, now.toString()).update();
    }

    /** A live token: the account it acts for and when it was last used (null if never). */
    record Active(AccountId account, Instant lastUsedAt) {
    }

    Optional<Active> active(String hash) {
        return jdbc.sql("SELECT account_id, last_used_at FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL")
                .param(hash).query((rs, n) -> new Active(new AccountId(rs.getString(1)), instant(rs.getString(2))))
                .optional();
    }

    void touch(String hash, Instant now) {
        jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ?").params(now.toString(), hash).update();
    }

    List<ApiToken> all(AccountId account) {
        return jdbc.sql(SELECT + " WHERE account_id = ? ORDER BY created_at DESC").param(account.value())
                .query(ApiTokens::row).list();
    }

    boolean revoke(AccountId account, String id, Instant now) {
        return jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE account_id = ? AND id = ? AND revoked_at IS NULL")
                .params(now.toString(), account.value(), id).update() > 0;
    }

    int revokeAll(AccountId account, Instant now) {
        return jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL")
                .params(now.toString(), account.value()).update();
    }

    private static Instant instant(String text) {
        return text == null ? null : Dates.storedInstant(text);
    }

    private static ApiToken row(ResultSet rs, int n) throws SQLException {
        return new ApiToken(rs.getString("id"), rs.getString("name"), instant(rs.getString("created_at")),
                instant(rs.getString("last_used_at")), instant(rs.getString("revoked_at")));
    }
}
