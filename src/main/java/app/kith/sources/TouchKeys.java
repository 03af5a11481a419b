package app.kith.sources;

import app.kith.shared.AccountId;
import app.kith.shared.Dates;
import app.kith.storage.Chunks;
import app.kith.storage.MultiRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The source_touches table: which person, thread and day already has its interaction, so a thread of
 * thirty messages is one touch a day, and a touch the user deleted does not come back on the next sync.
 */
@Repository
class TouchKeys {
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    TouchKeys(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One person's touch in one thread on one day. */
    record Touch(String threadKey, LocalDate day, String personId) {
    }

    /** Which of these touches are logged already. */
    Set<Touch> existing(AccountId account, Collection<Touch> touches) {
        Set<Touch> wanted = new HashSet<>(touches);
        Set<Touch> found = new HashSet<>();
        for (List<String> chunk : Chunks.of(touches.stream().map(Touch::threadKey).toList())) {
            jdbc.sql("SELECT thread_key, day, person_id FROM source_touches WHERE account_id = :account"
                            + " AND thread_key IN (:threads)")
                    .param("account", account.value()).param("threads", chunk)
                    .query((rs, n) -> new Touch(rs.getString(1), Dates.stored(rs.getString(2)), rs.getString(3)))
                    .list().stream().filter(wanted::contains).forEach(found::add);
        }
        return found;
    }

    void insert(AccountId account, String sourceId, Map<Touch, String> interactions) {
        List<Object[]> rows = new ArrayList<>(interactions.size());
        interactions.forEach((t, interaction) -> rows.add(new Object[] {account.value(), t.threadKey(),
            t.day().toString(), t.personId(), sourceId, interaction}));
        MultiRow.execute(batch, "INSERT INTO source_touches (account_id, thread_key, day, person_id, source_id,"
                + " interaction_id) VALUES " + MultiRow.VALUES
                + " ON CONFLICT (account_id, thread_key, day, person_id) DO NOTHING", rows);
    }

    /** The touches this source logged in these threads on these days, with their interactions. */
    Map<Touch, String> logged(AccountId account, String sourceId, Set<Day> days) {
        Map<Touch, String> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(days.stream().map(Day::threadKey).distinct().toList())) {
            jdbc.sql("SELECT thread_key, day, person_id, interaction_id FROM source_touches WHERE account_id = :account"
                            + " AND source_id = :source AND thread_key IN (:threads)")
                    .param("account", account.value()).param("source", sourceId).param("threads", chunk)
                    .query((rs, n) -> Map.entry(new Touch(rs.getString(1), Dates.stored(rs.getString(2)),
                            rs.getString(3)), rs.getString(4)))
                    .list().stream().filter(e -> days.contains(new Day(e.getKey().threadKey(), e.getKey().day())))
                    .forEach(e -> found.put(e.getKey(), e.getValue()));
        }
        return found;
    }

    /** One thread on one day. */
    record Day(String threadKey, LocalDate day) {
    }

    void delete(AccountId account, Touch touch) {
        jdbc.sql("DELETE FROM source_touches WHERE account_id = ? AND thread_key = ? AND day = ? AND person_id = ?")
                .params(account.value(), touch.threadKey(), touch.day().toString(), touch.personId()).update();
    }

    void deleteBySource(AccountId account, String sourceId) {
        jdbc.sql("DELETE FROM source_touches WHERE account_id = ? AND source_id = ?").params(account.value(), sourceId)
                .update();
    }
}
