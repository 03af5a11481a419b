package app.kith.organizations;

import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Page;
import app.kith.shared.Text;
import app.kith.storage.Chunks;
import app.kith.storage.MultiRow;
import app.kith.storage.Paged;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organizations table, scoped to one account. */
@Repository
class Organizations {
    private static final String SELECT = """
            SELECT o.id, o.name, o.kind, o.website, o.notes,
                (SELECT count(DISTINCT a.person_id) FROM affiliations a
                 WHERE a.account_id = o.account_id AND a.organization_id = o.id) AS members
            FROM organizations o""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Organizations(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(AccountId account, String id, String name, OrganizationKind kind, String website, String notes,
                String createdAt) {
        jdbc.sql("""
                INSERT INTO organizations (account_id, id, name, name_key, kind, website, notes, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(account.value(), id, name, Text.fold(name), kind.wire(), website, notes, createdAt)
                .update();
    }

    /** Inserts many organizations at once (their member counts are not stored). */
    void insertAll(AccountId account, List<Organization> all, String createdAt) {
        List<Object[]> rows = new ArrayList<>(all.size());
        for (Organization o : all) {
            rows.add(new Object[] {account.value(), o.id(), o.name(), Text.fold(o.name()), o.kind().wire(),
                o.website(), o.notes(), createdAt});
        }
        MultiRow.insert(batch,
                "INSERT INTO organizations (account_id, id, name, name_key, kind, website, notes, created_at)", rows);
    }

    void update(AccountId account, Organization o) {
        jdbc.sql("UPDATE organizations SET name = ?, name_key = ?, kind = ?, website = ?, notes = ? WHERE account_id = ? AND id = ?")
                .params(o.name(), Text.fold(o.name()), o.kind().wire(), o.website(), o.notes(), account.value(), o.id())
                .update();
    }

    boolean delete(AccountId account, String id) {
        return jdbc.sql("DELETE FROM organizations WHERE account_id = ? AND id = ?")
                .params(account.value(), id).update() > 0;
    }

    Optional<Organization> find(AccountId account, String id) {
        return jdbc.sql(SELECT + " WHERE o.account_id = ? AND o.id = ?").params(account.value(), id)
                .query(Organizations::row).optional();
    }

    Optional<String> idByName(AccountId account, String name, OrganizationKind kind) {
        return jdbc.sql("SELECT id FROM organizations WHERE account_id = ? AND kind = ? AND name_key = ?")
                .params(account.value(), kind.wire(), Text.fold(name)).query(String.class).optional();
    }

    /** The ids of the organizations of this kind by folded name ({@code name_key}), for those that exist. */
    Map<String, String> idsByKey(AccountId account, OrganizationKind kind, Collection<String> nameKeys) {
        Map<String, String> ids = new HashMap<>();
        for (List<String> chunk : Chunks.of(nameKeys)) {
            jdbc.sql("SELECT name_key, id FROM organizations WHERE account_id = :account AND kind = :kind"
                            + " AND name_key IN (:keys)")
                    .param("account", account.value()).param("kind", kind.wire()).param("keys", chunk)
                    .query((ResultSet rs) -> {
                        ids.put(rs.getString(1), rs.getString(2));
                    });
        }
        return ids;
    }

    Page<Organization> list(AccountId account, OrganizationKind kind, String query, Page.Request page) {
        StringBuilder where = new StringBuilder(" WHERE o.account_id = ?");
        List<Object> params = new ArrayList<>(List.of(account.value()));
        if (kind != null) {
            where.append(" AND o.kind = ?");
            params.add(kind.wire());
        }
        String folded = Text.fold(query);
        if (!folded.isEmpty()) {
            where.append(" AND (o.name_key LIKE ? OR o.name_key LIKE ?)");
            params.add(folded + "%");
            params.add("% " + folded + "%");
        }
        return Paged.query(jdbc, SELECT + where + " ORDER BY o.name_key, o.id",
                "SELECT count(*) FROM organizations o" + where, params, page, Organizations::row);
    }

    private static Organization row(ResultSet rs, int n) throws SQLException {
        return new Organization(rs.getString("id"), rs.getString("name"),
                Choice.parse(OrganizationKind.class, "kind", rs.getString("kind")), rs.getString("website"),
                rs.getString("notes"), rs.getLong("members"));
    }
}
