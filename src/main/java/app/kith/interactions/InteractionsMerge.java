package app.kith.interactions;

import app.kith.people.PersonMergeParticipant;
import app.kith.shared.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On a merge, the other person's interactions become the kept person's (once, where both took part),
 * and the kept person's latest real touch is recomputed for Today.
 */
@Component
class InteractionsMerge implements PersonMergeParticipant {
    private final JdbcClient jdbc;
    private final InteractionService interactions;

    InteractionsMerge(JdbcClient jdbc, InteractionService interactions) {
        this.jdbc = jdbc;
        this.interactions = interactions;
    }

    @Override
    public void merge(AccountId account, String keepId, String otherId) {
        jdbc.sql("""
                UPDATE interaction_participants SET person_id = ?
                WHERE account_id = ? AND person_id = ? AND interaction_id NOT IN (
                    SELECT interaction_id FROM interaction_participants WHERE account_id = ? AND person_id = ?)""")
                .params(keepId, account.value(), otherId, account.value(), keepId).update();
        jdbc.sql("DELETE FROM interaction_participants WHERE account_id = ? AND person_id = ?")
                .params(account.value(), otherId).update();
        interactions.refreshLastTouches(account, java.util.List.of(keepId));
    }
}
