package app.kith.people;

import app.kith.shared.AccountId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People's photos, scoped to one account. */
@Repository
class Photos {
    private final JdbcClient jdbc;

    Photos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Photo> find(AccountId account, String personId) {
        return jdbc.sql("SELECT content_type, bytes FROM person_photos WHERE account_id = ? AND person_id = ?")
                .params(account.value(), personId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2))).optional();
    }

    /** The bytes of the account's photos, but for one person's (whose photo is being replaced). */
    long bytesBesides(AccountId account, String personId) {
        return jdbc.sql("SELECT COALESCE(SUM(LENGTH(bytes)), 0) FROM person_photos WHERE account_id = ? AND person_id <> ?")
                .params(account.value(), personId).query(Long.class).single();
    }

    void put(AccountId account, String personId, Photo photo) {
        jdbc.sql("DELETE FROM person_photos WHERE account_id = ? AND person_id = ?")
                .params(account.value(), personId).update();
        jdbc.sql("INSERT INTO person_photos (account_id, person_id, content_type, bytes) VALUES (?, ?, ?, ?)")
                .params(account.value(), personId, photo.contentType(), photo.bytes()).update();
    }

    /** Removes the person's photo; false when they had none. */
    boolean delete(AccountId account, String personId) {
        return jdbc.sql("DELETE FROM person_photos WHERE account_id = ? AND person_id = ?")
                .params(account.value(), personId).update() > 0;
    }

    Set<String> withPhotos(AccountId account, Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT person_id FROM person_photos WHERE account_id = :account"
                        + " AND person_id IN (:ids)")
                .param("account", account.value()).param("ids", personIds).query(String.class).list());
    }
}
