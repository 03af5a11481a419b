package app.kith.sources;

import app.kith.shared.AccountId;
import app.kith.shared.Dates;
import app.kith.storage.MultiRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The source_calendars and source_meetings tables: what the last full read of a calendar left behind,
 * its validators for the next conditional fetch and its meetings of the next days.
 */
@Repository
class IcsReads {
    private static final String MEETING = "source_id, item_key, thread_key, starts_at, ends_at, all_day, day, title,"
            + " emails, by_owner";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    IcsReads(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The validators of the last full read, and when it was. */
    record State(String etag, String lastModified, Instant readAt) {
    }

    /**
     * A meeting yet to end, as the last full read had it; {@code emails} are the others', {@code byOwner}
     * whether the owner organized it.
     */
    record Upcoming(String sourceId, String itemKey, String threadKey, Instant start, Instant end, boolean allDay,
                    LocalDate day, String title, List<String> emails, boolean byOwner) {
    }

    Optional<State> state(AccountId account, String sourceId) {
        return jdbc.sql("SELECT etag, last_modified, read_at FROM source_calendars WHERE account_id = ?"
                        + " AND source_id = ?")
                .params(account.value(), sourceId)
                .query((rs, n) -> new State(rs.getString(1), rs.getString(2), Dates.storedInstant(rs.getString(3))))
                .optional();
    }

    void saveState(AccountId account, String sourceId, State state) {
        jdbc.sql("INSERT INTO source_calendars (account_id, source_id, etag, last_modified, read_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, source_id) DO UPDATE SET"
                        + " etag = excluded.etag, last_modified = excluded.last_modified, read_at = excluded.read_at")
                .params(account.value(), sourceId, state.etag(), state.lastModified(), state.readAt().toString())
                .update();
    }

    /** Forgets the validators, so the next sync reads the calendar in full. */
    void forget(AccountId account, String sourceId) {
        jdbc.sql("DELETE FROM source_calendars WHERE account_id = ? AND source_id = ?")
                .params(account.value(), sourceId).update();
    }

    /** Puts these meetings in place of the ones kept for the source. */
    void replaceUpcoming(AccountId account, String sourceId, List<Upcoming> meetings) {
        jdbc.sql("DELETE FROM source_meetings WHERE account_id = ? AND source_id = ?")
                .params(account.value(), sourceId).update();
        List<Object[]> rows = new ArrayList<>(meetings.size());
        meetings.forEach(m -> rows.add(new Object[] {account.value(), sourceId, m.itemKey(), m.threadKey(),
            m.start().getEpochSecond(), m.end().getEpochSecond(), m.allDay() ? 1 : 0, m.day().toString(), m.title(),
            String.join("\n", m.emails()), m.byOwner() ? 1 : 0}));
        MultiRow.insert(batch, "INSERT INTO source_meetings (account_id, source_id, item_key, thread_key, starts_at,"
                + " ends_at, all_day, day, title, emails, by_owner)", rows);
    }

    /** The source's kept meetings that have ended by {@code now}. */
    List<Upcoming> ended(AccountId account, String sourceId, Instant now) {
        return jdbc.sql("SELECT " + MEETING + " FROM source_meetings WHERE account_id = ? AND source_id = ?"
                        + " AND ends_at <= ? ORDER BY starts_at")
                .params(account.value(), sourceId, now.getEpochSecond()).query(IcsReads::meeting).list();
    }

    void deleteEnded(AccountId account, String sourceId, Instant now) {
        jdbc.sql("DELETE FROM source_meetings WHERE account_id = ? AND source_id = ? AND ends_at <= ?")
                .params(account.value(), sourceId, now.getEpochSecond()).update();
    }

    /**
     * The account's kept meetings that start in {@code [from, to)}, an all-day one on its days
     * {@code first} to {@code last}, of sources not paused; soonest first, at most {@code limit}.
     */
    List<Upcoming> starting(AccountId account, Instant from, Instant to, LocalDate first, LocalDate last, int limit) {
        return jdbc.sql("SELECT " + MEETING + " FROM source_meetings m WHERE m.account_id = ? AND (m.all_day = 0"
                        + " AND m.starts_at >= ? AND m.starts_at < ? OR m.all_day = 1 AND m.day >= ? AND m.day <= ?)"
                        + " AND EXISTS (SELECT 1 FROM sources s WHERE s.account_id = m.account_id"
                        + " AND s.id = m.source_id AND s.paused = 0) ORDER BY m.starts_at, m.item_key LIMIT ?")
                .params(account.value(), from.getEpochSecond(), to.getEpochSecond(), first.toString(), last.toString(),
                        limit)
                .query(IcsReads::meeting).list();
    }

    private static Upcoming meeting(ResultSet rs, int n) throws SQLException {
        String emails = rs.getString("emails");
        return new Upcoming(rs.getString("source_id"), rs.getString("item_key"), rs.getString("thread_key"),
                Instant.ofEpochSecond(rs.getLong("starts_at")), Instant.ofEpochSecond(rs.getLong("ends_at")),
                rs.getInt("all_day") == 1, Dates.stored(rs.getString("day")), rs.getString("title"),
                emails.isEmpty() ? List.of() : Arrays.asList(emails.split("\n")), rs.getInt("by_owner") == 1);
    }
}
