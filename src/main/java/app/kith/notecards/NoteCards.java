package app.kith.notecards;

import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Dates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The note_cards table, always scoped to the account; cards come unnamed ({@link NoteCardService} names them). */
@Repository
class NoteCards {
    private static final String COLUMNS = "c.id, c.person_id, NULL, c.occasion, c.write_by, c.message,"
            + " c.status, c.written_on, c.mailed_on, c.interaction_id, c.created_at FROM note_cards c"
            + " WHERE c.account_id = :account";
    private static final String ORDER = " ORDER BY CASE WHEN c.write_by IS NULL THEN 1 ELSE 0 END, c.write_by,"
            + " c.created_at, c.id";

    private final JdbcClient jdbc;

    NoteCards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AccountId account, NoteCard c) {
        jdbc.sql("INSERT INTO note_cards (account_id, id, person_id, occasion, write_by, message, status, written_on,"
                        + " mailed_on, interaction_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(account.value(), c.id(), c.personId(), c.occasion(), text(c.writeBy()), c.message(),
                        c.status().wire(), text(c.writtenOn()), text(c.mailedOn()), c.interactionId(),
                        c.createdAt().toString())
                .update();
    }

    void update(AccountId account, NoteCard c) {
        jdbc.sql("UPDATE note_cards SET person_id = ?, occasion = ?, write_by = ?, message = ?, status = ?,"
                        + " written_on = ?, mailed_on = ?, interaction_id = ? WHERE account_id = ? AND id = ?")
                .params(c.personId(), c.occasion(), text(c.writeBy()), c.message(), c.status().wire(),
                        text(c.writtenOn()), text(c.mailedOn()), c.interactionId(), account.value(), c.id())
                .update();
    }

    void delete(AccountId account, String id) {
        jdbc.sql("DELETE FROM note_cards WHERE account_id = ? AND id = ?").params(account.value(), id).update();
    }

    Optional<NoteCard> find(AccountId account, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " AND c.id = :id").param("account", account.value()).param("id", id)
                .query(NoteCards::card).optional();
    }

    /** Cards with one of these statuses, by write-by day (cards without one last). */
    List<NoteCard> list(AccountId account, Set<CardStatus> statuses) {
        return jdbc.sql("SELECT " + COLUMNS + " AND c.status IN (:statuses)" + ORDER)
                .param("account", account.value()).param("statuses", statuses.stream().map(CardStatus::wire).toList())
                .query(NoteCards::card).list();
    }

    /** Cards not yet mailed whose write-by day is on or before {@code by}. */
    List<NoteCard> due(AccountId account, LocalDate by) {
        return jdbc.sql("SELECT " + COLUMNS + " AND c.status <> 'mailed' AND c.write_by IS NOT NULL"
                        + " AND c.write_by <= :by" + ORDER)
                .param("account", account.value()).param("by", by.toString()).query(NoteCards::card).list();
    }

    private static NoteCard card(ResultSet rs, int n) throws SQLException {
        return new NoteCard(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs.getString(5)),
                rs.getString(6), Choice.parse(CardStatus.class, "status", rs.getString(7)), date(rs.getString(8)),
                date(rs.getString(9)), rs.getString(10), Dates.storedInstant(rs.getString(11)));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
