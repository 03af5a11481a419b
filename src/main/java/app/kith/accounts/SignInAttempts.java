package app.kith.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sign_in_attempts table: per email (hashed) and source, how many attempts failed lately and when
 * the next may be made. An attempt is counted before its password is checked and forgotten when the
 * password was right, so requests sent at once cannot all slip past the count.
 */
@Repository
class SignInAttempts {
    private final JdbcClient jdbc;

    SignInAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many rows a group (one email's sources, or one source's emails) has lately, and its latest failure. */
    record Recent(long count, Instant latest) {
    }

    Recent sourcesOf(String emailHash, Instant since) {
        return jdbc.sql("SELECT count(*), max(last_failed_at) FROM sign_in_attempts WHERE email_hash = ? AND last_failed_at > ?")
                .params(emailHash, since.toEpochMilli()).query(SignInAttempts::recent).single();
    }

    Recent emailsFrom(String source, Instant since) {
        return jdbc.sql("SELECT count(*), max(last_failed_at) FROM sign_in_attempts WHERE source = ? AND last_failed_at > ?")
                .params(source, since.toEpochMilli()).query(SignInAttempts::recent).single();
    }

    /**
     * Counts an attempt of this email from this source, unless it must wait: then answers until when.
     * Failures older than {@code forgetBefore} no longer count. Call within a transaction.
     */
    Optional<Instant> count(String emailHash, String source, Instant now, Instant forgetBefore, Backoff backoff) {
        jdbc.sql("""
                INSERT INTO sign_in_attempts (email_hash, source, failures, last_failed_at, next_allowed_at)
                VALUES (?, ?, 0, ?, 0) ON CONFLICT (email_hash, source) DO NOTHING""")
                .params(emailHash, source, now.toEpochMilli()).update();
        int counted = jdbc.sql("""
                UPDATE sign_in_attempts
                SET failures = CASE WHEN last_failed_at < ? THEN 1 ELSE failures + 1 END, last_failed_at = ?
                WHERE email_hash = ? AND source = ? AND next_allowed_at <= ?""")
                .params(forgetBefore.toEpochMilli(), now.toEpochMilli(), emailHash, source, now.toEpochMilli())
                .update();
        record Row(long failures, long nextAllowedAt) {
        }
        Row row = jdbc.sql("SELECT failures, next_allowed_at FROM sign_in_attempts WHERE email_hash = ? AND source = ?")
                .params(emailHash, source).query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2))).single();
        if (counted == 0) {
            return Optional.of(Instant.ofEpochMilli(row.nextAllowedAt()));
        }
        jdbc.sql("UPDATE sign_in_attempts SET next_allowed_at = ? WHERE email_hash = ? AND source = ?")
                .params(now.plus(backoff.after(row.failures())).toEpochMilli(), emailHash, source).update();
        return Optional.empty();
    }

    /** The password was right: this email's count from this source starts again. */
    void forget(String emailHash, String source) {
        jdbc.sql("DELETE FROM sign_in_attempts WHERE email_hash = ? AND source = ?").params(emailHash, source).update();
    }

    void prune(Instant failedBefore, Instant now) {
        jdbc.sql("DELETE FROM sign_in_attempts WHERE last_failed_at < ? AND next_allowed_at < ?")
                .params(failedBefore.toEpochMilli(), now.toEpochMilli()).update();
    }

    private static Recent recent(ResultSet rs, int n) throws SQLException {
        long latest = rs.getLong(2);
        Instant when = rs.wasNull() ? Instant.EPOCH : Instant.ofEpochMilli(latest);
        return new Recent(rs.getLong(1), when);
    }
}
