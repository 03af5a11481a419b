package app.kith.conferences;

import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Dates;
import app.kith.shared.Text;
import app.kith.storage.UnionAll;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The conference_* tables, always scoped to the account. */
@Repository
class Conferences {
    private static final String SERIES = "id, name, organizer, usual_month, website, created_at";
    private static final String EDITION = "e.id, e.series_id, s.name, e.year, e.starts_on, e.ends_on, e.city";
    private static final String EDITIONS = " FROM conference_editions e JOIN conference_series s"
            + " ON s.account_id = e.account_id AND s.id = e.series_id WHERE e.account_id = ?";

    /** An attendance row, by edition. */
    record Attending(String editionId, String personId, AttendanceStatus status) {
    }

    private final JdbcClient jdbc;

    Conferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertSeries(AccountId account, Series s) {
        jdbc.sql("INSERT INTO conference_series (account_id, id, name, name_key, organizer, usual_month, website,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(account.value(), s.id(), s.name(), Text.fold(s.name()), s.organizer(), s.usualMonth(),
                        s.website(), s.createdAt().toString())
                .update();
    }

    void updateSeries(AccountId account, Series s) {
        jdbc.sql("UPDATE conference_series SET name = ?, name_key = ?, organizer = ?, usual_month = ?, website = ?"
                        + " WHERE account_id = ? AND id = ?")
                .params(s.name(), Text.fold(s.name()), s.organizer(), s.usualMonth(), s.website(), account.value(),
                        s.id())
                .update();
    }

    void deleteSeries(AccountId account, String id) {
        jdbc.sql("DELETE FROM conference_series WHERE account_id = ? AND id = ?").params(account.value(), id).update();
    }

    Optional<Series> series(AccountId account, String id) {
        return jdbc.sql("SELECT " + SERIES + " FROM conference_series WHERE account_id = ? AND id = ?")
                .params(account.value(), id).query(Conferences::series).optional();
    }

    Optional<Series> seriesNamed(AccountId account, String name) {
        return jdbc.sql("SELECT " + SERIES + " FROM conference_series WHERE account_id = ? AND name_key = ?")
                .params(account.value(), Text.fold(name)).query(Conferences::series).optional();
    }

    List<Series> allSeries(AccountId account) {
        return jdbc.sql("SELECT " + SERIES + " FROM conference_series WHERE account_id = ? ORDER BY name_key, id")
                .param(account.value()).query(Conferences::series).list();
    }

    Optional<Edition> edition(AccountId account, String seriesId, int year) {
        return jdbc.sql("SELECT " + EDITION + EDITIONS + " AND e.series_id = ? AND e.year = ?")
                .params(account.value(), seriesId, year).query(Conferences::edition).optional();
    }

    Optional<Edition> edition(AccountId account, String editionId) {
        return jdbc.sql("SELECT " + EDITION + EDITIONS + " AND e.id = ?")
                .params(account.value(), editionId).query(Conferences::edition).optional();
    }

    void insertEdition(AccountId account, Edition e) {
        jdbc.sql("INSERT INTO conference_editions (account_id, id, series_id, year, starts_on, ends_on, city)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(account.value(), e.id(), e.seriesId(), e.year(), text(e.startsOn()), text(e.endsOn()),
                        e.city())
                .update();
    }

    void updateEdition(AccountId account, Edition e) {
        jdbc.sql("UPDATE conference_editions SET starts_on = ?, ends_on = ?, city = ? WHERE account_id = ? AND id = ?")
                .params(text(e.startsOn()), text(e.endsOn()), e.city(), account.value(), e.id()).update();
    }

    List<Edition> editionsOf(AccountId account, String seriesId) {
        return jdbc.sql("SELECT " + EDITION + EDITIONS + " AND e.series_id = ? ORDER BY e.year DESC")
                .params(account.value(), seriesId).query(Conferences::edition).list();
    }

    /** Editions with a start day in {@code [from, to]} or running over {@code from}. */
    List<Edition> editionsBetween(AccountId account, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + EDITION + EDITIONS + " AND e.starts_on IS NOT NULL AND e.starts_on <= ?"
                        + " AND COALESCE(e.ends_on, e.starts_on) >= ? ORDER BY e.starts_on, e.id")
                .params(account.value(), text(to), text(from)).query(Conferences::edition).list();
    }

    /** For each range, its editions by first day then id (see {@link EditionRange}), in one statement. */
    List<List<Edition>> editions(AccountId account, List<EditionRange> ranges) {
        List<Map<String, ?>> parts = ranges.stream().<Map<String, ?>>map(r -> Map.of("from", text(r.from()),
                "to", text(r.to()), "afterDay", text(r.afterDay()), "afterId", r.afterId(),
                "earliest", text(r.from().minusDays(Edition.MAX_DAYS)), "limit", r.limit())).toList();
        List<List<Edition>> found = UnionAll.query(jdbc, "SELECT " + EDITION + " FROM conference_editions e"
                        + " JOIN conference_series s ON s.account_id = e.account_id AND s.id = e.series_id"
                        + " WHERE e.account_id = :account AND e.starts_on IS NOT NULL AND e.starts_on >= :earliest"
                        + " AND e.starts_on <= :to AND COALESCE(e.ends_on, e.starts_on) >= :from"
                        + " AND (e.starts_on, e.id) > (:afterDay, :afterId) ORDER BY e.starts_on, e.id LIMIT :limit",
                Map.of("account", account.value()), parts, Conferences::edition);
        found.forEach(page -> page.sort(Comparator.comparing(Edition::startsOn).thenComparing(Edition::id)));
        return found;
    }

    Map<LocalDate, Integer> editionCounts(AccountId account, LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT starts_on, COUNT(*) FROM conference_editions WHERE account_id = ? AND starts_on >= ?"
                        + " AND starts_on <= ? GROUP BY starts_on")
                .params(account.value(), text(from), text(to))
                .query((ResultSet rs) -> {
                    counts.put(date(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    List<Edition> datedEditions(AccountId account) {
        return jdbc.sql("SELECT " + EDITION + EDITIONS + " AND e.starts_on IS NOT NULL ORDER BY e.starts_on, e.id")
                .param(account.value()).query(Conferences::edition).list();
    }

    void attend(AccountId account, String editionId, String personId, AttendanceStatus status) {
        jdbc.sql("DELETE FROM conference_attendance WHERE account_id = ? AND edition_id = ? AND person_id = ?")
                .params(account.value(), editionId, personId).update();
        jdbc.sql("INSERT INTO conference_attendance (account_id, edition_id, person_id, status) VALUES (?, ?, ?, ?)")
                .params(account.value(), editionId, personId, status.wire()).update();
    }

    Map<String, List<Attending>> attendance(AccountId account, List<String> editionIds) {
        Map<String, List<Attending>> byEdition = new HashMap<>();
        if (editionIds.isEmpty()) {
            return byEdition;
        }
        jdbc.sql("SELECT edition_id, person_id, status FROM conference_attendance WHERE account_id = :account"
                        + " AND edition_id IN (:ids) ORDER BY person_id")
                .param("account", account.value()).param("ids", editionIds)
                .query((ResultSet rs) -> {
                    byEdition.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Attending(
                            rs.getString(1), rs.getString(2),
                            Choice.parse(AttendanceStatus.class, "status", rs.getString(3))));
                });
        return byEdition;
    }

    /** Series that this person (usually self) has gone to or is going to. */
    List<Series> attendedBy(AccountId account, String personId) {
        return jdbc.sql("SELECT " + SERIES.replaceAll("(\\w+)", "s.$1") + " FROM conference_series s WHERE s.account_id = ?"
                        + " AND EXISTS (SELECT 1 FROM conference_editions e JOIN conference_attendance a"
                        + " ON a.account_id = e.account_id AND a.edition_id = e.id"
                        + " WHERE e.account_id = s.account_id AND e.series_id = s.id AND a.person_id = ?)"
                        + " ORDER BY s.name_key, s.id")
                .params(account.value(), personId).query(Conferences::series).list();
    }

    void metAt(AccountId account, String interactionId, String editionId) {
        jdbc.sql("DELETE FROM conference_meetings WHERE account_id = ? AND interaction_id = ?")
                .params(account.value(), interactionId).update();
        jdbc.sql("INSERT INTO conference_meetings (account_id, interaction_id, edition_id) VALUES (?, ?, ?)")
                .params(account.value(), interactionId, editionId).update();
    }

    private static Series series(ResultSet rs, int n) throws SQLException {
        int month = rs.getInt(4);
        Integer usualMonth = rs.wasNull() ? null : month;
        return new Series(rs.getString(1), rs.getString(2), rs.getString(3), usualMonth, rs.getString(5),
                Dates.storedInstant(rs.getString(6)));
    }

    private static Edition edition(ResultSet rs, int n) throws SQLException {
        return new Edition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), date(rs.getString(5)),
                date(rs.getString(6)), rs.getString(7), List.of());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
