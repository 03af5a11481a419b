package app.kith.interactions;

import app.kith.people.PersonMergeParticipant;
import app.kith.shared.AccountId;
import java.util.List;
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
        PersonMergeParticipant.moveLinks(jdbc, account, "interaction_participants", "interaction_id", keepId, otherId);
        interactions.refreshLastTouches(account, List.of(keepId));
    }
}
