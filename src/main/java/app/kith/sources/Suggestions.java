package app.kith.sources;

import app.kith.interactions.InteractionKind;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Dates;
import app.kith.shared.Ids;
import app.kith.storage.Chunks;
import app.kith.storage.MultiRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The suggestions and suggestion_touches tables: correspondents nobody in Kith has, and where they were seen. */
@Repository
class Suggestions {
    private static final String COLUMNS = "id, email, name, seen_count, sent_count, first_day, last_day, status,"
            + " person_id";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Suggestions(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** An unknown correspondent seen in a batch: how often, how often written to, and when. */
    record Seen(String email, String name, int messages, int sent, LocalDate first, LocalDate last) {
    }

    /** One unknown correspondent in one thread on one day. */
    record SeenIn(String email, String threadKey, LocalDate day, InteractionKind kind, int messages, int sent) {
    }

    /** A suggestion as stored. */
    record Row(String id, String email, String name, int messages, int sent, LocalDate first, LocalDate last,
               SuggestionStatus status, String personId) {
    }

    /** A thread and day a suggestion was seen in, with the source that saw it. */
    record Where(String threadKey, LocalDate day, InteractionKind kind, String sourceId) {
    }

    /** Adds what a batch saw to the suggestions (new ones open) and where it saw them. */
    void add(AccountId account, String sourceId, Collection<Seen> seen, Collection<SeenIn> where, Instant now) {
        if (seen.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(seen.size());
        for (Seen s : seen) {
            rows.add(new Object[] {account.value(), Ids.newId(), s.email(), s.name(), s.messages(), s.sent(),
                s.first().toString(), s.last().toString(), SuggestionStatus.OPEN.wire(), now.toString()});
        }
        MultiRow.execute(batch, """
                INSERT INTO suggestions (account_id, id, email, name, seen_count, sent_count, first_day, last_day,
                    status, updated_at) VALUES {values}
                ON CONFLICT (account_id, email) DO UPDATE SET
                    name = COALESCE(excluded.name, suggestions.name),
                    seen_count = suggestions.seen_count + excluded.seen_count,
                    sent_count = suggestions.sent_count + excluded.sent_count,
                    first_day = CASE WHEN excluded.first_day < suggestions.first_day THEN excluded.first_day
                        ELSE suggestions.first_day END,
                    last_day = CASE WHEN excluded.last_day > suggestions.last_day THEN excluded.last_day
                        ELSE suggestions.last_day END,
                    updated_at = excluded.updated_at""", rows);
        Map<String, String> ids = ids(account, seen.stream().map(Seen::email).toList());
        List<Object[]> touches = new ArrayList<>(where.size());
        for (SeenIn s : where) {
            touches.add(new Object[] {account.value(), ids.get(s.email()), s.threadKey(), s.day().toString(),
                sourceId, s.kind().wire(), s.messages(), s.sent()});
        }
        MultiRow.execute(batch, """
                INSERT INTO suggestion_touches (account_id, suggestion_id, thread_key, day, source_id, kind, messages,
                    sent) VALUES {values}
                ON CONFLICT (account_id, suggestion_id, thread_key, day) DO UPDATE SET
                    messages = suggestion_touches.messages + excluded.messages,
                    sent = suggestion_touches.sent + excluded.sent""", touches);
    }

    private Map<String, String> ids(AccountId account, Collection<String> emails) {
        Map<String, String> ids = new HashMap<>();
        for (List<String> chunk : Chunks.of(emails)) {
            jdbc.sql("SELECT email, id FROM suggestions WHERE account_id = :account AND email IN (:emails)")
                    .param("account", account.value()).param("emails", chunk)
                    .query((ResultSet rs) -> {
                        ids.put(rs.getString(1), rs.getString(2));
                    });
        }
        return ids;
    }

    /**
     * Open suggestions of people the owner wrote to at least once (a stranger who only wrote in is
     * no suggestion), most messages first.
     */
    List<Row> open(AccountId account, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM suggestions WHERE account_id = ? AND status = 'open'"
                        + " AND sent_count > 0 ORDER BY seen_count DESC, last_day DESC, email LIMIT ? OFFSET ?")
                .params(account.value(), limit, offset).query(Suggestions::row).list();
    }

    int countOpen(AccountId account) {
        return jdbc.sql("SELECT count(*) FROM suggestions WHERE account_id = ? AND status = 'open' AND sent_count > 0")
                .param(account.value()).query(Integer.class).single();
    }

    Optional<Row> find(AccountId account, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM suggestions WHERE account_id = ? AND id = ?")
                .params(account.value(), id).query(Suggestions::row).optional();
    }

    /** Records the answer; false when the suggestion was answered meanwhile. */
    boolean answer(AccountId account, String id, SuggestionStatus status, String personId, Instant now) {
        return jdbc.sql("UPDATE suggestions SET status = ?, person_id = ?, updated_at = ? WHERE account_id = ?"
                        + " AND id = ? AND status = 'open'")
                .params(status.wire(), personId, now.toString(), account.value(), id).update() == 1;
    }

    /** The threads and days a suggestion was seen in. */
    List<Where> where(AccountId account, String id) {
        return jdbc.sql("SELECT thread_key, day, kind, source_id FROM suggestion_touches WHERE account_id = ?"
                        + " AND suggestion_id = ? ORDER BY day, thread_key")
                .params(account.value(), id)
                .query((rs, n) -> new Where(rs.getString(1), Dates.stored(rs.getString(2)),
                        Choice.parse(InteractionKind.class, "kind", rs.getString(3)), rs.getString(4)))
                .list();
    }

    /**
     * Forgets what a source saw: its rows of where suggestions were seen, their counts recounted from
     * what is left, and open suggestions nothing is left of.
     */
    void deleteBySource(AccountId account, String sourceId) {
        jdbc.sql("DELETE FROM suggestion_touches WHERE account_id = ? AND source_id = ?")
                .params(account.value(), sourceId).update();
        jdbc.sql("""
                UPDATE suggestions SET
                    seen_count = (SELECT COALESCE(SUM(t.messages), 0) FROM suggestion_touches t
                        WHERE t.account_id = suggestions.account_id AND t.suggestion_id = suggestions.id),
                    sent_count = (SELECT COALESCE(SUM(t.sent), 0) FROM suggestion_touches t
                        WHERE t.account_id = suggestions.account_id AND t.suggestion_id = suggestions.id),
                    first_day = COALESCE((SELECT MIN(t.day) FROM suggestion_touches t
                        WHERE t.account_id = suggestions.account_id AND t.suggestion_id = suggestions.id), first_day),
                    last_day = COALESCE((SELECT MAX(t.day) FROM suggestion_touches t
                        WHERE t.account_id = suggestions.account_id AND t.suggestion_id = suggestions.id), last_day)
                WHERE account_id = ?""").param(account.value()).update();
        jdbc.sql("DELETE FROM suggestions WHERE account_id = ? AND status = 'open' AND seen_count = 0")
                .param(account.value()).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                Dates.stored(rs.getString(6)), Dates.stored(rs.getString(7)),
                Choice.parse(SuggestionStatus.class, "status", rs.getString(8)), rs.getString(9));
    }
}
