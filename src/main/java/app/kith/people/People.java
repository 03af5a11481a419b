package app.kith.people;

import app.kith.shared.AccountId;
import app.kith.shared.Dates;
import app.kith.shared.Choice;
import app.kith.shared.Text;
import app.kith.storage.IdFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people table, always scoped to one account, a row at a time and in reads; many rows at a time are
 * {@link PeopleBulkWrites}, contact points and addresses {@link ContactPoints}.
 */
@Repository
class People {
    /** The account's people, counted (given :account). */
    static final String COUNT = "SELECT count(*) FROM people WHERE account_id = :account";
    static final String COLUMNS = """
            p.id, p.display_name, p.nickname, p.birthday_year, p.birthday_month, p.birthday_day, p.how_met,
            p.circle, p.cadence_days, p.relationship_kind, p.trust_stage, p.partnership_stage,
            p.partnership_case, p.bridge_status, p.notes, p.is_self, p.created_at, p.updated_at""";
    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(AccountId account) {
        return jdbc.sql(COUNT).param("account", account.value()).query(Long.class).single();
    }

    long countOthers(AccountId account) {
        return jdbc.sql("SELECT count(*) FROM people WHERE account_id = ? AND is_self = 0").param(account.value())
                .query(Long.class).single();
    }

    void update(AccountId account, PersonRow r) {
        jdbc.sql("""
                UPDATE people SET display_name = ?, name_key = ?, nickname = ?, birthday_year = ?, birthday_month = ?,
                    birthday_day = ?, how_met = ?, circle = ?, cadence_days = ?, relationship_kind = ?, trust_stage = ?,
                    partnership_stage = ?, partnership_case = ?, bridge_status = ?, notes = ?, updated_at = ?
                WHERE account_id = ? AND id = ?""")
                .params(r.name(), Text.fold(r.name()), r.nickname(),
                        r.birthday() == null ? null : r.birthday().year(),
                        r.birthday() == null ? null : r.birthday().month(),
                        r.birthday() == null ? null : r.birthday().day(),
                        r.howWeMet(), r.relationship().circle().wire(), r.relationship().cadenceDays(),
                        r.relationship().kind().wire(), r.relationship().trust().wire(),
                        wire(r.relationship().partnershipStage()), r.relationship().partnershipCase(),
                        r.relationship().bridge().wire(), r.notes(),
                        r.updatedAt().toString(), account.value(), r.id())
                .update();
    }

    boolean delete(AccountId account, String id) {
        return jdbc.sql("DELETE FROM people WHERE account_id = ? AND id = ? AND is_self = 0")
                .params(account.value(), id).update() > 0;
    }

    Optional<PersonRow> find(AccountId account, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM people p WHERE p.account_id = ? AND p.id = ?")
                .params(account.value(), id).query(People::row).optional();
    }

    /** These people of this account (at most a chunk of ids), in no particular order. */
    List<PersonRow> findAll(AccountId account, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM people p WHERE p.account_id = :account AND p.id IN (:ids)")
                .param("account", account.value()).param("ids", ids).query(People::row).list();
    }

    Optional<String> selfId(AccountId account) {
        return jdbc.sql("SELECT id FROM people WHERE account_id = ? AND is_self = 1")
                .param(account.value()).query(String.class).optional();
    }

    /** Which of the given ids are people of this account. */
    List<String> existing(AccountId account, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM people WHERE account_id = :account AND id IN (:ids)")
                .param("account", account.value()).param("ids", ids).query(String.class).list();
    }

    /** The names of the given people, for building search text. */
    /** What a person's search entry starts with: their name and nickname. */
    static String names(String displayName, String nickname) {
        return displayName + " " + (nickname == null ? "" : nickname);
    }

    Map<String, String> namesAndNicknames(AccountId account, Collection<String> personIds) {
        Map<String, String> names = new LinkedHashMap<>();
        IdFilter only = IdFilter.on("id", personIds);
        jdbc.sql("SELECT id, display_name, nickname FROM people WHERE account_id = :account" + only.sql())
                .param("account", account.value()).params(only.params())
                .query((ResultSet rs) -> {
                    if (only.keeps().test(rs.getString(1))) {
                        names.put(rs.getString(1), names(rs.getString(2), rs.getString(3)));
                    }
                });
        return names;
    }

    Map<String, String> displayNames(AccountId account, Collection<String> personIds) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT id, display_name FROM people WHERE account_id = :account AND id IN (:ids)")
                .param("account", account.value()).param("ids", personIds)
                .query((ResultSet rs) -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    /** Everyone but the account's own person, id to display name, in name order. */
    Map<String, String> allNames(AccountId account) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT id, display_name FROM people WHERE account_id = ? AND is_self = 0 ORDER BY name_key, id")
                .param(account.value())
                .query((ResultSet rs) -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    List<String> allIds(AccountId account) {
        return jdbc.sql("SELECT id FROM people WHERE account_id = ?").param(account.value()).query(String.class).list();
    }

    /** Facts of people kept in touch with: not self, and in a circle or with a cadence of their own. */
    List<RelationshipFacts> trackedFacts(AccountId account) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM people p WHERE p.account_id = ? AND p.is_self = 0"
                        + " AND (p.circle <> 'none' OR p.cadence_days IS NOT NULL)")
                .param(account.value()).query(People::facts).list();
    }

    /**
     * The people closest to you, at most {@code limit}: the inner circle first, then close, network,
     * acquaintance and none, each most recently touched first. One statement whatever the network's size,
     * and {@code limit} rows read: people_closest (V32) is this order, so keep the two the same.
     */
    List<RelationshipFacts> closest(AccountId account, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM people p WHERE p.account_id = ? AND p.is_self = 0"
                        + " ORDER BY CASE p.circle WHEN 'inner' THEN 0 WHEN 'close' THEN 1 WHEN 'network' THEN 2"
                        + " WHEN 'acquaintance' THEN 3 ELSE 4 END, COALESCE(p.last_touch_day, -1) DESC, p.id LIMIT ?")
                .params(account.value(), limit).query(People::facts).list();
    }

    List<RelationshipFacts> facts(AccountId account, Collection<String> ids) {
        IdFilter only = IdFilter.on("p.id", ids);
        List<RelationshipFacts> facts = jdbc.sql("SELECT " + COLUMNS + " FROM people p WHERE p.account_id = :account"
                        + only.sql())
                .param("account", account.value()).params(only.params()).query(People::facts).list();
        return facts.stream().filter(f -> only.keeps().test(f.id())).toList();
    }

    /** People whose birthday falls on one of these days of the year, in one of these circles (null: any). */
    List<RelationshipFacts> bornOn(AccountId account, Collection<MonthDay> days, Collection<Circle> circles) {
        Map<String, Object> params = new HashMap<>(Map.of("account", account.value()));
        List<String> eachDay = new ArrayList<>(days.size());
        for (MonthDay d : days) {
            int i = eachDay.size();
            eachDay.add("(p.birthday_month = :month" + i + " AND p.birthday_day = :day" + i + ")");
            params.put("month" + i, d.getMonthValue());
            params.put("day" + i, d.getDayOfMonth());
        }
        if (circles != null) {
            params.put("circles", circles.stream().map(Circle::wire).toList());
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM people p WHERE p.account_id = :account AND ("
                        + String.join(" OR ", eachDay) + ")" + (circles == null ? "" : " AND p.circle IN (:circles)"))
                .params(params).query(People::facts).list();
    }

    /** People in a strained or repairing relationship, read through the partial index (callers order them). */
    List<Mending> mending(AccountId account) {
        return jdbc.sql("SELECT id, display_name, bridge_status FROM people WHERE account_id = ?"
                        + " AND bridge_status <> 'ok' AND bridge_status IN ('strained', 'repairing')")
                .param(account.value())
                .query((rs, n) -> new Mending(rs.getString(1), rs.getString(2),
                        Choice.parse(BridgeStatus.class, "bridge", rs.getString(3))))
                .list();
    }

    List<BirthdayOf> birthdays(AccountId account, Collection<Integer> months) {
        return jdbc.sql("SELECT id, display_name, birthday_year, birthday_month, birthday_day FROM people"
                        + " WHERE account_id = :account AND birthday_month IN (:months)")
                .param("account", account.value()).param("months", months)
                .query((rs, n) -> {
                    int year = rs.getInt(3);
                    Integer known = rs.wasNull() ? null : year;
                    return new BirthdayOf(rs.getString(1), rs.getString(2),
                            new Birthday(known, rs.getInt(4), rs.getInt(5)));
                }).list();
    }

    List<RelationshipFacts> partners(AccountId account) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM people p WHERE p.account_id = ? AND p.is_self = 0"
                        + " AND (p.relationship_kind IN ('partnership', 'both') OR p.partnership_stage IS NOT NULL)"
                        + " ORDER BY p.name_key, p.id")
                .param(account.value()).query(People::facts).list();
    }

    /** Every person of the account with their normalized contact points and tags, for matching. */
    List<PersonKeys> keys(AccountId account) {
        Map<String, Set<String>[]> contacts = new HashMap<>();
        jdbc.sql("SELECT person_id, kind, normalized FROM contact_points WHERE account_id = ?")
                .param(account.value())
                .query((ResultSet rs) -> {
                    @SuppressWarnings("unchecked")
                    Set<String>[] sets = contacts.computeIfAbsent(rs.getString(1), k -> new Set[] {
                        new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
                        new LinkedHashSet<>()});
                    sets[ContactKind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)).ordinal()]
                            .add(rs.getString(3));
                });
        Map<String, Set<String>> tagged = new HashMap<>();
        jdbc.sql("""
                SELECT pt.person_id, t.name_key FROM person_tags pt
                JOIN tags t ON t.account_id = pt.account_id AND t.id = pt.tag_id WHERE pt.account_id = ?""")
                .param(account.value())
                .query((ResultSet rs) -> {
                    tagged.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        Set<String> addressed = new HashSet<>(jdbc.sql(
                "SELECT DISTINCT person_id FROM addresses WHERE account_id = ?").param(account.value())
                .query(String.class).list());
        return jdbc.sql("SELECT " + COLUMNS + " FROM people p WHERE p.account_id = ? ORDER BY p.created_at, p.id")
                .param(account.value())
                .query((rs, n) -> {
                    PersonRow r = row(rs, n);
                    Set<String>[] c = contacts.get(r.id());
                    return new PersonKeys(r.id(), r.name(), r.nickname(), r.birthday(), r.howWeMet(), r.notes(),
                            r.self(), addressed.contains(r.id()),
                            c == null ? Set.of() : c[ContactKind.EMAIL.ordinal()],
                            c == null ? Set.of() : c[ContactKind.PHONE.ordinal()],
                            c == null ? Set.of() : c[ContactKind.LINKEDIN.ordinal()],
                            c == null ? Set.of() : c[ContactKind.URL.ordinal()],
                            tagged.getOrDefault(r.id(), Set.of()));
                })
                .list();
    }

    static RelationshipFacts facts(ResultSet rs, int n) throws SQLException {
        PersonRow r = row(rs, n);
        return new RelationshipFacts(r.id(), r.name(), r.relationship(), r.birthday(), r.self(),
                r.createdAt().atZone(ZoneOffset.UTC).toLocalDate());
    }

    static String wire(Choice choice) {
        return choice == null ? null : choice.wire();
    }

    static PersonRow row(ResultSet rs, int n) throws SQLException {
        int month = rs.getInt("birthday_month");
        Birthday birthday = rs.wasNull() ? null
                : new Birthday((Integer) rs.getObject("birthday_year") == null ? null : rs.getInt("birthday_year"),
                        month, rs.getInt("birthday_day"));
        Integer cadence = rs.getObject("cadence_days") == null ? null : rs.getInt("cadence_days");
        return new PersonRow(rs.getString("id"), rs.getString("display_name"), rs.getString("nickname"), birthday,
                rs.getString("how_met"), new Relationship(Choice.parse(Circle.class, "circle", rs.getString("circle")),
                        cadence, Choice.parse(RelationshipKind.class, "kind", rs.getString("relationship_kind")),
                        Choice.parse(TrustStage.class, "trust", rs.getString("trust_stage")),
                        Choice.parse(BridgeStatus.class, "bridge", rs.getString("bridge_status")),
                        Choice.parse(PartnershipStage.class, "partnershipStage", rs.getString("partnership_stage")),
                        rs.getString("partnership_case")),
                rs.getString("notes"), rs.getInt("is_self") == 1,
                Dates.storedInstant(rs.getString("created_at")), Dates.storedInstant(rs.getString("updated_at")));
    }
}
