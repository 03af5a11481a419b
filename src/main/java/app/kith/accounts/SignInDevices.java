package app.kith.accounts;

import app.kith.shared.AccountId;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sign_in_devices table: which browsers (by the hash of their device cookie) signed in to which account. */
@Repository
class SignInDevices {
    /** The most devices an account keeps: older ones are forgotten, as if their cookie had expired. */
    static final int PER_ACCOUNT = 20;
    private final JdbcClient jdbc;

    SignInDevices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the device signed in to the account with this email (as typed) since then. */
    boolean knows(String emailKey, String deviceHash, Instant since) {
        return jdbc.sql("""
                SELECT count(*) FROM sign_in_devices d JOIN accounts a ON a.id = d.account_id
                WHERE a.email_key = ? AND d.device_hash = ? AND d.last_used_at > ?""")
                .params(emailKey, deviceHash, since.toEpochMilli()).query(Long.class).single() > 0;
    }

    /** The device's cookie changed: every account it was known to since then knows it by its new hash. */
    void rename(String oldHash, String newHash, Instant since, Instant now) {
        jdbc.sql("UPDATE sign_in_devices SET device_hash = ?, last_used_at = ? WHERE device_hash = ? AND last_used_at > ?")
                .params(newHash, now.toEpochMilli(), oldHash, since.toEpochMilli()).update();
    }

    /** The device signed in to the account; the account forgets its devices beyond the latest {@link #PER_ACCOUNT}. */
    void add(AccountId account, String deviceHash, Instant now) {
        jdbc.sql("""
                INSERT INTO sign_in_devices (account_id, device_hash, last_used_at) VALUES (?, ?, ?)
                ON CONFLICT (account_id, device_hash) DO UPDATE SET last_used_at = excluded.last_used_at""")
                .params(account.value(), deviceHash, now.toEpochMilli()).update();
        jdbc.sql("""
                DELETE FROM sign_in_devices WHERE account_id = ? AND device_hash NOT IN (
                    SELECT device_hash FROM sign_in_devices WHERE account_id = ?
                    ORDER BY last_used_at DESC LIMIT ?)""")
                .params(account.value(), account.value(), PER_ACCOUNT).update();
    }

    void prune(Instant usedBefore) {
        jdbc.sql("DELETE FROM sign_in_devices WHERE last_used_at < ?").param(usedBefore.toEpochMilli()).update();
    }
}
