package app.kith.dav;

import app.kith.shared.AccountId;
import app.kith.storage.Chunks;
import app.kith.storage.MultiRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dav_cards and dav_sync tables: each person's address book resource and the account's change counter. */
@Repository
class Cards {
    private static final String COLUMNS = "person_id, href, uid, seq, deleted, card";
    /** Rows read per round trip when a whole address book streams out. */
    private static final int FETCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Cards(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * The account's next change number. The counter's row stays locked until the transaction ends, so
     * changes commit in the order of their numbers and a sync token never skips a change.
     */
    long next(AccountId account) {
        return jdbc.sql("INSERT INTO dav_sync (account_id, seq) VALUES (?, 1)"
                        + " ON CONFLICT (account_id) DO UPDATE SET seq = dav_sync.seq + 1 RETURNING seq")
                .param(account.value()).query(Long.class).single();
    }

    /** The account's last change number (0 before its first change). */
    long current(AccountId account) {
        return counter(account).seq();
    }

    /**
     * The account's change counter as a sync reads it: its last change number, and the change number of
     * the newest pruned tombstone (a sync token below it is too old to answer). Zeros before the first change.
     */
    Counter counter(AccountId account) {
        return jdbc.sql("SELECT seq, pruned_to FROM dav_sync WHERE account_id = ?").param(account.value())
                .query((rs, n) -> new Counter(rs.getLong(1), rs.getLong(2))).optional().orElse(new Counter(0, 0));
    }

    /** An account's change counter: its last change number, and the newest one a sync token may be below. */
    record Counter(long seq, long prunedTo) {
    }

    /**
     * New people's cards, added at {@code seq} and named by their ids: inserted, on PostgreSQL through
     * COPY, where an upsert of a few thousand rows a statement took a third more (issue 13).
     */
    void added(AccountId account, Collection<String> personIds, long seq) {
        List<Object[]> rows = new ArrayList<>(personIds.size());
        for (String id : new LinkedHashSet<>(personIds)) {
            rows.add(new Object[] {account.value(), id, id + ".vcf", id, seq});
        }
        MultiRow.insert(batch, "INSERT INTO dav_cards (account_id, person_id, href, uid, seq)", rows);
    }

    /** These people's cards changed at {@code seq}; people without a card yet get one named by their id. */
    void touched(AccountId account, Collection<String> personIds, long seq) {
        List<Object[]> rows = new ArrayList<>(personIds.size());
        for (String id : new LinkedHashSet<>(personIds)) {
            rows.add(new Object[] {account.value(), id, id + ".vcf", id, seq});
        }
        MultiRow.execute(batch, "INSERT INTO dav_cards (account_id, person_id, href, uid, seq) VALUES "
                + MultiRow.VALUES + " ON CONFLICT (account_id, person_id) DO UPDATE SET seq = excluded.seq, deleted = 0, deleted_at = NULL",
                rows);
    }

    /** These people are gone: their cards become tombstones at {@code seq}. */
    void deleted(AccountId account, Collection<String> personIds, long seq) {
        for (List<String> chunk : Chunks.of(personIds)) {
            jdbc.sql("UPDATE dav_cards SET deleted = 1, deleted_at = NULL, seq = :seq, card = NULL"
                            + " WHERE account_id = :account AND person_id IN (:ids)")
                    .param("seq", seq).param("account", account.value()).param("ids", chunk).update();
        }
    }

    /** The tombstone of this name goes: the name now means another card. */
    void dropTombstone(AccountId account, String href) {
        jdbc.sql("DELETE FROM dav_cards WHERE account_id = ? AND href = ? AND deleted = 1")
                .params(account.value(), href).update();
    }

    /**
     * Gives a person's card the name and UID a client chose and the card it sent, and says the card's
     * change number (its ETag).
     */
    long claim(AccountId account, String personId, String href, String uid, String card) {
        return jdbc.sql("UPDATE dav_cards SET href = ?, uid = ?, card = ? WHERE account_id = ? AND person_id = ?"
                        + " RETURNING seq")
                .params(href, uid, card, account.value(), personId).query(Long.class).single();
    }

    Optional<CardRow> byHref(AccountId account, String href) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dav_cards WHERE account_id = ? AND href = ? AND deleted = 0")
                .params(account.value(), href).query(Cards::row).optional();
    }

    Optional<CardRow> byUid(AccountId account, String uid) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dav_cards WHERE account_id = ? AND uid = ? AND deleted = 0")
                .params(account.value(), uid).query(Cards::row).optional();
    }

    /** The live cards of these names (at most a chunk), in no particular order. */
    List<CardRow> byHrefs(AccountId account, Collection<String> hrefs) {
        if (hrefs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM dav_cards WHERE account_id = :account AND deleted = 0"
                        + " AND href IN (:hrefs)")
                .param("account", account.value()).param("hrefs", hrefs).query(Cards::row).list();
    }

    /** Every live card's name, person and change number, streamed (without the client's card text). */
    void each(AccountId account, Consumer<CardRow> each) {
        stream("SELECT person_id, href, uid, seq, deleted, NULL FROM dav_cards WHERE account_id = ? AND deleted = 0",
                each, account.value());
    }

    /** Cards (tombstones included) changed after {@code since} up to {@code until}, streamed, in change order. */
    void changes(AccountId account, long since, long until, Consumer<CardRow> each) {
        stream("SELECT person_id, href, uid, seq, deleted, NULL FROM dav_cards WHERE account_id = ? AND seq > ?"
                + " AND seq <= ? ORDER BY seq", each, account.value(), since, until);
    }

    private void stream(String sql, Consumer<CardRow> each, Object... params) {
        batch.query(connection -> {
            var statement = connection.prepareStatement(sql);
            statement.setFetchSize(FETCH);
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement;
        }, (ResultSet rs) -> {
            each.accept(row(rs, 0));
        });
    }

    private static CardRow row(ResultSet rs, int n) throws SQLException {
        return new CardRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5) == 1,
                rs.getString(6));
    }
}
