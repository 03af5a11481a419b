package app.kith.dav;

import app.kith.shared.AccountId;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dav_events table: the names CalDAV clients gave the events they created, by event. */
@Repository
class EventNames {
    private final JdbcClient jdbc;

    EventNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's client-given names, by event id (stale ones, of deleted events, included). */
    Map<String, String> all(AccountId account) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT event_id, href FROM dav_events WHERE account_id = ?").param(account.value())
                .query((ResultSet rs) -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    /** Names the event; a stale row holding the name goes first. */
    void name(AccountId account, String eventId, String href) {
        forget(account, href);
        jdbc.sql("INSERT INTO dav_events (account_id, event_id, href) VALUES (?, ?, ?)")
                .params(account.value(), eventId, href).update();
    }

    void forget(AccountId account, String href) {
        jdbc.sql("DELETE FROM dav_events WHERE account_id = ? AND href = ?").params(account.value(), href).update();
    }
}
