package app.kith.interactions;

import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Dates;
import app.kith.shared.Page;
import app.kith.storage.MultiRow;
import app.kith.storage.Paged;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The interactions table and its participants, scoped to one account. */
@Repository
class Interactions {
    private static final String INSERT =
            "INSERT INTO interactions (account_id, id, kind, occurred_on, direction, notes, created_at, source_id)";
    private static final String INSERT_PARTICIPANT =
            "INSERT INTO interaction_participants (account_id, interaction_id, person_id, occurred_on, direction, together)";

    /** An interaction as stored, without its participants. */
    record Row(String id, InteractionKind kind, Direction direction, LocalDate date, String notes, Instant createdAt,
               String sourceId) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Interactions(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<InteractionKey> keys(AccountId account, List<String> personIds) {
        return jdbc.sql("""
                SELECT p.person_id, i.kind, i.occurred_on, i.direction, i.notes FROM interaction_participants p
                JOIN interactions i ON i.account_id = p.account_id AND i.id = p.interaction_id
                WHERE p.account_id = :account AND p.person_id IN (:ids)""")
                .param("account", account.value()).param("ids", personIds)
                .query((rs, n) -> new InteractionKey(rs.getString(1),
                        Choice.parse(InteractionKind.class, "kind", rs.getString(2)), LocalDate.parse(rs.getString(3)),
                        Choice.parse(Direction.class, "direction", rs.getString(4)), rs.getString(5)))
                .list();
    }

    void insertAll(AccountId account, List<Interaction> all) {
        List<Object[]> rows = new ArrayList<>(all.size());
        List<Object[]> participants = new ArrayList<>(all.size());
        // Interactions logged together share their creation time: it is formatted once, not for every row.
        Map<Instant, String> stamps = new HashMap<>();
        for (Interaction i : all) {
            String date = i.date().toString();
            rows.add(new Object[] {account.value(), i.id(), i.kind().wire(), date, i.direction().wire(), i.notes(),
                stamps.computeIfAbsent(i.createdAt(), Instant::toString), i.sourceId()});
            for (String personId : i.participantIds()) {
                participants.add(new Object[] {account.value(), i.id(), personId, date, i.direction().wire(),
                    together(i)});
            }
        }
        MultiRow.insert(batch, INSERT, rows);
        MultiRow.insert(batch, INSERT_PARTICIPANT, participants);
    }

    void update(AccountId account, Interaction i) {
        jdbc.sql("UPDATE interactions SET kind = ?, occurred_on = ?, direction = ?, notes = ? WHERE account_id = ? AND id = ?")
                .params(i.kind().wire(), i.date().toString(), i.direction().wire(), i.notes(), account.value(), i.id())
                .update();
        jdbc.sql("DELETE FROM interaction_participants WHERE account_id = ? AND interaction_id = ?")
                .params(account.value(), i.id()).update();
        for (String personId : i.participantIds()) {
            jdbc.sql(INSERT_PARTICIPANT + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(account.value(), i.id(), personId, i.date().toString(), i.direction().wire(), together(i))
                    .update();
        }
    }

    /**
     * Whether the interaction has others in it besides each participant: the rows the graph's ties are
     * read from (a merge may later leave one alone, which only costs a row read).
     */
    private static int together(Interaction i) {
        return i.participantIds().size() > 1 ? 1 : 0;
    }

    /**
     * Works out again which participant rows have others in their interaction: a restore writes the rows
     * as its file gives them, and a file from before the flag existed, or an edited one, would otherwise
     * hide ties from the graph.
     */
    void markTogether(AccountId account) {
        jdbc.sql("""
                UPDATE interaction_participants SET together = CASE WHEN EXISTS (SELECT 1 FROM interaction_participants o
                    WHERE o.account_id = interaction_participants.account_id
                    AND o.interaction_id = interaction_participants.interaction_id
                    AND o.person_id <> interaction_participants.person_id) THEN 1 ELSE 0 END
                WHERE account_id = ?""").params(account.value()).update();
    }

    /** The ids of the interactions a source captured, with their participants. */
    Map<String, List<String>> bySource(AccountId account, String sourceId) {
        Map<String, List<String>> byInteraction = new LinkedHashMap<>();
        jdbc.sql("SELECT i.id, p.person_id FROM interactions i JOIN interaction_participants p"
                        + " ON p.account_id = i.account_id AND p.interaction_id = i.id"
                        + " WHERE i.account_id = ? AND i.source_id = ?")
                .params(account.value(), sourceId)
                .query((ResultSet rs) -> {
                    byInteraction.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return byInteraction;
    }

    int countBySource(AccountId account, String sourceId) {
        return jdbc.sql("SELECT count(*) FROM interactions WHERE account_id = ? AND source_id = ?")
                .params(account.value(), sourceId).query(Integer.class).single();
    }

    int deleteBySource(AccountId account, String sourceId) {
        return jdbc.sql("DELETE FROM interactions WHERE account_id = ? AND source_id = ?")
                .params(account.value(), sourceId).update();
    }

    boolean delete(AccountId account, String id) {
        return jdbc.sql("DELETE FROM interactions WHERE account_id = ? AND id = ?").params(account.value(), id)
                .update() > 0;
    }

    Optional<Row> find(AccountId account, String id) {
        return jdbc.sql("SELECT id, kind, occurred_on, direction, notes, created_at, source_id FROM interactions"
                        + " WHERE account_id = ? AND id = ?")
                .params(account.value(), id).query(Interactions::row).optional();
    }

    Page<Row> list(AccountId account, InteractionFilter filter, Page.Request page) {
        StringBuilder where = new StringBuilder(" WHERE i.account_id = ?");
        List<Object> params = new ArrayList<>(List.of(account.value()));
        String from = " FROM interactions i";
        if (filter.personId() != null) {
            from = " FROM interaction_participants ip JOIN interactions i"
                    + " ON i.account_id = ip.account_id AND i.id = ip.interaction_id";
            where = new StringBuilder(" WHERE ip.account_id = ? AND ip.person_id = ?");
            params.add(filter.personId());
        }
        if (filter.kind() != null) {
            where.append(" AND i.kind = ?");
            params.add(filter.kind().wire());
        }
        if (filter.direction() != null) {
            where.append(" AND i.direction = ?");
            params.add(filter.direction().wire());
        }
        String dateColumn = filter.personId() != null ? "ip.occurred_on" : "i.occurred_on";
        if (filter.from() != null) {
            where.append(" AND ").append(dateColumn).append(" >= ?");
            params.add(filter.from().toString());
        }
        if (filter.to() != null) {
            where.append(" AND ").append(dateColumn).append(" <= ?");
            params.add(filter.to().toString());
        }
        return Paged.query(jdbc, "SELECT i.id, i.kind, i.occurred_on, i.direction, i.notes, i.created_at, i.source_id"
                        + from + where + " ORDER BY " + dateColumn + " DESC, i.id DESC",
                "SELECT count(*)" + from + where, params, page, Interactions::row);
    }

    Map<String, List<String>> participants(AccountId account, Collection<String> interactionIds) {
        Map<String, List<String>> byInteraction = new LinkedHashMap<>();
        if (interactionIds.isEmpty()) {
            return byInteraction;
        }
        jdbc.sql("SELECT interaction_id, person_id FROM interaction_participants WHERE account_id = :account"
                        + " AND interaction_id IN (:ids)")
                .param("account", account.value()).param("ids", interactionIds)
                .query((ResultSet rs) -> {
                    byInteraction.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return byInteraction;
    }

    Map<String, LocalDate> lastDates(AccountId account, Collection<String> personIds) {
        Map<String, LocalDate> last = new HashMap<>();
        if (personIds.isEmpty()) {
            return last;
        }
        // One index seek per person for the latest date; GROUP BY max() would read every interaction
        // of each person, hundreds for the people met most. Each id is a row of its own: (?), (?)...
        jdbc.sql("SELECT v.column1, (SELECT max(ip.occurred_on) FROM interaction_participants ip"
                        + " WHERE ip.account_id = :account AND ip.person_id = v.column1) FROM (VALUES :rows) v")
                .param("account", account.value())
                .param("rows", personIds.stream().map(id -> new Object[] {id}).toList())
                .query((ResultSet rs) -> {
                    if (rs.getString(2) != null) {
                        last.put(rs.getString(1), LocalDate.parse(rs.getString(2)));
                    }
                });
        return last;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("id"), Choice.parse(InteractionKind.class, "kind", rs.getString("kind")),
                Choice.parse(Direction.class, "direction", rs.getString("direction")),
                LocalDate.parse(rs.getString("occurred_on")), rs.getString("notes"),
                Dates.storedInstant(rs.getString("created_at")), rs.getString("source_id"));
    }
}
