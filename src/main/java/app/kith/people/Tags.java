package app.kith.people;

import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import app.kith.shared.Text;
import app.kith.storage.IdFilter;
import app.kith.storage.MultiRow;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tags and which people carry them; "Rock Climbing" and "rock climbing" are one tag. */
@Repository
class Tags {
    private static final String LINK =
            "INSERT INTO person_tags (account_id, person_id, tag_id) VALUES " + MultiRow.VALUES + " ON CONFLICT DO NOTHING";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final FullTextSearch fullText;

    Tags(JdbcClient jdbc, JdbcTemplate batch, FullTextSearch fullText) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.fullText = fullText;
    }

    static String key(String name) {
        return Text.fold(name);
    }

    List<Tag> all(AccountId account) {
        Map<String, Long> people = fullText.taggedPeople(account);
        return jdbc.sql("SELECT id, name FROM tags WHERE account_id = ? ORDER BY name_key")
                .param(account.value())
                .query((rs, n) -> new Tag(rs.getString(1), rs.getString(2), people.getOrDefault(rs.getString(1), 0L)))
                .list();
    }

    Optional<Tag> find(AccountId account, String id) {
        return all(account).stream().filter(t -> t.id().equals(id)).findFirst();
    }

    Optional<String> idByName(AccountId account, String name) {
        return jdbc.sql("SELECT id FROM tags WHERE account_id = ? AND name_key = ?")
                .params(account.value(), key(name)).query(String.class).optional();
    }

    String ensure(AccountId account, String name) {
        return idByName(account, name).orElseGet(() -> {
            String id = Ids.newId();
            jdbc.sql("INSERT INTO tags (account_id, id, name, name_key) VALUES (?, ?, ?, ?)")
                    .params(account.value(), id, name.strip(), key(name)).update();
            return id;
        });
    }

    void rename(AccountId account, String id, String name) {
        jdbc.sql("UPDATE tags SET name = ?, name_key = ? WHERE account_id = ? AND id = ?")
                .params(name.strip(), key(name), account.value(), id).update();
    }

    boolean delete(AccountId account, String id) {
        return jdbc.sql("DELETE FROM tags WHERE account_id = ? AND id = ?").params(account.value(), id).update() > 0;
    }

    List<String> peopleWith(AccountId account, String tagId) {
        return jdbc.sql("SELECT person_id FROM person_tags WHERE account_id = ? AND tag_id = ?")
                .params(account.value(), tagId).query(String.class).list();
    }

    void set(AccountId account, String personId, List<String> names) {
        jdbc.sql("DELETE FROM person_tags WHERE account_id = ? AND person_id = ?")
                .params(account.value(), personId).update();
        for (String name : names) {
            add(account, personId, name);
        }
    }

    void add(AccountId account, String personId, String name) {
        String tagId = ensure(account, name);
        MultiRow.execute(batch, LINK, List.<Object[]>of(new Object[] {account.value(), personId, tagId}));
    }

    /** Tags many people at once: each tag is found or created once, and the links go in one batch. */
    void addAll(AccountId account, Map<String, List<String>> namesByPerson) {
        Map<String, String> tagIds = new HashMap<>();
        List<Object[]> links = new ArrayList<>();
        namesByPerson.forEach((personId, names) -> {
            for (String name : names) {
                links.add(new Object[] {account.value(), personId,
                    tagIds.computeIfAbsent(key(name), k -> ensure(account, name))});
            }
        });
        MultiRow.execute(batch, LINK, links);
    }

    Map<String, List<String>> namesFor(AccountId account, Collection<String> personIds) {
        Map<String, List<String>> byPerson = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return byPerson;
        }
        IdFilter only = IdFilter.on("pt.person_id", personIds);
        jdbc.sql("""
                SELECT pt.person_id, t.name FROM person_tags pt
                JOIN tags t ON t.account_id = pt.account_id AND t.id = pt.tag_id
                WHERE pt.account_id = :account%s ORDER BY t.name_key""".formatted(only.sql()))
                .param("account", account.value()).params(only.params())
                .query((ResultSet rs) -> {
                    if (!only.keeps().test(rs.getString(1))) {
                        return;
                    }
                    byPerson.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return byPerson;
    }
}
