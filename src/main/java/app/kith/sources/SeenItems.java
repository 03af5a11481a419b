package app.kith.sources;

import app.kith.shared.AccountId;
import app.kith.storage.Chunks;
import app.kith.storage.MultiRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The source_seen table: the keys of the messages already counted, per account. */
@Repository
class SeenItems {
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SeenItems(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Set<String> existing(AccountId account, Collection<String> keys) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : Chunks.of(keys)) {
            found.addAll(jdbc.sql("SELECT item_key FROM source_seen WHERE account_id = :account AND item_key IN (:keys)")
                    .param("account", account.value()).param("keys", chunk).query(String.class).list());
        }
        return found;
    }

    void insert(AccountId account, String sourceId, Collection<String> keys) {
        List<Object[]> rows = new ArrayList<>(keys.size());
        keys.forEach(key -> rows.add(new Object[] {account.value(), key, sourceId}));
        MultiRow.execute(batch, "INSERT INTO source_seen (account_id, item_key, source_id) VALUES " + MultiRow.VALUES
                + " ON CONFLICT (account_id, item_key) DO NOTHING", rows);
    }

    void deleteBySource(AccountId account, String sourceId) {
        jdbc.sql("DELETE FROM source_seen WHERE account_id = ? AND source_id = ?").params(account.value(), sourceId)
                .update();
    }
}
