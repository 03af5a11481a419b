package app.kith.people;

import app.kith.shared.AccountId;
import app.kith.storage.UnionAll;
import java.sql.ResultSet;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * People's birthdays as calendars read them: by day of the year, then person id, a bounded page at a
 * time, through the covering index {@code people_by_birthday}, so a month view of a large network never
 * reads every birthday of the month (the calendar module turns days of the year into dates).
 */
@Service
public class BirthdayCalendar {
    private static final Comparator<BirthdayOf> BY_DAY = Comparator.comparingInt((BirthdayOf b) -> b.birthday().month())
            .thenComparingInt(b -> b.birthday().day()).thenComparing(BirthdayOf::personId);

    private final JdbcClient jdbc;

    BirthdayCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * People born from {@code from} to {@code to} (days of the year, inclusive, {@code from} not after
     * {@code to}), by day then id; on {@code from}, only those whose id comes after {@code afterId}
     * (empty for all of them); at most {@code limit}.
     */
    public record Range(MonthDay from, String afterId, MonthDay to, int limit) {
    }

    /** For each range, the people born in it, in order: all ranges in one statement. */
    public List<List<BirthdayOf>> born(AccountId account, List<Range> ranges) {
        List<Map<String, ?>> parts = ranges.stream().<Map<String, ?>>map(r -> Map.of("month", r.from().getMonthValue(),
                "day", r.from().getDayOfMonth(), "id", r.afterId(), "toMonth", r.to().getMonthValue(),
                "toDay", r.to().getDayOfMonth(), "limit", r.limit())).toList();
        // The pair bound lets both databases seek the index to the first day; the triple then skips the
        // people of that day already shown.
        List<List<BirthdayOf>> found = UnionAll.query(jdbc,
                "SELECT id, display_name, birthday_year, birthday_month, birthday_day FROM people"
                        + " WHERE account_id = :account AND birthday_month IS NOT NULL"
                        + " AND (birthday_month, birthday_day) >= (:month, :day)"
                        + " AND (birthday_month, birthday_day, id) > (:month, :day, :id)"
                        + " AND (birthday_month, birthday_day) <= (:toMonth, :toDay)"
                        + " ORDER BY birthday_month, birthday_day, id LIMIT :limit",
                Map.of("account", account.value()), parts, (rs, n) -> {
                    int year = rs.getInt(3);
                    Integer known = rs.wasNull() ? null : year;
                    return new BirthdayOf(rs.getString(1), rs.getString(2), new Birthday(known, rs.getInt(4),
                            rs.getInt(5)));
                });
        found.forEach(people -> people.sort(BY_DAY));
        return found;
    }

    /** How many people were born on each day of these months (1-12). */
    public Map<MonthDay, Integer> counts(AccountId account, Collection<Integer> months) {
        Map<MonthDay, Integer> counts = new HashMap<>();
        if (months.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT birthday_month, birthday_day, COUNT(*) FROM people WHERE account_id = :account"
                        + " AND birthday_month IS NOT NULL AND birthday_month IN (:months)"
                        + " GROUP BY birthday_month, birthday_day")
                .param("account", account.value()).param("months", months)
                .query((ResultSet rs) -> {
                    counts.put(MonthDay.of(rs.getInt(1), rs.getInt(2)), rs.getInt(3));
                });
        return counts;
    }
}
