package app.kith.accounts;

import app.kith.shared.AccountId;
import app.kith.shared.Dates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts table. */
@Repository
class Accounts {
    private static final String SELECT = "SELECT id, email, self_person_id, created_at FROM accounts";
    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    void insert(AccountId id, String email, String passwordHash, Instant now) {
        jdbc.sql("INSERT INTO accounts (id, email, email_key, password_hash, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id.value(), email.strip(), key(email), passwordHash, now.toString()).update();
    }

    void setSelf(AccountId id, String personId) {
        jdbc.sql("UPDATE accounts SET self_person_id = ? WHERE id = ?").params(personId, id.value()).update();
    }

    Optional<Account> byEmail(String email) {
        return jdbc.sql(SELECT + " WHERE email_key = ?").param(key(email)).query(Accounts::row).optional();
    }

    Optional<Account> byId(AccountId id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id.value()).query(Accounts::row).optional();
    }

    List<Account> all() {
        return jdbc.sql(SELECT + " ORDER BY created_at LIMIT 2").query(Accounts::row).list();
    }

    void setPasswordHash(AccountId id, String hash) {
        jdbc.sql("UPDATE accounts SET password_hash = ? WHERE id = ?").params(hash, id.value()).update();
    }

    void delete(AccountId id) {
        jdbc.sql("DELETE FROM accounts WHERE id = ?").param(id.value()).update();
    }

    Optional<String> passwordHash(AccountId id) {
        return jdbc.sql("SELECT password_hash FROM accounts WHERE id = ?").param(id.value()).query(String.class)
                .optional();
    }

    private static Account row(ResultSet rs, int n) throws SQLException {
        return new Account(new AccountId(rs.getString("id")), rs.getString("email"), rs.getString("self_person_id"),
                Dates.storedInstant(rs.getString("created_at")));
    }
}
