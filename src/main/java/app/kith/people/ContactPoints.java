package app.kith.people;

import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import app.kith.storage.IdFilter;
import app.kith.storage.MultiRow;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where people are reached: the contact_points and addresses tables, always scoped to one account. */
@Repository
class ContactPoints {
    private static final String INSERT_CONTACT =
            "INSERT INTO contact_points (account_id, id, person_id, kind, value, normalized, position)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ContactPoints(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Map<String, List<Contact>> contacts(AccountId account, Collection<String> personIds) {
        Map<String, List<Contact>> byPerson = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return byPerson;
        }
        IdFilter only = IdFilter.on("person_id", personIds);
        jdbc.sql("SELECT person_id, kind, value, normalized FROM contact_points WHERE account_id = :account"
                        + only.sql() + " ORDER BY person_id, position")
                .param("account", account.value()).params(only.params())
                .query((ResultSet rs) -> {
                    if (!only.keeps().test(rs.getString(1))) {
                        return;
                    }
                    byPerson.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Contact(
                            ContactKind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                            rs.getString(3), rs.getString(4)));
                });
        return byPerson;
    }

    void replaceContacts(AccountId account, String personId, List<Contact> contacts) {
        jdbc.sql("DELETE FROM contact_points WHERE account_id = ? AND person_id = ?")
                .params(account.value(), personId).update();
        insertContacts(account, Map.of(personId, contacts));
    }

    /** One person's contact points, in their order. */
    List<Contact> contacts(AccountId account, String personId) {
        return contacts(account, List.of(personId)).getOrDefault(personId, List.of());
    }

    /**
     * Inserts contact points, in their people's order: on SQLite the table is stored in (account,
     * person) order, so rows in that order each land at its end (in a hash map's order they landed all
     * over it). Already in order, as people created together are, the sort costs one pass.
     */
    void insertContacts(AccountId account, Map<String, List<Contact>> byPerson) {
        List<Object[]> rows = new ArrayList<>();
        byPerson.forEach((personId, contacts) -> {
            for (int i = 0; i < contacts.size(); i++) {
                Contact c = contacts.get(i);
                rows.add(new Object[] {account.value(), Ids.newId(), personId, c.kind().column(), c.value(),
                    c.normalized(), i});
            }
        });
        rows.sort(Comparator.comparing(row -> (String) row[2]));
        MultiRow.insert(batch, INSERT_CONTACT, rows);
    }

    /** People of this account who have a contact point of this kind with this normalized value. */
    List<String> withContact(AccountId account, ContactKind kind, String normalized) {
        return jdbc.sql("SELECT DISTINCT person_id FROM contact_points"
                        + " WHERE account_id = ? AND kind = ? AND normalized = ?")
                .params(account.value(), kind.column(), normalized).query(String.class).list();
    }

    /** Who has each of these normalized values of a kind, by value; values nobody has are left out. */
    Map<String, List<String>> withContacts(AccountId account, ContactKind kind, Collection<String> normalized) {
        Map<String, List<String>> byValue = new LinkedHashMap<>();
        if (normalized.isEmpty()) {
            return byValue;
        }
        jdbc.sql("SELECT normalized, person_id FROM contact_points WHERE account_id = :account AND kind = :kind"
                        + " AND normalized IN (:values) ORDER BY normalized, person_id")
                .param("account", account.value()).param("kind", kind.column()).param("values", normalized)
                .query((ResultSet rs) -> {
                    List<String> people = byValue.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    if (!people.contains(rs.getString(2))) {
                        people.add(rs.getString(2));
                    }
                });
        return byValue;
    }

    List<PostalAddress> addresses(AccountId account, String personId) {
        return jdbc.sql("""
                SELECT label, street, locality, region, postal_code, country FROM addresses
                WHERE account_id = ? AND person_id = ? ORDER BY position""")
                .params(account.value(), personId)
                .query((rs, n) -> new PostalAddress(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** The addresses of these people (at most a chunk of ids), each person's in their order. */
    Map<String, List<PostalAddress>> addresses(AccountId account, Collection<String> personIds) {
        Map<String, List<PostalAddress>> byPerson = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return byPerson;
        }
        jdbc.sql("""
                SELECT person_id, label, street, locality, region, postal_code, country FROM addresses
                WHERE account_id = :account AND person_id IN (:ids) ORDER BY person_id, position""")
                .param("account", account.value()).param("ids", personIds)
                .query((ResultSet rs) -> {
                    byPerson.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new PostalAddress(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7)));
                });
        return byPerson;
    }

    void replaceAddresses(AccountId account, String personId, List<PostalAddress> addresses) {
        jdbc.sql("DELETE FROM addresses WHERE account_id = ? AND person_id = ?")
                .params(account.value(), personId).update();
        for (int i = 0; i < addresses.size(); i++) {
            PostalAddress a = addresses.get(i);
            jdbc.sql("""
                    INSERT INTO addresses (account_id, id, person_id, label, street, locality, region, postal_code,
                        country, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(account.value(), Ids.newId(), personId, a.label(), a.street(), a.locality(), a.region(),
                            a.postalCode(), a.country(), i)
                    .update();
        }
    }
}
