package app.kith.dav;

import app.kith.shared.AccountId;
import app.kith.storage.Chunks;
import app.kith.storage.MultiRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dav_calendar_objects table: each calendar object's name, ETag and the change number at which
 * it last changed or became a tombstone, as of the last time a client asked.
 */
@Repository
class CalendarStates {
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CalendarStates(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One object as last recorded. */
    record State(String name, String etag, long seq, boolean deleted) {
    }

    /** Every recorded object of the calendar, tombstones included, by name. */
    Map<String, State> all(AccountId account, String calendar) {
        Map<String, State> all = new HashMap<>();
        jdbc.sql("SELECT name, etag, seq, deleted FROM dav_calendar_objects WHERE account_id = ? AND calendar = ?")
                .params(account.value(), calendar)
                .query((rs, n) -> new State(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4) == 1))
                .list().forEach(s -> all.put(s.name(), s));
        return all;
    }

    /** These objects (name to ETag) are new or changed at {@code seq}. */
    void changed(AccountId account, String calendar, Map<String, String> etags, long seq) {
        List<Object[]> rows = new ArrayList<>(etags.size());
        etags.forEach((name, etag) -> rows.add(new Object[] {account.value(), calendar, name, etag, seq}));
        MultiRow.execute(batch, "INSERT INTO dav_calendar_objects (account_id, calendar, name, etag, seq) VALUES "
                + MultiRow.VALUES + " ON CONFLICT (account_id, calendar, name) DO UPDATE SET etag = excluded.etag,"
                + " seq = excluded.seq, deleted = 0, deleted_at = NULL", rows);
    }

    /** These objects are gone: they become tombstones at {@code seq}. */
    void gone(AccountId account, String calendar, Collection<String> names, long seq) {
        for (List<String> chunk : Chunks.of(names)) {
            jdbc.sql("UPDATE dav_calendar_objects SET deleted = 1, deleted_at = NULL, seq = :seq"
                            + " WHERE account_id = :account AND calendar = :calendar AND name IN (:names)")
                    .param("seq", seq).param("account", account.value()).param("calendar", calendar)
                    .param("names", chunk).update();
        }
    }

    /** Objects (tombstones included) changed after {@code since} up to {@code until}, in change order. */
    List<State> since(AccountId account, String calendar, long since, long until) {
        return jdbc.sql("SELECT name, etag, seq, deleted FROM dav_calendar_objects WHERE account_id = ?"
                        + " AND calendar = ? AND seq > ? AND seq <= ? ORDER BY seq")
                .params(account.value(), calendar, since, until)
                .query((rs, n) -> new State(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4) == 1))
                .list();
    }
}
