package app.kith.notecards;

import app.kith.people.PersonMergeParticipant;
import app.kith.shared.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** On a merge, the other person's note cards are written to the kept person. */
@Component
class NoteCardsMerge implements PersonMergeParticipant {
    private final JdbcClient jdbc;

    NoteCardsMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void merge(AccountId account, String keepId, String otherId) {
        jdbc.sql("UPDATE note_cards SET person_id = ? WHERE account_id = ? AND person_id = ?")
                .params(keepId, account.value(), otherId).update();
    }
}
