package app.kith.sources;

import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Dates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sources and source_folders tables. A sync holds its source by a lease (one conditional update
 * whose row count says who won), so one node syncs a source at a time.
 */
@Repository
class Sources {
    private static final String COLUMNS = "id, kind, name, settings, credentials, paused, status, last_error, progress,"
            + " last_sync_at, next_sync_at, lease_until, created_at";

    private final JdbcClient jdbc;

    Sources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A source as stored, its credentials sealed. */
    record Row(String id, SourceKind kind, String name, String settings, String credentials, boolean paused,
               SourceStatus status, String lastError, String progress, Instant lastSyncAt, Long nextSyncAt,
               Long leaseUntil, Instant createdAt) {

        boolean leasedAt(long epochSecond) {
            return leaseUntil != null && leaseUntil > epochSecond;
        }
    }

    /** A source due for its background sync. */
    record Due(AccountId account, String id) {
    }

    void insert(AccountId account, Row row, Instant now) {
        jdbc.sql("INSERT INTO sources (account_id, id, kind, name, settings, credentials, paused, status, next_sync_at,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(account.value(), row.id(), row.kind().wire(), row.name(), row.settings(), row.credentials(),
                        row.paused() ? 1 : 0, row.status().wire(), row.nextSyncAt(), now.toString(), now.toString())
                .update();
    }

    /** Saves what the user changed: name, settings, credentials, paused (and when the next sync is due). */
    void update(AccountId account, Row row, Instant now) {
        jdbc.sql("UPDATE sources SET name = ?, settings = ?, credentials = ?, paused = ?, next_sync_at = ?,"
                        + " updated_at = ? WHERE account_id = ? AND id = ?")
                .params(row.name(), row.settings(), row.credentials(), row.paused() ? 1 : 0, row.nextSyncAt(),
                        now.toString(), account.value(), row.id())
                .update();
    }

    Optional<Row> find(AccountId account, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sources WHERE account_id = ? AND id = ?")
                .params(account.value(), id).query(Sources::row).optional();
    }

    List<Row> all(AccountId account) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sources WHERE account_id = ? ORDER BY created_at, id")
                .param(account.value()).query(Sources::row).list();
    }

    /** The account's sources whose last sync failed. */
    List<Row> failing(AccountId account) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sources WHERE account_id = ? AND status = 'failing'"
                        + " ORDER BY created_at, id")
                .param(account.value()).query(Sources::row).list();
    }

    boolean delete(AccountId account, String id) {
        return jdbc.sql("DELETE FROM sources WHERE account_id = ? AND id = ?").params(account.value(), id).update() == 1;
    }

    /** Sources whose background sync is due by {@code now}: one probe of the partial index. */
    List<Due> due(long now, int limit) {
        return jdbc.sql("SELECT account_id, id FROM sources WHERE next_sync_at <= ? ORDER BY next_sync_at LIMIT ?")
                .params(now, limit).query((rs, n) -> new Due(new AccountId(rs.getString(1)), rs.getString(2))).list();
    }

    /** Takes the source for a sync until {@code until}, unless another sync holds it; true when this one won. */
    boolean claim(AccountId account, String id, long now, long until) {
        return jdbc.sql("UPDATE sources SET lease_until = ?, progress = NULL WHERE account_id = ? AND id = ?"
                        + " AND (lease_until IS NULL OR lease_until <= ?)")
                .params(until, account.value(), id, now).update() == 1;
    }

    /** Keeps the lease a while longer and says how far the sync got. */
    void renew(AccountId account, String id, long until, String progress) {
        jdbc.sql("UPDATE sources SET lease_until = ?, progress = ? WHERE account_id = ? AND id = ?")
                .params(until, progress, account.value(), id).update();
    }

    /** Records how a sync ended, lets go of the lease, and sets the next background sync (none while paused). */
    void finish(AccountId account, String id, SourceStatus status, String error, Instant now, long next) {
        jdbc.sql("UPDATE sources SET status = ?, last_error = ?, last_sync_at = ?, lease_until = NULL,"
                        + " next_sync_at = CASE WHEN paused = 1 THEN NULL ELSE ? END WHERE account_id = ? AND id = ?")
                .params(status.wire(), error, now.toString(), next, account.value(), id).update();
    }

    /** Where a folder was read up to, or empty when it never was. */
    Optional<FolderState> folder(AccountId account, String sourceId, String folder) {
        return jdbc.sql("SELECT uid_validity, last_uid FROM source_folders WHERE account_id = ? AND source_id = ?"
                        + " AND folder = ?")
                .params(account.value(), sourceId, folder)
                .query((rs, n) -> new FolderState(rs.getLong(1), rs.getLong(2))).optional();
    }

    /** Where each folder of a source was read up to, by folder. */
    Map<String, FolderState> folders(AccountId account, String sourceId) {
        return jdbc.sql("SELECT folder, uid_validity, last_uid FROM source_folders WHERE account_id = ? AND source_id = ?")
                .params(account.value(), sourceId)
                .query((rs, n) -> Map.entry(rs.getString(1), new FolderState(rs.getLong(2), rs.getLong(3)))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void saveFolder(AccountId account, String sourceId, String folder, FolderState state) {
        jdbc.sql("INSERT INTO source_folders (account_id, source_id, folder, uid_validity, last_uid)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, source_id, folder)"
                        + " DO UPDATE SET uid_validity = excluded.uid_validity, last_uid = excluded.last_uid")
                .params(account.value(), sourceId, folder, state.uidValidity(), state.lastUid()).update();
    }

    /** Forgets where every folder was read up to, so the next sync reads the source from the start. */
    void forgetFolders(AccountId account, String sourceId) {
        jdbc.sql("DELETE FROM source_folders WHERE account_id = ? AND source_id = ?")
                .params(account.value(), sourceId).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long next = rs.getLong("next_sync_at");
        Long nextSyncAt = rs.wasNull() ? null : next;
        long lease = rs.getLong("lease_until");
        Long leaseUntil = rs.wasNull() ? null : lease;
        String lastSync = rs.getString("last_sync_at");
        return new Row(rs.getString("id"), Choice.parse(SourceKind.class, "kind", rs.getString("kind")),
                rs.getString("name"), rs.getString("settings"), rs.getString("credentials"), rs.getInt("paused") == 1,
                Choice.parse(SourceStatus.class, "status", rs.getString("status")), rs.getString("last_error"),
                rs.getString("progress"), lastSync == null ? null : Dates.storedInstant(lastSync), nextSyncAt, leaseUntil,
                Dates.storedInstant(rs.getString("created_at")));
    }
}
