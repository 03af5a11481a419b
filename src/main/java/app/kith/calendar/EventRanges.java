package app.kith.calendar;

import static app.kith.calendar.Events.date;
import static app.kith.calendar.Events.instant;
import static app.kith.calendar.Events.text;

import app.kith.shared.AccountId;
import app.kith.storage.Chunks;
import app.kith.storage.UnionAll;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The events of a calendar range, read a page at a time in the calendar's order (day, start time with
 * all-day first, id), always with a LIMIT and from a position (keyset), through {@code events_in_order}
 * (events of one day) and {@code events_spanning} (of several days), both V13. Repeating events are read as one light row each, however often
 * they occur; {@link Repeats} walks their days.
 */
@Repository
class EventRanges {
    /** What a calendar range shows of an event: no notes, end time or bookkeeping. */
    private static final String LISTED = "e.id, e.kind, e.title, e.starts_on, e.ends_on, e.starts_at, e.location,"
            + " e.invitation, e.rsvp, e.repeat_freq, e.repeat_interval, e.repeat_last";
    /**
     * After a position, in order, at most a limit. The plain bound on the day is what the row value
     * implies; said outright, it keeps SQLite's planner from ranging from the first event of the account.
     */
    private static final String AFTER = " AND e.starts_on >= :day"
            + " AND (e.starts_on, COALESCE(e.starts_at, ''), e.id) > (:day, :time, :id)"
            + " ORDER BY e.starts_on, COALESCE(e.starts_at, ''), e.id LIMIT :limit";
    /** Every frequency, as stored, in a fixed order. */
    private static final List<String> FREQUENCIES = Events.FREQUENCIES.keySet().stream().sorted().toList();
    /** Only events linked to at least one person (meeting prep's); by the key of event_people. */
    private static final String LINKED = " AND EXISTS (SELECT 1 FROM event_people p WHERE p.account_id = e.account_id"
            + " AND p.event_id = e.id)";
    /** One-off events of one day ({@code events_in_order}) and of several ({@code events_spanning}). */
    private static final String ONE_DAY = " AND e.repeat_freq IS NULL AND e.ends_on IS NULL";
    private static final String SEVERAL_DAYS = " AND e.repeat_freq IS NULL AND e.ends_on IS NOT NULL";
    /** Sorts the rows of one part as the statement did, for the merge with the other sources. */
    private static final Comparator<Events.Row> IN_ORDER = Comparator.comparing(Events.Row::date)
            .thenComparing(r -> Position.time(r.startsAt())).thenComparing(Events.Row::id);

    private final JdbcClient jdbc;

    EventRanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One-off events after a position up to a last day (inclusive), at most {@code limit}. */
    record Range(Position after, LocalDate last, int limit) {
    }

    /**
     * For each range, its one-off events in order. Events of one day and events of several are read from
     * their own indexes (a statement each, all ranges in it) and merged: with one index for both, the
     * planners of both databases, given statistics or not, read events under way through it and passed
     * over every one-off event of the year before a range. With {@code linked}, only events linked to people.
     */
    List<List<Events.Row>> oneOffs(AccountId account, List<Range> ranges, boolean linked) {
        List<Map<String, ?>> parts = new ArrayList<>();
        for (Range r : ranges) {
            Map<String, Object> part = after(r.after(), r.limit());
            part.put("last", text(r.last()));
            parts.add(part);
        }
        List<List<Events.Row>> found = new ArrayList<>();
        for (String days : List.of(ONE_DAY, SEVERAL_DAYS)) {
            List<List<Events.Row>> rows = UnionAll.query(jdbc, "SELECT " + LISTED + " FROM events e"
                            + " WHERE e.account_id = :account" + days + (linked ? LINKED : "")
                            + " AND e.starts_on <= :last" + AFTER,
                    Map.of("account", account.value()), parts, (rs, n) -> listed(rs));
            for (int i = 0; i < rows.size(); i++) {
                if (found.size() <= i) {
                    found.add(new ArrayList<>());
                }
                found.get(i).addAll(rows.get(i));
            }
        }
        for (int i = 0; i < found.size(); i++) {
            List<Events.Row> rows = found.get(i);
            rows.sort(IN_ORDER);
            found.set(i, rows.subList(0, Math.min(rows.size(), ranges.get(i).limit())));
        }
        return found;
    }

    /**
     * One-off events that began before {@code first} and still go on then, after a position, at most
     * {@code limit}: they start at most {@link Events#MAX_SPAN_DAYS} days before it.
     */
    List<Events.Row> spanning(AccountId account, LocalDate first, Position after, int limit) {
        Map<String, Object> params = after(after, limit);
        params.put("account", account.value());
        params.put("first", text(first));
        params.put("earliest", text(first.minusDays(Events.MAX_SPAN_DAYS)));
        return jdbc.sql("SELECT " + LISTED + " FROM events e WHERE e.account_id = :account" + SEVERAL_DAYS
                        + " AND e.starts_on >= :earliest AND e.starts_on < :first AND e.ends_on >= :first" + AFTER)
                .params(params).query((rs, n) -> listed(rs)).list();
    }

    /** How many one-off events start on each day of a range. */
    Map<LocalDate, Integer> oneOffCounts(AccountId account, LocalDate first, LocalDate last) {
        Map<LocalDate, Integer> counts = new HashMap<>();
        for (String days : List.of(ONE_DAY, SEVERAL_DAYS)) {
            jdbc.sql("SELECT e.starts_on, COUNT(*) FROM events e WHERE e.account_id = ?" + days
                            + " AND e.starts_on >= ? AND e.starts_on <= ? GROUP BY e.starts_on")
                    .params(account.value(), text(first), text(last))
                    .query((ResultSet rs) -> {
                        counts.merge(date(rs.getString(1)), rs.getInt(2), Integer::sum);
                    });
        }
        return counts;
    }

    /**
     * The repeating events that can occur in {@code [first, last]}, one light row each, handed over as
     * they are read: a yearly one is read only when the range touches the month it started in. With
     * {@code linked}, only those linked to people.
     */
    void series(AccountId account, LocalDate first, LocalDate last, boolean linked, Consumer<Series> each) {
        Set<String> months = months(first, last);
        // A seek per frequency (repeat_freq = 'daily' ...), in one statement: with repeat_freq IN (...) or
        // IS NOT NULL, SQLite under a new database's statistics read every event of the account instead
        // of the partial index events_repeating.
        String sql = FREQUENCIES.stream().map(f -> "SELECT e.id, e.starts_on, e.starts_at, e.repeat_freq,"
                        + " e.repeat_interval, e.repeat_last FROM events e WHERE e.account_id = :account"
                        + " AND e.repeat_freq = '" + f + "' AND e.starts_on <= :last"
                        + " AND (e.repeat_last IS NULL OR e.repeat_last >= :first)" + (linked ? LINKED : "")
                        + (f.equals("yearly") && !months.isEmpty() ? " AND substr(e.starts_on, 6, 2) IN (:months)" : ""))
                .collect(Collectors.joining(" UNION ALL "));
        jdbc.sql(sql).param("account", account.value()).param("first", text(first)).param("last", text(last))
                .param("months", months)
                .query((ResultSet rs) -> {
                    LocalDate end = date(rs.getString(6));
                    each.accept(new Series(rs.getString(1), date(rs.getString(2)), instant(rs.getString(3)),
                            new Recurrence(Events.FREQUENCIES.get(rs.getString(4)), rs.getInt(5), end, null)));
                });
    }

    /** Events by id, as a range lists them (for the repeating ones a page shows). */
    Map<String, Events.Row> listed(AccountId account, Collection<String> ids) {
        Map<String, Events.Row> rows = new HashMap<>();
        for (List<String> chunk : Chunks.of(ids)) {
            jdbc.sql("SELECT " + LISTED + " FROM events e WHERE e.account_id = :account AND e.id IN (:ids)")
                    .param("account", account.value()).param("ids", chunk)
                    .query((ResultSet rs) -> {
                        Events.Row row = listed(rs);
                        rows.put(row.id(), row);
                    });
        }
        return rows;
    }

    /**
     * The key rows must pass to come after a position. After a birthday or an edition (all-day, later
     * in the day's order than every all-day event), the next events are the day's timed ones: every
     * stored start is a full date and time, so it sorts after "0" and "0" sorts after the all-day "".
     */
    private static Map<String, Object> after(Position p, int limit) {
        boolean pastAllDay = p.source() > Position.EVENTS;
        Map<String, Object> params = new HashMap<>();
        params.put("day", text(p.date()));
        params.put("time", pastAllDay ? "0" : p.time());
        params.put("id", pastAllDay ? "" : p.id());
        params.put("limit", limit);
        return params;
    }

    /**
     * The months ({@code "01"} to {@code "12"}) a range touches, or none when it touches all twelve: a
     * yearly event can only occur in the month it started in, so the others are not read.
     */
    private static Set<String> months(LocalDate from, LocalDate to) {
        Set<String> months = new TreeSet<>();
        for (LocalDate d = from.withDayOfMonth(1); !d.isAfter(to) && months.size() < 12; d = d.plusMonths(1)) {
            months.add("%02d".formatted(d.getMonthValue()));
        }
        return months.size() == 12 ? Set.of() : months;
    }

    /**
     * A row of {@link #LISTED}: the columns it leaves out are null, and a repeating event's rule ends on
     * the last day it can occur on, which gives the same days whether it was saved with a count or an end.
     */
    private static Events.Row listed(ResultSet rs) throws SQLException {
        String freq = rs.getString(10);
        LocalDate last = date(rs.getString(12));
        Recurrence repeat = freq == null ? null : new Recurrence(Events.FREQUENCIES.get(freq), rs.getInt(11), last, null);
        return new Events.Row(rs.getString(1), Events.KINDS.get(rs.getString(2)), rs.getString(3),
                date(rs.getString(4)), date(rs.getString(5)), instant(rs.getString(6)), null, rs.getString(7), null,
                Events.INVITATIONS.get(rs.getString(8)), Events.ANSWERS.get(rs.getString(9)), repeat, last, null,
                null, null, null);
    }
}
