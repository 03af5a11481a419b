package app.kith.interactions;

import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Dates;
import app.kith.storage.IdFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Per-person touch aggregates in one pass over the participants index
 * {@code (account_id, person_id, occurred_on, direction)}: no join to interactions, no query per person.
 */
@Repository
class TouchSummaries {
    private static final String SELECT = """
            SELECT person_id,
                max(CASE WHEN direction <> 'asked' THEN occurred_on END) AS last_touch,
                max(occurred_on) AS last_any,
                sum(CASE WHEN occurred_on > :yearAgo AND direction = 'gave' THEN 1 ELSE 0 END) AS gave,
                sum(CASE WHEN occurred_on > :yearAgo AND direction = 'received' THEN 1 ELSE 0 END) AS received,
                sum(CASE WHEN occurred_on > :yearAgo AND direction = 'mutual' THEN 1 ELSE 0 END) AS mutual,
                sum(CASE WHEN occurred_on > :yearAgo AND direction = 'asked' THEN 1 ELSE 0 END) AS asked,
                sum(CASE WHEN occurred_on > :yearAgo AND direction = 'neutral' THEN 1 ELSE 0 END) AS neutral,
                sum(CASE WHEN occurred_on > :yearAgo AND direction <> 'asked' THEN 1 ELSE 0 END) AS this_year,
                sum(CASE WHEN occurred_on > :twoYearsAgo AND occurred_on <= :yearAgo AND direction <> 'asked' THEN 1 ELSE 0 END)
                    AS last_year
            FROM interaction_participants
            WHERE account_id = :account AND occurred_on <= :day""";

    private final JdbcClient jdbc;

    TouchSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, TouchSummary> of(AccountId account, LocalDate day, IdFilter people) {
        Map<String, TouchSummary> result = new HashMap<>();
        jdbc.sql(SELECT + people.sql() + " GROUP BY person_id").params(params(account, day)).params(people.params())
                .query((ResultSet rs) -> {
                    if (people.keeps().test(rs.getString(1))) {
                        result.put(rs.getString(1), row(rs));
                    }
                });
        return result;
    }

    /** The directions of the person's latest interactions up to the day, newest first (as the timeline orders them). */
    List<Direction> latestDirections(AccountId account, String personId, LocalDate day, int limit) {
        return jdbc.sql("SELECT direction FROM interaction_participants WHERE account_id = :account"
                        + " AND person_id = :person AND occurred_on <= :day"
                        + " ORDER BY occurred_on DESC, interaction_id DESC LIMIT :limit")
                .param("account", account.value()).param("person", personId).param("day", day.toString())
                .param("limit", limit)
                .query((rs, n) -> Choice.parse(Direction.class, "direction", rs.getString(1))).list();
    }

    /** Each person's latest real touch (never an ask), on any day; people without one are left out. */
    Map<String, LocalDate> lastRealTouches(AccountId account, List<String> personIds) {
        Map<String, LocalDate> result = new HashMap<>();
        if (personIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT person_id, max(occurred_on) FROM interaction_participants WHERE account_id = :account"
                        + " AND direction <> 'asked' AND person_id IN (:ids) GROUP BY person_id")
                .param("account", account.value()).param("ids", personIds)
                .query((ResultSet rs) -> {
                    result.put(rs.getString(1), Dates.stored(rs.getString(2)));
                });
        return result;
    }

    /**
     * How many setbacks each of these people had in the days after {@code from} up to {@code to}: from
     * their index ranges by id, or, in one pass, from the days of the interactions (asking that of a
     * few people's would make the database read six months of them).
     */
    /** Touches a month by direction from a day on: with one person (by the participants), or with anyone. */
    List<MonthTouches> months(AccountId account, String personId, LocalDate from) {
        String sql = personId == null
                ? "SELECT substr(occurred_on, 1, 7), direction, count(*) FROM interactions"
                        + " WHERE account_id = :account AND occurred_on >= :from AND kind <> 'setback'"
                        + " GROUP BY substr(occurred_on, 1, 7), direction"
                : "SELECT substr(ip.occurred_on, 1, 7), i.direction, count(*) FROM interaction_participants ip"
                        + " JOIN interactions i ON i.account_id = ip.account_id AND i.id = ip.interaction_id"
                        + " WHERE ip.account_id = :account AND ip.person_id = :person AND ip.occurred_on >= :from"
                        + " AND i.kind <> 'setback' GROUP BY substr(ip.occurred_on, 1, 7), i.direction";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("account", account.value())
                .param("from", from.toString());
        if (personId != null) {
            statement = statement.param("person", personId);
        }
        return statement.query((rs, n) -> new MonthTouches(YearMonth.parse(rs.getString(1)),
                Choice.parse(Direction.class, "direction", rs.getString(2)), rs.getInt(3))).list();
    }

    Map<String, Integer> setbacks(AccountId account, IdFilter people, LocalDate from, LocalDate to) {
        Map<String, Integer> result = new HashMap<>();
        String days = people.readsAll() ? "i.occurred_on > :from AND i.occurred_on <= :to"
                : "ip.occurred_on > :from AND ip.occurred_on <= :to";
        jdbc.sql("""
                SELECT ip.person_id, count(*) FROM interaction_participants ip
                JOIN interactions i ON i.account_id = ip.account_id AND i.id = ip.interaction_id
                WHERE ip.account_id = :account AND i.kind = 'setback' AND\s""" + days + people.sql()
                        + " GROUP BY ip.person_id")
                .param("account", account.value()).param("from", from.toString()).param("to", to.toString())
                .params(people.params())
                .query((ResultSet rs) -> {
                    if (people.keeps().test(rs.getString(1))) {
                        result.put(rs.getString(1), rs.getInt(2));
                    }
                });
        return result;
    }

    /**
     * For each given person, the other people who took part in the same interactions, with how many
     * interactions they shared. CROSS JOIN fixes SQLite's join order: the given people's index range
     * first, then the primary key per interaction (PostgreSQL plans it the same way on its own).
     */
    Map<String, Map<String, Integer>> coParticipants(AccountId account, List<String> personIds) {
        Map<String, Map<String, Integer>> result = new HashMap<>();
        if (personIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT a.person_id, b.person_id, count(*)
                FROM interaction_participants a CROSS JOIN interaction_participants b
                WHERE b.account_id = a.account_id AND b.interaction_id = a.interaction_id AND b.person_id <> a.person_id
                    AND a.account_id = :account AND a.person_id IN (:ids) GROUP BY a.person_id, b.person_id""")
                .param("account", account.value()).param("ids", personIds)
                .query((ResultSet rs) -> {
                    result.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        return result;
    }

    private static Map<String, Object> params(AccountId account, LocalDate day) {
        return Map.of("yearAgo", day.minusDays(365).toString(), "twoYearsAgo", day.minusDays(730).toString(),
                "account", account.value(), "day", day.toString());
    }

    private static TouchSummary row(ResultSet rs) throws SQLException {
        String last = rs.getString(2);
        String any = rs.getString(3);
        return new TouchSummary(rs.getString(1), last == null ? null : LocalDate.parse(last),
                any == null ? null : LocalDate.parse(any), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                rs.getInt(8), rs.getInt(9), rs.getInt(10));
    }
}
