package app.kith.sources;

import app.kith.shared.AccountId;
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

    /**
     * Records the keys as counted and answers those that were not already: one statement per few
     * thousand keys, each key found through the table's key. (A look for the known keys first was
     * planned on PostgreSQL as a scan of the account's keys, so each batch of a first sync read every
     * key the sync had stored before it.)
     */
    Set<String> claim(AccountId account, String sourceId, Collection<String> keys) {
        List<Object[]> rows = new ArrayList<>(keys.size());
        keys.forEach(key -> rows.add(new Object[] {account.value(), key, sourceId}));
        return new HashSet<>(MultiRow.query(batch, "INSERT INTO source_seen (account_id, item_key, source_id) VALUES "
                + MultiRow.VALUES + " ON CONFLICT (account_id, item_key) DO NOTHING RETURNING item_key", rows,
                (rs, n) -> rs.getString(1)));
    }

    void deleteBySource(AccountId account, String sourceId) {
        jdbc.sql("DELETE FROM source_seen WHERE account_id = ? AND source_id = ?").params(account.value(), sourceId)
                .update();
    }
}
