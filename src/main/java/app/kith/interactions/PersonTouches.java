package app.kith.interactions;

import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Dates;
import app.kith.storage.UnionAll;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A few people's interactions with their notes, for meeting prep: each person's index range
 * {@code (account_id, person_id, occurred_on, direction)} read from the day backwards, then the
 * interactions by key. A handful of people at a time; never a pass over the account's interactions.
 */
@Repository
class PersonTouches {
    private static final String COLUMNS = "SELECT ip.person_id, i.id, i.occurred_on, i.kind, i.direction, i.notes"
            + " FROM interaction_participants ip JOIN interactions i ON i.account_id = ip.account_id"
            + " AND i.id = ip.interaction_id WHERE ip.account_id = :account";
    private static final String NEWEST_FIRST = " ORDER BY ip.occurred_on DESC, ip.interaction_id DESC";

    private final JdbcClient jdbc;

    PersonTouches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each person's latest {@code limit} interactions up to the day, newest first (as the timeline orders them). */
    Map<String, List<PersonTouch>> latest(AccountId account, List<String> personIds, LocalDate day, int limit) {
        List<Map<String, ?>> parts = personIds.stream().<Map<String, ?>>map(id -> Map.of("person", id)).toList();
        List<List<PersonTouch>> found = UnionAll.query(jdbc, COLUMNS + " AND ip.person_id = :person"
                        + " AND ip.occurred_on <= :day" + NEWEST_FIRST + " LIMIT :limit",
                Map.of("account", account.value(), "day", day.toString(), "limit", limit), parts,
                (rs, n) -> touch(rs));
        Map<String, List<PersonTouch>> byPerson = new LinkedHashMap<>();
        for (int i = 0; i < personIds.size(); i++) {
            byPerson.put(personIds.get(i), found.get(i).stream().sorted(PersonTouches::newestFirst).toList());
        }
        return byPerson;
    }

    /** Each person's interactions of these directions in the days after {@code from} up to {@code to}, newest first. */
    Map<String, List<PersonTouch>> between(AccountId account, List<String> personIds, LocalDate from, LocalDate to,
                                           Collection<Direction> directions) {
        Map<String, List<PersonTouch>> byPerson = new HashMap<>();
        jdbc.sql(COLUMNS + " AND ip.person_id IN (:ids) AND ip.occurred_on > :from AND ip.occurred_on <= :to"
                        + " AND ip.direction IN (:directions)" + NEWEST_FIRST)
                .param("account", account.value()).param("ids", personIds).param("from", from.toString())
                .param("to", to.toString()).param("directions", directions.stream().map(Direction::wire).toList())
                .query((ResultSet rs) -> {
                    PersonTouch touch = touch(rs);
                    byPerson.computeIfAbsent(touch.personId(), k -> new ArrayList<>()).add(touch);
                });
        return byPerson;
    }

    private static int newestFirst(PersonTouch a, PersonTouch b) {
        int order = b.date().compareTo(a.date());
        return order != 0 ? order : b.interactionId().compareTo(a.interactionId());
    }

    private static PersonTouch touch(ResultSet rs) throws SQLException {
        return new PersonTouch(rs.getString(1), rs.getString(2), Dates.stored(rs.getString(3)),
                Choice.parse(InteractionKind.class, "kind", rs.getString(4)),
                Choice.parse(Direction.class, "direction", rs.getString(5)), rs.getString(6));
    }
}
