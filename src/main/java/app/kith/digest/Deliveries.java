package app.kith.digest;

import app.kith.shared.AccountId;
import app.kith.shared.Dates;
import app.kith.shared.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The digest_deliveries table: the delivery log, and the claims that let exactly one node send each
 * digest. Every claim is one conditional statement; the row count says who won.
 */
@Repository
class Deliveries {
    private static final String COLUMNS = "channel, digest_date, status, attempts, last_error, answer,"
            + " next_attempt_at, updated_at";

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A delivery whose retry or lease is due, for the scheduler. */
    record Due(AccountId account, String id, Channel channel, LocalDate date, DeliveryStatus status, long at) {
    }

    /**
     * Claims the account's digest of {@code date} on {@code channel} for this node: inserts its row
     * (status sending, first attempt, leased until {@code lease}), or does nothing when the row exists.
     * Returns the new row's id when this node won.
     */
    Optional<String> claim(AccountId account, Channel channel, LocalDate date, Instant lease, Instant now) {
        String id = Ids.newId();
        int inserted = jdbc.sql("INSERT INTO digest_deliveries (account_id, id, channel, digest_date, status, attempts,"
                        + " next_attempt_at, updated_at) VALUES (?, ?, ?, ?, 'sending', 1, ?, ?)"
                        + " ON CONFLICT (account_id, channel, digest_date) DO NOTHING")
                .params(account.value(), id, channel.wire(), date.toString(), lease.getEpochSecond(), now.toString())
                .update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /**
     * Claims an existing delivery again, for a send asked for by hand: one whose status is one of
     * {@code from}. Returns its id when this node won.
     */
    Optional<String> reclaim(AccountId account, Channel channel, LocalDate date, List<DeliveryStatus> from,
                             Instant lease, Instant now) {
        Optional<String> id = jdbc.sql("SELECT id FROM digest_deliveries WHERE account_id = ? AND channel = ?"
                        + " AND digest_date = ?").params(account.value(), channel.wire(), date.toString())
                .query(String.class).optional();
        int claimed = id.map(row -> jdbc.sql("UPDATE digest_deliveries SET status = 'sending', attempts = attempts + 1,"
                        + " next_attempt_at = :lease, updated_at = :now WHERE account_id = :account AND id = :id"
                        + " AND status IN (:from)")
                .param("lease", lease.getEpochSecond()).param("now", now.toString()).param("account", account.value())
                .param("id", row).param("from", from.stream().map(DeliveryStatus::wire).toList()).update()).orElse(0);
        return claimed == 1 ? id : Optional.empty();
    }

    /** Claims a failed delivery whose retry is due; false when another node took it first. */
    boolean claimRetry(AccountId account, String id, long dueAt, Instant lease, Instant now) {
        return jdbc.sql("UPDATE digest_deliveries SET status = 'sending', attempts = attempts + 1, next_attempt_at = ?,"
                        + " updated_at = ? WHERE account_id = ? AND id = ? AND status = 'failed' AND next_attempt_at = ?")
                .params(lease.getEpochSecond(), now.toString(), account.value(), id, dueAt).update() == 1;
    }

    /** Records how an attempt ended; {@code nextAttemptAt} null means nothing more will happen. */
    void finish(AccountId account, String id, DeliveryStatus status, String error, String answer,
                Instant nextAttemptAt, Instant now) {
        jdbc.sql("UPDATE digest_deliveries SET status = ?, last_error = ?, answer = ?, next_attempt_at = ?,"
                        + " updated_at = ? WHERE account_id = ? AND id = ?")
                .params(status.wire(), error, answer, nextAttemptAt == null ? null : nextAttemptAt.getEpochSecond(),
                        now.toString(), account.value(), id)
                .update();
    }

    /**
     * Ends a failed delivery's retries, or a send whose lease ran out, as long as nobody moved it
     * meanwhile; {@code error} replaces the last error when given.
     */
    boolean settle(AccountId account, String id, long dueAt, String error, Instant now) {
        return jdbc.sql("UPDATE digest_deliveries SET status = 'failed', last_error = COALESCE(?, last_error),"
                        + " next_attempt_at = NULL, updated_at = ? WHERE account_id = ? AND id = ? AND next_attempt_at = ?")
                .params(error, now.toString(), account.value(), id, dueAt).update() == 1;
    }

    /** Retries and leases due by {@code now}: one probe of the partial index. */
    List<Due> due(Instant now, int limit) {
        return jdbc.sql("SELECT account_id, id, channel, digest_date, status, next_attempt_at FROM digest_deliveries"
                        + " WHERE next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?")
                .params(now.getEpochSecond(), limit)
                .query((rs, n) -> new Due(new AccountId(rs.getString(1)), rs.getString(2), channel(rs.getString(3)),
                        Dates.stored(rs.getString(4)), status(rs.getString(5)), rs.getLong(6)))
                .list();
    }

    Optional<Delivery> find(AccountId account, Channel channel, LocalDate date) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM digest_deliveries WHERE account_id = ? AND channel = ?"
                        + " AND digest_date = ?")
                .params(account.value(), channel.wire(), date.toString()).query(Deliveries::row).optional();
    }

    Optional<Delivery> byId(AccountId account, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM digest_deliveries WHERE account_id = ? AND id = ?")
                .params(account.value(), id).query(Deliveries::row).optional();
    }

    /** The account's latest deliveries, newest digest first. */
    List<Delivery> recent(AccountId account, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM digest_deliveries WHERE account_id = ?"
                        + " ORDER BY digest_date DESC, channel LIMIT ? OFFSET ?")
                .params(account.value(), limit, offset).query(Deliveries::row).list();
    }

    int count(AccountId account) {
        return jdbc.sql("SELECT COUNT(*) FROM digest_deliveries WHERE account_id = ?").param(account.value())
                .query(Integer.class).single();
    }

    private static Delivery row(ResultSet rs, int n) throws SQLException {
        long next = rs.getLong(7);
        Instant nextAttemptAt = rs.wasNull() ? null : Instant.ofEpochSecond(next);
        return new Delivery(channel(rs.getString(1)), Dates.stored(rs.getString(2)), status(rs.getString(3)),
                rs.getInt(4), rs.getString(5), rs.getString(6), nextAttemptAt, Dates.storedInstant(rs.getString(8)));
    }

    private static Channel channel(String wire) {
        return Channel.valueOf(wire.toUpperCase(Locale.ROOT));
    }

    private static DeliveryStatus status(String wire) {
        return DeliveryStatus.valueOf(wire.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
