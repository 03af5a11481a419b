package app.kith.digest;

import app.kith.shared.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The digest_schedules table. {@code next_due_at} (epoch seconds) is both the scheduler's index and
 * its claim: the node that moves it on from the value it read is the one that starts that digest.
 */
@Repository
class DigestSchedules {
    private final JdbcClient jdbc;

    DigestSchedules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A schedule as stored, with when its next digest is due (null while it is off). */
    record Stored(DigestSchedule schedule, Instant nextDueAt) {
    }

    /** An account whose digest is due. */
    record Due(AccountId account, long dueAt) {
    }

    Optional<Stored> find(AccountId account) {
        return jdbc.sql("SELECT enabled, frequency, day_of_week, hour, zone, email, webhook_url, next_due_at"
                        + " FROM digest_schedules WHERE account_id = ?")
                .param(account.value()).query(DigestSchedules::row).optional();
    }

    /** The zone the account's schedule is in, when it has one. */
    Optional<ZoneId> zone(AccountId account) {
        return jdbc.sql("SELECT zone FROM digest_schedules WHERE account_id = ?").param(account.value())
                .query((rs, n) -> ZoneId.of(rs.getString(1))).optional();
    }

    void save(AccountId account, DigestSchedule s, Instant nextDueAt, Instant now) {
        jdbc.sql("INSERT INTO digest_schedules (account_id, enabled, frequency, day_of_week, hour, zone, email,"
                        + " webhook_url, next_due_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (account_id) DO UPDATE SET enabled = excluded.enabled,"
                        + " frequency = excluded.frequency, day_of_week = excluded.day_of_week, hour = excluded.hour,"
                        + " zone = excluded.zone, email = excluded.email, webhook_url = excluded.webhook_url,"
                        + " next_due_at = excluded.next_due_at, updated_at = excluded.updated_at")
                .params(account.value(), s.enabled() ? 1 : 0, s.frequency().wire(),
                        s.day().name().toLowerCase(Locale.ROOT), s.hour(), s.zone().getId(), s.email() ? 1 : 0,
                        s.webhookUrl(), nextDueAt == null ? null : nextDueAt.getEpochSecond(), now.toString())
                .update();
    }

    /** Digests due by {@code now}, the longest-waiting first: one probe of the partial index. */
    List<Due> due(Instant now, int limit) {
        return jdbc.sql("SELECT account_id, next_due_at FROM digest_schedules WHERE next_due_at <= ?"
                        + " ORDER BY next_due_at LIMIT ?")
                .params(now.getEpochSecond(), limit)
                .query((rs, n) -> new Due(new AccountId(rs.getString(1)), rs.getLong(2))).list();
    }

    /**
     * Moves the account's next digest from {@code from} to {@code to} (null: none); false when
     * another node already moved it, which means that node starts the digest due at {@code from}.
     */
    boolean advance(AccountId account, long from, Instant to) {
        return jdbc.sql("UPDATE digest_schedules SET next_due_at = ? WHERE account_id = ? AND next_due_at = ?")
                .params(to == null ? null : to.getEpochSecond(), account.value(), from).update() == 1;
    }

    private static Stored row(ResultSet rs, int n) throws SQLException {
        long next = rs.getLong(8);
        Instant nextDueAt = rs.wasNull() ? null : Instant.ofEpochSecond(next);
        DigestSchedule schedule = new DigestSchedule(rs.getInt(1) == 1,
                DigestFrequency.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                DayOfWeek.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getInt(4), ZoneId.of(rs.getString(5)),
                rs.getInt(6) == 1, rs.getString(7));
        return new Stored(schedule, nextDueAt);
    }
}
