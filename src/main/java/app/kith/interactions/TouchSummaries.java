package app.kith.interactions;

import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Dates;
import app.kith.storage.IdFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
    /**
     * The aggregates as of a day; {@code %1$s}, {@code %2$s}: the bounds of the last year and the one
     * before. FILTER rather than sum(CASE ...): a row updates only the counts it is in.
     */
    private static final String AGGREGATES = """
            max(occurred_on) FILTER (WHERE direction <> 'asked') AS last_touch,
                max(occurred_on) AS last_any,
                count(*) FILTER (WHERE occurred_on > %1$s AND direction = 'gave') AS gave,
                count(*) FILTER (WHERE occurred_on > %1$s AND direction = 'received') AS received,
                count(*) FILTER (WHERE occurred_on > %1$s AND direction = 'mutual') AS mutual,
                count(*) FILTER (WHERE occurred_on > %1$s AND direction = 'asked') AS asked,
                count(*) FILTER (WHERE occurred_on > %1$s AND direction = 'neutral') AS neutral,
                count(*) FILTER (WHERE occurred_on > %1$s AND direction <> 'asked') AS this_year,
                count(*) FILTER (WHERE occurred_on > %2$s AND occurred_on <= %1$s AND direction <> 'asked')
                    AS last_year""";
    private static final String SELECT = "SELECT person_id, " + AGGREGATES.formatted(":yearAgo", ":twoYearsAgo")
            + " FROM interaction_participants WHERE account_id = :account AND occurred_on <= :day";

    private final JdbcClient jdbc;

    TouchSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, TouchSummary> of(AccountId account, LocalDate day, IdFilter people) {
        Map<String, TouchSummary> result = new HashMap<>();
        jdbc.sql(SELECT + people.sql() + " GROUP BY person_id").params(params(account, day)).params(people.params())
                .query((ResultSet rs) -> {
                    if (people.keeps().test(rs.getString(1))) {
                        result.put(rs.getString(1), row(rs.getString(1), rs));
                    }
                });
        return result;
    }

    /**
     * One person's aggregates as of each of these days (days before their first interaction are left
     * out), from one read of their index range: summed here, since in SQL each day would read the whole
     * range again (24 times for a person page's two years). The sums are {@link #AGGREGATES}'; insights'
     * PictureWorkTests holds every month of a history to the one-day query.
     */
    Map<LocalDate, TouchSummary> at(AccountId account, String personId, List<LocalDate> days) {
        Map<LocalDate, TouchSummary> result = new HashMap<>();
        if (days.isEmpty()) {
            return result;
        }
        LocalDate latest = days.stream().max(LocalDate::compareTo).orElseThrow();
        List<String[]> touches = jdbc.sql("SELECT occurred_on, direction FROM interaction_participants"
                        + " WHERE account_id = :account AND person_id = :person AND occurred_on <= :day")
                .param("account", account.value()).param("person", personId).param("day", latest.toString())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        for (LocalDate day : days) {
            String until = day.toString();
            String yearAgo = day.minusDays(365).toString();
            String twoYearsAgo = day.minusDays(730).toString();
            String lastTouch = null;
            String lastAny = null;
            int gave = 0;
            int received = 0;
            int mutual = 0;
            int asked = 0;
            int neutral = 0;
            int thisYear = 0;
            int lastYear = 0;
            for (String[] touch : touches) {
                String on = touch[0];
                if (on.compareTo(until) > 0) {
                    continue;
                }
                boolean ask = "asked".equals(touch[1]);
                lastAny = lastAny == null || on.compareTo(lastAny) > 0 ? on : lastAny;
                if (!ask && (lastTouch == null || on.compareTo(lastTouch) > 0)) {
                    lastTouch = on;
                }
                if (on.compareTo(yearAgo) > 0) {
                    switch (touch[1]) {
                        case "gave" -> gave++;
                        case "received" -> received++;
                        case "mutual" -> mutual++;
                        case "asked" -> asked++;
                        case "neutral" -> neutral++;
                        default -> { }
                    }
                    thisYear += ask ? 0 : 1;
                } else if (on.compareTo(twoYearsAgo) > 0 && !ask) {
                    lastYear++;
                }
            }
            if (lastAny != null) {
                result.put(day, new TouchSummary(personId, lastTouch == null ? null : LocalDate.parse(lastTouch),
                        LocalDate.parse(lastAny), gave, received, mutual, asked, neutral,
                        thisYear, lastYear));
            }
        }
        return result;
    }

    /**
     * How many setbacks one person had in the {@code window} days up to each of these days (days with
     * none are left out), in one statement: the person's setbacks are read once, then counted per day.
     */
    Map<LocalDate, Integer> setbacksAt(AccountId account, String personId, List<LocalDate> days, int window) {
        Map<LocalDate, Integer> result = new HashMap<>();
        if (days.isEmpty()) {
            return result;
        }
        Map<String, Object> params = new HashMap<>(Map.of("account", account.value(), "person", personId));
        String table = days(days, params, window);
        jdbc.sql("SELECT d.day, count(*) FROM (SELECT ip.occurred_on FROM interaction_participants ip"
                        + " JOIN interactions i ON i.account_id = ip.account_id AND i.id = ip.interaction_id"
                        + " WHERE ip.account_id = :account AND ip.person_id = :person AND i.kind = 'setback') s"
                        + " CROSS JOIN " + table + " d WHERE s.occurred_on > d.back0 AND s.occurred_on <= d.day"
                        + " GROUP BY d.day")
                .params(params)
                .query((ResultSet rs) -> {
                    result.put(LocalDate.parse(rs.getString(1)), rs.getInt(2));
                });
        return result;
    }

    /**
     * A derived table of these days, one row each: {@code day}, and {@code back0}, {@code back1}... the
     * days that many days before it; its values are bound into {@code params}. One VALUES list, which
     * the database parses as one select, not one per day.
     */
    private static String days(List<LocalDate> days, Map<String, Object> params, int... back) {
        StringBuilder columns = new StringBuilder("column1 AS day");
        for (int b = 0; b < back.length; b++) {
            columns.append(", column").append(b + 2).append(" AS back").append(b);
        }
        List<String> rows = new ArrayList<>(days.size());
        for (LocalDate day : days) {
            int i = rows.size();
            StringBuilder row = new StringBuilder("(:day" + i);
            params.put("day" + i, day.toString());
            for (int b = 0; b < back.length; b++) {
                row.append(", :back").append(b).append('_').append(i);
                params.put("back" + b + "_" + i, day.minusDays(back[b]).toString());
            }
            rows.add(row.append(')').toString());
        }
        return "(SELECT " + columns + " FROM (VALUES " + String.join(", ", rows) + ") AS v)";
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
                // The person's index range alone (it repeats each interaction's day and direction), less the
                // setbacks, found by their own index: not a look-up of every interaction for its kind.
                : "SELECT m, direction, sum(n) FROM ("
                        + "SELECT substr(occurred_on, 1, 7) AS m, direction, count(*) AS n FROM interaction_participants"
                        + " WHERE account_id = :account AND person_id = :person AND occurred_on >= :from"
                        + " GROUP BY substr(occurred_on, 1, 7), direction"
                        + " UNION ALL SELECT substr(i.occurred_on, 1, 7), i.direction, -count(*) FROM interactions i"
                        + " JOIN interaction_participants ip ON ip.account_id = i.account_id AND ip.interaction_id = i.id"
                        + " AND ip.person_id = :person"
                        + " WHERE i.account_id = :account AND i.kind = 'setback' AND i.occurred_on >= :from"
                        + " GROUP BY substr(i.occurred_on, 1, 7), i.direction) t"
                        + " GROUP BY m, direction HAVING sum(n) > 0";
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
        return pairs(account, personIds, "b.person_id <> a.person_id");
    }

    /**
     * The pairs of these people (the smaller id first) who took part in the same interactions, with how
     * many they shared: only pairs with both ends among them. Each one's range of the index of shared
     * interactions (participants_together) is read once and each of those interactions by its key; {@code || ''} keeps SQLite from instead probing the key
     * once per id of the other end.
     */
    Map<String, Map<String, Integer>> togetherAmong(AccountId account, List<String> personIds) {
        return pairs(account, personIds,
                "a.together = 1 AND b.person_id > a.person_id AND b.person_id || '' IN (:ids)");
    }

    /** Who (a) took part in the same interactions as whom (b), how often, for the people a given by id. */
    private Map<String, Map<String, Integer>> pairs(AccountId account, List<String> personIds, String others) {
        Map<String, Map<String, Integer>> result = new HashMap<>();
        if (personIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT a.person_id, b.person_id, count(*)"
                        + " FROM interaction_participants a CROSS JOIN interaction_participants b"
                        + " WHERE a.account_id = :account AND a.person_id IN (:ids) AND b.account_id = a.account_id"
                        + " AND b.interaction_id = a.interaction_id AND " + others + " GROUP BY a.person_id, b.person_id")
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

    /** A summary from columns 2 on (column 1 says whose, or as of when). */
    private static TouchSummary row(String personId, ResultSet rs) throws SQLException {
        String last = rs.getString(2);
        String any = rs.getString(3);
        return new TouchSummary(personId, last == null ? null : LocalDate.parse(last),
                any == null ? null : LocalDate.parse(any), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                rs.getInt(8), rs.getInt(9), rs.getInt(10));
    }
}
