package app.kith.connections;

import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Page;
import app.kith.storage.MultiRow;
import app.kith.storage.Paged;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The connections table, scoped to one account. */
@Repository
class Connections {
    private static final String SELECT = "SELECT id, person_a, person_b, kind, strength, note FROM connections";
    private static final String INSERT =
            "INSERT INTO connections (account_id, id, person_a, person_b, kind, strength, note, created_at)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Connections(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insertAll(AccountId account, List<Connection> all, String createdAt) {
        List<Object[]> rows = new ArrayList<>(all.size());
        for (Connection c : all) {
            rows.add(new Object[] {account.value(), c.id(), c.personA(), c.personB(), c.kind().wire(), c.strength(),
                c.note(), createdAt});
        }
        MultiRow.insert(batch, INSERT, rows);
    }

    void update(AccountId account, Connection c) {
        jdbc.sql("UPDATE connections SET kind = ?, strength = ?, note = ? WHERE account_id = ? AND id = ?")
                .params(c.kind().wire(), c.strength(), c.note(), account.value(), c.id()).update();
    }

    boolean delete(AccountId account, String id) {
        return jdbc.sql("DELETE FROM connections WHERE account_id = ? AND id = ?").params(account.value(), id)
                .update() > 0;
    }

    Optional<Connection> find(AccountId account, String id) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND id = ?").params(account.value(), id)
                .query(Connections::row).optional();
    }

    Optional<Connection> between(AccountId account, String a, String b, ConnectionKind kind) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND person_a = ? AND person_b = ? AND kind = ?")
                .params(account.value(), a, b, kind.wire()).query(Connections::row).optional();
    }

    Page<Connection> list(AccountId account, String personId, Page.Request page) {
        String where = " WHERE account_id = ?";
        List<Object> params = new ArrayList<>(List.of(account.value()));
        if (personId != null) {
            // The account on each side of the OR lets SQLite use one index per side; written as
            // "account AND (a OR b)" it scans every connection of the account.
            where = " WHERE (account_id = ? AND person_a = ?) OR (account_id = ? AND person_b = ?)";
            params = new ArrayList<>(List.of(account.value(), personId, account.value(), personId));
        }
        return Paged.query(jdbc, SELECT + where + " ORDER BY id", "SELECT count(*) FROM connections" + where, params,
                page, Connections::row);
    }

    List<Connection> touching(AccountId account, List<String> personIds) {
        // Two index range scans (by person_a through the unique key, by person_b through its index).
        return jdbc.sql(SELECT + " WHERE account_id = :account AND person_a IN (:ids) UNION "
                        + SELECT + " WHERE account_id = :account AND person_b IN (:ids)")
                .param("account", account.value()).param("ids", personIds).query(Connections::row).list();
    }

    private static Connection row(ResultSet rs, int n) throws SQLException {
        return new Connection(rs.getString("id"), rs.getString("person_a"), rs.getString("person_b"),
                Choice.parse(ConnectionKind.class, "kind", rs.getString("kind")), rs.getInt("strength"),
                rs.getString("note"));
    }
}
