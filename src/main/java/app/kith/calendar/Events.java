package app.kith.calendar;

import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Dates;
import app.kith.storage.Chunks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The events and event_people tables, always scoped to the account. */
@Repository
class Events {
    private static final String COLUMNS = "id, kind, title, starts_on, ends_on, starts_at, ends_at, location, notes,"
            + " invitation, rsvp, repeat_freq, repeat_interval, repeat_until, repeat_count, repeat_last,"
            + " congratulated_on, source_uid, created_at, updated_at";
    /** A stored row, people apart; {@code repeatLast} is the last day a repeating event can occur on. */
    record Row(String id, EventKind kind, String title, LocalDate date, LocalDate endDate, Instant startsAt,
               Instant endsAt, String location, String notes, InvitationDirection invitation, Rsvp rsvp,
               Recurrence repeat, LocalDate repeatLast, LocalDate congratulatedOn, String sourceUid,
               Instant createdAt, Instant updatedAt) {
    }

    /** A linked person, by event. */
    record Link(String eventId, String personId, String role) {
    }

    /** Wire names read back from rows: a map lookup per column instead of a scan of the enum per row. */
    static final Map<String, EventKind> KINDS = byWire(EventKind.class);
    static final Map<String, InvitationDirection> INVITATIONS = byWire(InvitationDirection.class);
    static final Map<String, Rsvp> ANSWERS = byWire(Rsvp.class);
    static final Map<String, Frequency> FREQUENCIES = byWire(Frequency.class);

    private final JdbcClient jdbc;

    Events(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(AccountId account) {
        return jdbc.sql("SELECT count(*) FROM events WHERE account_id = ?").param(account.value()).query(Long.class)
                .single();
    }

    void insert(AccountId account, Row row, List<Link> people) {
        jdbc.sql("INSERT INTO events (account_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?)")
                .params(values(account, row)).update();
        link(account, row.id(), people);
    }

    void update(AccountId account, Row row, List<Link> people) {
        jdbc.sql("""
                UPDATE events SET kind = ?, title = ?, starts_on = ?, ends_on = ?, starts_at = ?, ends_at = ?,
                    location = ?, notes = ?, invitation = ?, rsvp = ?, repeat_freq = ?, repeat_interval = ?,
                    repeat_until = ?, repeat_count = ?, repeat_last = ?, congratulated_on = ?, updated_at = ?
                WHERE account_id = ? AND id = ?""")
                .params(row.kind().wire(), row.title(), text(row.date()), text(row.endDate()), text(row.startsAt()),
                        text(row.endsAt()), row.location(), row.notes(), wire(row.invitation()), wire(row.rsvp()),
                        row.repeat() == null ? null : row.repeat().frequency().wire(),
                        row.repeat() == null ? null : row.repeat().interval(),
                        row.repeat() == null ? null : text(row.repeat().until()),
                        row.repeat() == null ? null : row.repeat().count(), text(row.repeatLast()),
                        text(row.congratulatedOn()), text(row.updatedAt()), account.value(), row.id())
                .update();
        jdbc.sql("DELETE FROM event_people WHERE account_id = ? AND event_id = ?").params(account.value(), row.id())
                .update();
        link(account, row.id(), people);
    }

    private void link(AccountId account, String eventId, List<Link> people) {
        for (Link link : people) {
            jdbc.sql("INSERT INTO event_people (account_id, event_id, person_id, role) VALUES (?, ?, ?, ?)")
                    .params(account.value(), eventId, link.personId(), link.role()).update();
        }
    }

    void markCongratulated(AccountId account, String id, LocalDate day, Instant now) {
        jdbc.sql("UPDATE events SET congratulated_on = ?, updated_at = ? WHERE account_id = ? AND id = ?")
                .params(day.toString(), now.toString(), account.value(), id).update();
    }

    void delete(AccountId account, String id) {
        jdbc.sql("DELETE FROM events WHERE account_id = ? AND id = ?").params(account.value(), id).update();
    }

    Optional<Row> find(AccountId account, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM events WHERE account_id = ? AND id = ?")
                .params(account.value(), id).query(Events::row).optional();
    }

    Optional<Row> bySource(AccountId account, String sourceUid) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM events WHERE account_id = ? AND source_uid = ?")
                .params(account.value(), sourceUid).query(Events::row).optional();
    }

    void setSource(AccountId account, String id, String sourceUid) {
        jdbc.sql("UPDATE events SET source_uid = ? WHERE account_id = ? AND id = ?")
                .params(sourceUid, account.value(), id).update();
    }

    /** How many days a one-off event may last; longer ones are refused when saved. */
    static final int MAX_SPAN_DAYS = 366;

    /** Events of these kinds that match a condition on rsvp or congratulation, from a day on. */
    List<Row> open(AccountId account, EventKind kind, LocalDate from, LocalDate to) {
        String condition = kind == EventKind.INVITATION ? "rsvp = 'needs-answer'" : "congratulated_on IS NULL";
        return jdbc.sql("SELECT " + COLUMNS + " FROM events WHERE account_id = ? AND kind = ? AND " + condition
                        + " AND starts_on >= ? AND starts_on <= ? ORDER BY starts_on, id")
                .params(account.value(), kind.wire(), text(from), text(to)).query(Events::row).list();
    }

    /** The events a person is linked to, soonest last. */
    List<Row> of(AccountId account, String personId) {
        return jdbc.sql("SELECT " + prefixed() + " FROM events e JOIN event_people p ON p.account_id = e.account_id"
                        + " AND p.event_id = e.id WHERE e.account_id = ? AND p.person_id = ? ORDER BY e.starts_on DESC, e.id")
                .params(account.value(), personId).query(Events::row).list();
    }

    /** An achievement of a person linked to it. */
    record Achieved(String personId, String eventId, String title, LocalDate date, boolean congratulated) {
    }

    /** The achievements of these people dated from {@code from} to {@code to}, newest first; by their links. */
    List<Achieved> achievementsOf(AccountId account, Collection<String> personIds, LocalDate from, LocalDate to) {
        List<Achieved> found = new ArrayList<>();
        for (List<String> chunk : Chunks.of(personIds)) {
            found.addAll(jdbc.sql("SELECT p.person_id, e.id, e.title, e.starts_on, e.congratulated_on FROM event_people p"
                            + " JOIN events e ON e.account_id = p.account_id AND e.id = p.event_id"
                            + " WHERE p.account_id = :account AND p.person_id IN (:ids) AND e.kind = 'achievement'"
                            + " AND e.starts_on >= :from AND e.starts_on <= :to ORDER BY e.starts_on DESC, e.id")
                    .param("account", account.value()).param("ids", chunk).param("from", text(from))
                    .param("to", text(to))
                    .query((rs, n) -> new Achieved(rs.getString(1), rs.getString(2), rs.getString(3),
                            date(rs.getString(4)), rs.getString(5) != null)).list());
        }
        return found;
    }

    /** Every event of the account, one at a time, in day order (for the feed and exports). */
    void each(AccountId account, Consumer<Row> consumer) {
        jdbc.sql("SELECT " + COLUMNS + " FROM events WHERE account_id = ? ORDER BY starts_on, id")
                .param(account.value())
                .query((ResultSet rs) -> {
                    consumer.accept(row(rs, 0));
                });
    }

    Map<String, List<Link>> people(AccountId account, Collection<String> eventIds) {
        Map<String, List<Link>> links = new HashMap<>();
        for (List<String> chunk : Chunks.of(eventIds)) {
            jdbc.sql("SELECT event_id, person_id, role FROM event_people WHERE account_id = :account"
                            + " AND event_id IN (:ids) ORDER BY role, person_id")
                    .param("account", account.value()).param("ids", chunk)
                    .query((ResultSet rs) -> {
                        links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new Link(rs.getString(1), rs.getString(2), rs.getString(3)));
                    });
        }
        return links;
    }

    /** Every link of the account (for the feed: one query instead of one per event). */
    Map<String, List<Link>> allPeople(AccountId account) {
        Map<String, List<Link>> links = new HashMap<>();
        jdbc.sql("SELECT event_id, person_id, role FROM event_people WHERE account_id = ? ORDER BY role, person_id")
                .param(account.value())
                .query((ResultSet rs) -> {
                    links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Link(rs.getString(1), rs.getString(2), rs.getString(3)));
                });
        return links;
    }

    private static String prefixed() {
        return "e." + COLUMNS.replace(", ", ", e.").replace(",\n", ",");
    }

    private static Object[] values(AccountId account, Row row) {
        Recurrence r = row.repeat();
        return new Object[] {account.value(), row.id(), row.kind().wire(), row.title(), text(row.date()),
                text(row.endDate()), text(row.startsAt()), text(row.endsAt()), row.location(), row.notes(),
                wire(row.invitation()), wire(row.rsvp()), r == null ? null : r.frequency().wire(),
                r == null ? null : r.interval(), r == null ? null : text(r.until()), r == null ? null : r.count(),
                text(row.repeatLast()), text(row.congratulatedOn()), row.sourceUid(), text(row.createdAt()),
                text(row.updatedAt())};
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String freq = rs.getString(12);
        Recurrence repeat = freq == null ? null : new Recurrence(FREQUENCIES.get(freq),
                rs.getInt(13), date(rs.getString(14)), count(rs, 15));
        return new Row(rs.getString(1), KINDS.get(rs.getString(2)), rs.getString(3),
                date(rs.getString(4)), date(rs.getString(5)), instant(rs.getString(6)), instant(rs.getString(7)),
                rs.getString(8), rs.getString(9), INVITATIONS.get(rs.getString(10)), ANSWERS.get(rs.getString(11)), repeat, date(rs.getString(16)),
                date(rs.getString(17)), rs.getString(18), instant(rs.getString(19)), instant(rs.getString(20)));
    }

    private static <E extends Enum<E> & Choice> Map<String, E> byWire(Class<E> type) {
        Map<String, E> byWire = new HashMap<>();
        for (E e : type.getEnumConstants()) {
            byWire.put(e.wire(), e);
        }
        return Collections.unmodifiableMap(byWire);
    }

    private static Integer count(ResultSet rs, int column) throws SQLException {
        long count = rs.getLong(column);
        return rs.wasNull() ? null : (int) count;
    }

    private static String wire(Choice choice) {
        return choice == null ? null : choice.wire();
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static LocalDate date(String text) {
        return text == null ? null : Dates.stored(text);
    }

    static Instant instant(String text) {
        return text == null ? null : Dates.storedInstant(text);
    }
}
