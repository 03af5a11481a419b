package app.kith.people;

import app.kith.shared.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Implemented by each module that keeps rows pointing at people (interactions, affiliations,
 * connections, events...): when two people are merged, it moves the other person's rows to the one
 * kept, dropping rows that would then say the same thing twice. Called inside the merge's
 * transaction, before the other person is deleted.
 */
public interface PersonMergeParticipant {
    void merge(AccountId account, String keepId, String otherId);

    /**
     * Moves the other person's rows of a link table (one row per person and {@code groupColumn}, such
     * as an interaction's participants) to the kept person, dropping those the kept person already
     * has. Table and column names come from the calling module's code, never from input.
     */
    static void moveLinks(JdbcClient jdbc, AccountId account, String table, String groupColumn, String keepId,
                          String otherId) {
        jdbc.sql("UPDATE " + table + " SET person_id = ? WHERE account_id = ? AND person_id = ? AND "
                        + groupColumn + " NOT IN (SELECT " + groupColumn + " FROM " + table
                        + " WHERE account_id = ? AND person_id = ?)")
                .params(keepId, account.value(), otherId, account.value(), keepId).update();
        jdbc.sql("DELETE FROM " + table + " WHERE account_id = ? AND person_id = ?")
                .params(account.value(), otherId).update();
    }
}
