package app.kith.people;

import app.kith.shared.AccountId;
import app.kith.storage.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each person's latest real touch, kept on the people row as a day number ({@code last_touch_day},
 * days since 1970-01-01) from the touches the interactions module announces, so who is due on a day is
 * one query over the account's people, ranked and cut in the database, instead of a pass over every
 * interaction.
 */
@Repository
class LastTouches {
    /** Tracked people (in a circle, or with their own cadence) whose bridge is not being mended. */
    private static final String TRACKED = """
            p.account_id = ? AND p.is_self = 0 AND (p.circle <> 'none' OR p.cadence_days IS NOT NULL)
                AND p.bridge_status NOT IN ('strained', 'repairing')""";

    private final JdbcClient jdbc;
    private final PeopleBulkWrites bulk;
    private final SearchIndex searchIndex;
    private final Database database;

    LastTouches(JdbcClient jdbc, PeopleBulkWrites bulk, SearchIndex searchIndex, Database database) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.searchIndex = searchIndex;
        this.database = database;
    }

    /** Sets each person's latest real touch; a null day means they have had none. */
    void record(AccountId account, Map<String, LocalDate> lastTouches) {
        searchIndex.forgetTouches(account, lastTouches.keySet());
        write(account, lastTouches, false);
    }

    /**
     * Moves each person's latest real touch forward to the day given, where that is later (or there was
     * none). New people whose rows were written with it already ({@link KnownAhead}) are left alone. On
     * PostgreSQL, people whose search entries this transaction rewrites anyway get theirs in the same
     * update, before the commit (issue 13).
     */
    void advance(AccountId account, Map<String, LocalDate> given) {
        Map<String, LocalDate> days = searchIndex.beyondWritten(account, given);
        if (days.isEmpty()) {
            return;
        }
        if (!database.isSqlite()) {
            Map<String, Integer> numbers = new HashMap<>();
            days.forEach((id, day) -> {
                if (day != null) {
                    numbers.put(id, (int) day.toEpochDay());
                }
            });
            if (numbers.size() == days.size() && searchIndex.advanceWithEntries(account, numbers)) {
                return;
            }
        }
        write(account, days, true);
    }

    private void write(AccountId account, Map<String, LocalDate> days, boolean forwardOnly) {
        Map<String, Integer> numbers = new HashMap<>();
        days.forEach((id, day) -> numbers.put(id, day == null ? null : (int) day.toEpochDay()));
        bulk.updateLastTouches(account, numbers, forwardOnly);
    }

    /** Tracked people whose latest real touch is after the day. */
    List<String> touchedAfter(AccountId account, LocalDate day) {
        return jdbc.sql("SELECT p.id FROM people p WHERE " + TRACKED + " AND p.last_touch_day > ?")
                .params(account.value(), (int) day.toEpochDay()).query(String.class).list();
    }

    /**
     * Due people with a last touch on or before the day, by priority; at most {@code fetch} of them,
     * and only those at or above {@code floor} when it is given. Cadences and weights are numbers
     * from the code, written into the statement; everything from the user is a parameter.
     */
    DueList due(AccountId account, DueRule rule, LocalDate on, int fetch, Double floor) {
        int day = (int) on.toEpochDay();
        String sql = "SELECT " + People.COLUMNS + """
                , d.last_touch_day, d.cadence, d.due_day, d.priority, d.total
                FROM (SELECT * FROM (SELECT id, last_touch_day, cadence, due_day, priority, count(*) OVER () AS total
                    FROM (SELECT id, last_touch_day, cadence, due_day, %4$s AS priority
                        FROM (SELECT p.id, p.last_touch_day, %1$s AS cadence, %2$s AS weight, %5$s AS due_day
                            FROM people p
                            WHERE %3$s AND COALESCE(p.last_touch_day, 0) <= ?) t
                        WHERE cadence IS NOT NULL AND due_day <= ?) r) w
                    WHERE priority >= ?
                    ORDER BY priority DESC, id
                    LIMIT ?) d
                JOIN people p ON p.account_id = ? AND p.id = d.id
                ORDER BY d.priority DESC, p.id""".formatted(rule.cadenceSql(), rule.weightSql(), TRACKED,
                DueRule.prioritySql("due_day", "cadence", "weight"), rule.dueDaySql("p.last_touch_day", rule.cadenceSql()));
        List<DuePerson> people = new ArrayList<>();
        int[] total = {0};
        jdbc.sql(sql)
                .params(day, day, day, account.value(), day, day, floor == null ? -1.0 : floor, fetch, account.value())
                .query((ResultSet rs) -> {
                    people.add(row(rs));
                    total[0] = rs.getInt("total");
                });
        return new DueList(List.copyOf(people), total[0]);
    }

    private static DuePerson row(ResultSet rs) throws SQLException {
        int last = rs.getInt("last_touch_day");
        LocalDate lastTouch = rs.wasNull() ? null : LocalDate.ofEpochDay(last);
        return new DuePerson(People.facts(rs, 0), lastTouch, LocalDate.ofEpochDay(rs.getInt("due_day")),
                rs.getInt("cadence"), rs.getDouble("priority"));
    }
}
